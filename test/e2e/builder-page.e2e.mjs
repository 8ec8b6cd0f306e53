// The embed builder as built (dist/builder), in Chromium: the preview updates in place (no reload)
// for edits, width, page colour and language; a setup survives the URL round trip; hostile text in
// every field of every widget yields a snippet that runs nothing on a blank page.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { ROOT, waitForUpgrade } from './helpers.mjs';
import {
  builderServers,
  blankPage,
  copyCode,
  openBuilder,
  openDeveloperSections,
  ownScript,
  pickWidget,
  previewFrame,
} from './builder/harness.mjs';

const CORPUS = JSON.parse(readFileSync(join(ROOT, 'test/e2e/pages/xss-corpus.json'), 'utf8'));
const servers = builderServers();

describe('preview', () => {
  it('follows each edit, width, page colour and language without reloading its frame', async () => {
    const { page, context, errors } = await openBuilder(servers.browser, servers.site.url);
    const frame = await previewFrame(page);
    await frame.locator('blush-faq [aria-expanded]').first().waitFor();
    let navigations = 0;
    page.on('framenavigated', (navigated) => {
      if (navigated === frame) navigations += 1;
    });
    // A marker on the frame's window survives only if the document is never replaced.
    await frame.evaluate(() => {
      window.__kept = true;
    });

    await page.getByRole('button', { name: 'Add a question' }).click();
    await page.locator('#question-0').pressSequentially('Can I exercise afterwards?');
    await frame.locator('blush-faq').getByText('Can I exercise afterwards?').filter({ visible: true }).first().waitFor();

    await page.locator('builder-preview-pane input[value="phone"]').check();
    await page.waitForFunction(() => {
      const iframe = document
        .querySelector('blush-builder')
        .shadowRoot.querySelector('builder-preview-pane')
        .shadowRoot.querySelector('iframe');
      return Math.abs(iframe.getBoundingClientRect().width - 375) < 2;
    });
    await page.locator('builder-preview-pane input[value="dark"]').check();
    await frame.waitForFunction(
      () => document.documentElement.dataset.page === 'dark' && getComputedStyle(document.documentElement).colorScheme === 'dark',
    );
    const english = await frame.locator('blush-faq [aria-expanded]').first().innerText();
    await page.locator('#preview-lang').selectOption('es');
    await frame.waitForFunction(() => document.documentElement.lang === 'es');
    await frame.waitForFunction(
      (before) => document.querySelector('blush-faq').shadowRoot.querySelector('[aria-expanded]')?.textContent.trim() !== before.trim(),
      english,
    );

    assert.equal(await frame.evaluate(() => window.__kept), true, 'the preview document was replaced');
    assert.equal(navigations, 0, 'the preview frame navigated');
    assert.deepEqual(errors, []);
    await context.close();
  });
});

describe('URL round trip', () => {
  it('a copied link restores the widget, options, content, accent, platform, source and preview', async () => {
    const { page, context } = await openBuilder(servers.browser, servers.site.url);
    await page.locator('#field-single').check();
    await page.locator('#field-searchable').check();
    await page.getByRole('button', { name: 'Add a question' }).click();
    await page.locator('#question-0').fill('Is parking free? "Yes" & <always>');
    await page.locator('#answer-0').fill('Valet at the Wilshire entrance.');
    await page.locator('#accent-hex').fill('#0a6e62');
    await page.locator('builder-code-pane input[name="platform"][value="squarespace-70"]').check();
    await openDeveloperSections(page);
    await page.locator('builder-code-pane input[name="source"][value="unpkg"]').check();
    await page.locator('builder-preview-pane input[value="dark"]').check();
    await page.getByRole('button', { name: 'Copy link to this setup' }).click();
    await page.getByText('Link to this setup copied').waitFor();
    const link = await page.evaluate(() => navigator.clipboard.readText());
    assert.equal(link, page.url());
    const code = await page.locator('builder-code-pane pre').allInnerTexts();

    const restored = await openBuilder(servers.browser, servers.site.url, { fragment: new URL(link).hash });
    const again = restored.page;
    assert.equal(await again.locator('#field-single').isChecked(), true);
    assert.equal(await again.locator('#field-searchable').isChecked(), true);
    assert.equal(await again.locator('#question-0').inputValue(), 'Is parking free? "Yes" & <always>');
    assert.equal(await again.locator('#answer-0').inputValue(), 'Valet at the Wilshire entrance.');
    assert.equal(await again.locator('#accent-hex').inputValue(), '#0a6e62');
    assert.equal(await again.locator('builder-code-pane input[value="squarespace-70"]').isChecked(), true);
    assert.equal(await again.locator('builder-code-pane input[value="unpkg"]').isChecked(), true);
    assert.equal(await again.locator('builder-preview-pane input[value="dark"]').isChecked(), true);
    assert.deepEqual(await again.locator('builder-code-pane pre').allInnerTexts(), code);
    await context.close();
    await restored.context.close();
  });
});

describe('hostile input', () => {
  const WIDGETS = ['faq', 'before-after', 'gallery', 'consult-form', 'next-due'];

  /** Fills every text field of the settings with corpus strings, a different one per field. */
  async function fillEverything(page, offset) {
    const fields = page.locator('builder-settings-panel').locator('input[type="text"], input:not([type]), textarea');
    const count = await fields.count();
    for (let index = 0; index < count; index += 1) {
      const field = fields.nth(index);
      if (!(await field.isVisible())) continue;
      await field.fill(CORPUS[(offset + index) % CORPUS.length]);
    }
    return count;
  }

  for (const widget of WIDGETS) {
    it(`${widget}: every field hostile, the copied snippet runs nothing`, async () => {
      const { page, context } = await openBuilder(servers.browser, servers.site.url);
      await pickWidget(page, widget);
      if (widget === 'faq') await page.getByRole('button', { name: 'Add a question' }).click();
      if (widget === 'gallery') await page.getByRole('button', { name: 'Add a result' }).click();
      if (widget === 'consult-form') await page.getByRole('radio', { name: 'My developer set one up' }).check();
      await ownScript(page, servers.cdn.base);
      // One round per widget, each from its own place in the corpus: the browser tests give every
      // string to every field (test/builder/snippets.test.ts); this proves the copied page runs nothing.
      const filled = await fillEverything(page, WIDGETS.indexOf(widget) * 11);
      assert.ok(filled >= 5, `only ${filled} text fields for ${widget}`);
      // A hostile address leaves the form not ready: its code is behind "Show the code anyway".
      await openDeveloperSections(page);
      const snippet = await copyCode(page, 0);
      servers.site.pages.set(`hostile-${widget}`, blankPage(snippet));
      const blank = await context.newPage();
      const dialogs = [];
      blank.on('dialog', (dialog) => {
        dialogs.push(dialog.message());
        dialog.dismiss();
      });
      await blank.goto(`${servers.site.url}/blank/hostile-${widget}.html`);
      await waitForUpgrade(blank, [`blush-${widget}`]);
      // Interact a little: open the first question or case, focus fields, as a visitor would.
      await blank
        .locator(`blush-${widget} button`)
        .first()
        .click({ timeout: 2000 })
        .catch(() => {});
      const found = await blank.evaluate(() => ({
        hits: window.__xssHits.length,
        handlers: [...document.querySelectorAll('*')].flatMap((el) =>
          [...el.attributes].filter((a) => a.name.startsWith('on')).map((a) => `${el.localName}[${a.name}]`),
        ),
        scripts: [...document.querySelectorAll('script')]
          .map((s) => s.type || 'classic')
          .filter((type) => type !== 'module' && type !== 'classic'),
        // The one style line the FAQ's code carries (its rows' size), and nothing typed into it.
        styles: [...document.body.querySelectorAll('style')]
          .map((style) => style.textContent)
          .filter((css) => !/^blush-faq\{display:block\}[^<{}]*(\{[^<{}]*\}[^<{}]*)*$/.test(css)),
        foreign: [...document.body.querySelectorAll('*')]
          .map((el) => el.localName)
          .filter(
            (tag) =>
              !/^(blush-[a-z-]+|details|summary|p|br|a|script|style|form|input|label|select|option|textarea|button|div|span|fieldset|legend|ul|li|strong|em|small|img|h[1-6]|svg|path|output|time|dialog|datalist|template|slot|section)$/.test(
                tag,
              ),
          ),
      }));
      assert.deepEqual(found, { hits: 0, handlers: [], scripts: [], styles: [], foreign: [] }, snippet);
      assert.deepEqual(dialogs, []);
      await blank.close();
      await context.close();
    });
  }
});
