// Windows High Contrast (forced colours): the form's and next-due's controls, drawn in the clinic's
// accent in normal colours, must stay visible and recognisable when the system paints the page.
// Gradients are dropped in forced colours, so the drawn select arrow gives way to the native one;
// the drawn boxes take the system's colours.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { launch, recordConsole, startServer, waitForUpgrade } from './helpers.mjs';

const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,">
<script type="module" src="/cdn/loader.js"></script></head><body style="max-inline-size: 480px">
<blush-consult-form id="consult" action="/e2e/consult" min-fill-time="0" fields="name phone referral"></blush-consult-form>
<blush-next-due id="next-due" today="2026-11-25"></blush-next-due></body></html>`;

let browser;
let site;
before(async () => {
  browser = await launch();
  site = await startServer({
    handlers: [
      (request, response) => {
        if (!request.url?.startsWith('/forced-colors.html')) return false;
        response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
        response.end(PAGE);
        return true;
      },
    ],
  });
});
after(async () => {
  await browser?.close();
  await site?.close();
});

/** Each control's look, read in the page: appearance, the drawn arrow, border and fill. */
function looks(page) {
  return page.evaluate(() => {
    const form = document.querySelector('#consult');
    const due = document.querySelector('#next-due').shadowRoot;
    const read = (node) => {
      const style = getComputedStyle(node);
      return { appearance: style.appearance, image: style.backgroundImage, border: style.borderTopColor, fill: style.backgroundColor };
    };
    return {
      formSelect: read(form.querySelector('select')),
      formMark: read(form.querySelector('.bcf-mark')),
      dueSelect: read(due.querySelector('select')),
      dueBox: read(due.querySelector('#remember')),
      dueTick: getComputedStyle(due.querySelector('#remember'), '::before').content,
    };
  });
}

describe('controls in forced colours', () => {
  it('the selects show the native arrow and the drawn boxes take the system colours', async () => {
    const page = await browser.newPage({ viewport: { width: 600, height: 900 } });
    try {
      const log = recordConsole(page);
      await page.emulateMedia({ forcedColors: 'none' });
      await page.goto(`${site.url}/forced-colors.html`);
      await waitForUpgrade(page, ['blush-consult-form', 'blush-next-due']);
      await page.waitForFunction(
        () => document.querySelector('#consult select') && document.querySelector('#next-due').shadowRoot?.querySelector('#remember'),
      );
      const normal = await looks(page);
      // The check means something only while the drawn look is on in normal colours.
      for (const name of ['formSelect', 'dueSelect', 'dueBox']) assert.equal(normal[name].appearance, 'none', name);
      assert.match(normal.formSelect.image, /linear-gradient/);

      // Checked, so the drawn tick is on before the system takes over.
      await page.evaluate(() => document.querySelector('#next-due').shadowRoot.querySelector('#remember').click());
      assert.notEqual((await looks(page)).dueTick, 'none', 'the drawn tick of the checked box');
      await page.emulateMedia({ forcedColors: 'active' });
      const forced = await looks(page);
      for (const name of ['formSelect', 'dueSelect', 'dueBox'])
        assert.equal(forced[name].appearance, 'auto', `${name}: the native control in forced colours`);
      // The drawn form box keeps a visible outline in the system's button-text colour, not the accent.
      assert.notEqual(forced.formMark.border, normal.formMark.border, 'the form box leaves the accent for a system colour');
      assert.notEqual(forced.formMark.border, forced.formMark.fill, 'the form box outline stands out from its fill');
      assert.equal(forced.dueTick, 'none', 'no drawn tick over the native one');
      assert.deepEqual(log.pageErrors, []);
    } finally {
      await page.close();
    }
  });
});
