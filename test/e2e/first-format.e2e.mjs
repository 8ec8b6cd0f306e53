// The every-element builds' first number format (the browser's locale data, one call no script can
// split) comes in a task of its own before the elements that show numbers register, and never on
// a page that shows no number.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { launch, recordConsole, startServer, waitForUpgrade } from './helpers.mjs';

let browser;
let site;
before(async () => {
  browser = await launch();
  site = await startServer();
});
after(async () => {
  await browser?.close();
  await site?.close();
});

const FAQ = '<blush-faq><details><summary>Does it hurt?</summary><p>A little.</p></details></blush-faq>';
const SLIDER =
  '<blush-before-after before="/test/e2e/pages/img/before.svg" after="/test/e2e/pages/img/after.svg" aspect-ratio="4/3"></blush-before-after>';

/** Opens a page of `body` with `script`; records each Intl.NumberFormat made and what was defined then. */
async function open(script, body) {
  const page = await browser.newPage();
  const log = recordConsole(page);
  await page.addInitScript(() => {
    const Original = Intl.NumberFormat;
    window.__formats = [];
    Intl.NumberFormat = new Proxy(Original, {
      construct(target, args) {
        window.__formats.push({ slider: Boolean(customElements.get('blush-before-after')), faq: Boolean(customElements.get('blush-faq')) });
        return Reflect.construct(target, args);
      },
    });
  });
  const address = `${site.url}/test/e2e/first-format.html`;
  await page.route(address, (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><html lang="en"><head>${script.head ?? ''}</head><body>${body}${script.end ?? ''}</body></html>`,
    }),
  );
  await page.goto(address);
  return { page, log };
}

// Both every-element builds: the module in the head, the classic script at the end of the body.
const BUILDS = {
  'the all-in-one file': { head: '<script type="module" src="/cdn/blush-widgets.js"></script>' },
  'the classic script': { end: '<script src="/cdn/blush-widgets.iife.js"></script>' },
};

for (const [build, script] of Object.entries(BUILDS)) {
  describe(`${build}: the first number format`, () => {
    it('is made in a task before the slider registers, on a page with a slider', async () => {
      const { page, log } = await open(script, FAQ + SLIDER);
      try {
        await waitForUpgrade(page, ['blush-faq', 'blush-before-after']);
        const formats = await page.evaluate(() => window.__formats);
        assert.ok(formats.length > 0, 'no number was formatted');
        assert.deepEqual(formats[0], { slider: false, faq: true }, 'the first format was not made between the FAQ and the slider');
        const spoken = await page.locator('blush-before-after input').getAttribute('aria-valuetext');
        assert.match(spoken, /50%/);
        assert.deepEqual(log.pageErrors, []);
      } finally {
        await page.close();
      }
    });

    it('is never made on a page with only an FAQ', async () => {
      const { page, log } = await open(script, FAQ);
      try {
        await waitForUpgrade(page, ['blush-faq']);
        await page.locator('blush-faq [aria-expanded]').first().waitFor();
        // Every timer the file queued at start has run by now.
        await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 50)));
        assert.deepEqual(await page.evaluate(() => window.__formats), []);
        assert.deepEqual(log.pageErrors, []);
      } finally {
        await page.close();
      }
    });
  });
}
