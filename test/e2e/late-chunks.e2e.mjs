// The one failure policy of the parts fetched on first need, over a real network that fails:
// the element shows a visible fallback, warns once, and tries again on the visitor's next action.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { FRAGMENT, launch, recordConsole, startServer, waitForUpgrade } from './helpers.mjs';

const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,">
<script type="module" src="/cdn/loader.js"></script></head><body>${FRAGMENT}</body></html>`;

let browser;
let site;
before(async () => {
  browser = await launch();
  const page = async (request, response) => {
    if (request.url !== '/e2e/late-chunks.html') return false;
    response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' }).end(PAGE);
    return true;
  };
  site = await startServer({ handlers: [page] });
});
after(async () => {
  await browser?.close();
  await site?.close();
});

/** A page whose requests for the chunk named `name` fail (network error) until `restore()`. */
async function pageWithout(name) {
  const page = await browser.newPage({ viewport: { width: 1000, height: 800 } });
  const log = recordConsole(page);
  const pattern = new RegExp(`/cdn/chunks/${name.replace('.', '\\.')}-[\\w-]+\\.js$`);
  let failures = 0;
  await page.route(pattern, (route) => (failures++, route.abort('internetdisconnected')));
  await page.goto(`${site.url}/e2e/late-chunks.html`);
  await waitForUpgrade(page, ['blush-gallery', 'blush-next-due', 'blush-consult-form']);
  return { page, log, failures: () => failures, restore: () => page.unroute(pattern) };
}

const loadWarnings = (log) => log.warnings.filter((text) => text.includes('could not load its'));

describe('a part fetched on first need fails', () => {
  it('gallery: the case says its enlarged view could not load, warns once, and opens on a later click', async () => {
    const { page, log, failures, restore } = await pageWithout('gallery.dialog');
    try {
      const gallery = page.locator('#gallery');
      const firstCase = gallery.locator('[part~="case"]').first();
      await firstCase.scrollIntoViewIfNeeded();
      await firstCase.click();
      const error = gallery.locator('li.case [part="error"]');
      await error.waitFor({ state: 'visible', timeout: 5000 });
      assert.match(await error.innerText(), /could not be loaded/);
      assert.equal(await gallery.locator('dialog[open]').count(), 0);
      // A second click tries again (and fails again) without a second warning.
      await firstCase.click();
      await waitFor(() => failures() >= 2, 'the second click did not try the chunk again');
      assert.equal(await error.count(), 1);
      assert.deepEqual(loadWarnings(log), [
        '[blush-gallery] could not load its enlarged view (a network error?); check that the blush-widgets files are all served from the same folder',
      ]);
      // Back online: the next click opens the case, and the message is gone.
      await restore();
      await firstCase.click();
      await gallery.locator('dialog[open]').waitFor({ state: 'visible', timeout: 5000 });
      assert.equal(await error.count(), 0);
      assert.deepEqual(log.pageErrors, []);
    } finally {
      await page.close();
    }
  });

  it('next-due: says the result could not load where it would show, warns once, and shows it after the next change', async () => {
    const { page, log, failures, restore } = await pageWithout('next-due.result');
    try {
      const nextDue = page.locator('#next-due');
      const input = nextDue.locator('input[type="date"]');
      await input.scrollIntoViewIfNeeded();
      await input.fill('2026-09-01');
      const message = nextDue.locator('[part="message"]');
      await page.waitForFunction(
        (el) => /could not be loaded/.test(el.shadowRoot.querySelector('[part="message"]')?.textContent ?? ''),
        await nextDue.elementHandle(),
        {
          timeout: 5000,
        },
      );
      assert.ok(await message.isVisible(), 'the message is not visible');
      assert.equal(await nextDue.locator('[part~="result"]').count(), 0);
      assert.equal(await input.getAttribute('aria-invalid'), 'false', 'the date itself is fine');
      await input.fill('2026-09-02');
      await waitFor(() => failures() >= 2, 'a new date did not try the chunk again');
      assert.equal(loadWarnings(log).length, 1, loadWarnings(log).join('\n'));
      assert.match(loadWarnings(log)[0], /^\[blush-next-due\] could not load its result view/);
      await restore();
      await input.fill('2026-09-03');
      await nextDue.locator('[part~="result"]').first().waitFor({ state: 'visible', timeout: 5000 });
      assert.ok(await message.isHidden(), 'the message stayed after the result came');
      assert.deepEqual(log.pageErrors, []);
    } finally {
      await page.close();
    }
  });

  it('consultation form: the status line says it could not load, what was typed stays, and it checks once back online', async () => {
    const { page, log, failures, restore } = await pageWithout('consult-form.session');
    try {
      const form = page.locator('#consult');
      const email = form.locator('input[type="email"]');
      await email.scrollIntoViewIfNeeded();
      await email.fill('ana@example');
      const status = form.locator('.bcf-status');
      await page.waitForFunction(
        (el) => /could not be loaded/.test(el.querySelector('.bcf-status')?.textContent ?? ''),
        await form.elementHandle(),
        {
          timeout: 5000,
        },
      );
      assert.ok(await status.isVisible(), 'the status line is not visible');
      const before = failures();
      await email.press('m');
      await waitFor(() => failures() > before, 'typing did not try the chunk again');
      assert.equal(await email.inputValue(), 'ana@examplem', 'what was typed was lost');
      assert.equal(loadWarnings(log).length, 1, loadWarnings(log).join('\n'));
      assert.match(loadWarnings(log)[0], /^\[blush-consult-form\] could not load its form handling/);
      await restore();
      await form.locator('button[type="submit"]').click();
      await form.locator('[aria-invalid="true"]').first().waitFor({ timeout: 5000 });
      assert.doesNotMatch((await status.textContent()) ?? '', /could not be loaded/);
      assert.equal(await email.inputValue(), 'ana@examplem');
      assert.deepEqual(log.pageErrors, []);
    } finally {
      await page.close();
    }
  });
});

async function waitFor(check, what, timeout = 5000) {
  const end = Date.now() + timeout;
  while (!check()) {
    if (Date.now() > end) assert.fail(what);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
