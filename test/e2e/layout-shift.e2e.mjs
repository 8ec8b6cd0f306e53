// The embed a clinic pastes does not move its page. The FAQ code the builder gives (and the README
// shows): its questions as <details data-id> with the line of CSS that sizes them like the element's
// rows, measured with Chromium's layout-shift entries on a phone and a desktop page whose scripts
// are all held back, so the page paints before they run. And a bare pack holds its rows' place
// from the element's definition until its questions arrive. The README's first snippet, whose style
// line keeps a bare pack's and next-due's place until they are defined, moves nothing either.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { clinicPage, measureLayoutShift, readmeSnippet } from '../../scripts/bench/layout-shift.mjs';
import { ROOT, launch } from './helpers.mjs';
import { assertBuilt, copyCode, openBuilder, startSite } from './builder/harness.mjs';

let browser;
let site;
let snippet;
before(async () => {
  assertBuilt();
  browser = await launch();
  site = await startSite();
  const { context, page } = await openBuilder(browser, site.url, { fragment: '#w=faq&a.pack=botox' });
  try {
    await page.locator('builder-code-pane').getByText('data-id="what-is-botox"').first().waitFor();
    // The code for plain HTML, its script served from this site instead of the public CDN.
    snippet = (await copyCode(page)).replace(/https:\/\/cdn\.jsdelivr\.net\/npm\/blush-widgets@[^/]+\/dist\/cdn\//g, '/cdn/');
  } finally {
    await context.close();
  }
});
after(async () => {
  await browser?.close();
  await site?.close();
});

/** The page with `head` and `embed`, at `width`, every script held back 300 ms. */
const measure = (name, { head, embed }, viewport) =>
  measureLayoutShift(browser, { url: `${site.url}/blank/${name}.html`, html: clinicPage({ head, embed }), delay: 300, viewport });

/** The builder's code: script and style lines go in the head, the FAQ in the body. */
function builderCode() {
  const start = snippet.indexOf('<blush-faq');
  return { head: snippet.slice(0, start), embed: snippet.slice(start) };
}

const PHONE = { width: 375, height: 667 };
const DESKTOP = { width: 1280, height: 800 };

describe('layout shift of the FAQ embed', () => {
  it('the README shows the same style line that the builder writes', () => {
    const style = /<style>blush-faq\{[^<]+<\/style>/.exec(snippet)?.[0];
    assert.ok(style, `the builder's FAQ code has no style line: ${snippet.slice(0, 300)}`);
    assert.ok(readFileSync(`${ROOT}/README.md`, 'utf8').includes(style), 'README.md shows another style line than the builder writes');
  });

  for (const [name, viewport] of [
    ['phone', PHONE],
    ['desktop', DESKTOP],
  ])
    it(`the builder's FAQ code moves nothing on a ${name} (${viewport.width}×${viewport.height})`, async () => {
      const { total, shifts } = await measure(`builder-${name}`, builderCode(), viewport);
      assert.ok(total <= 0.01, `layout shift ${total.toFixed(4)}: ${JSON.stringify(shifts)}`);
    });

  it('without its style line the same code moves the page (the check can fail)', async () => {
    const { head, embed } = builderCode();
    const { total } = await measure('unstyled', { head: head.replace(/<style>[^<]*<\/style>/, ''), embed }, DESKTOP);
    assert.ok(total > 0.05, `expected a visible shift without the style line, got ${total.toFixed(4)}`);
  });

  for (const [name, viewport] of [
    ['phone', PHONE],
    ['desktop', DESKTOP],
  ])
    it(`the README's first snippet (loader, style line, a bare pack and next-due) moves at most 0.01 on a ${name}`, async () => {
      const { head, embed } = readmeSnippet('/cdn/');
      assert.match(head, /<style>[^<]+<\/style>/, 'the README snippet lost its style line');
      const { total, shifts } = await measure(`readme-${name}`, { head, embed }, viewport);
      assert.ok(total <= 0.01, `layout shift ${total.toFixed(4)}: ${JSON.stringify(shifts)}`);
    });

  it('without its style line the README snippet moves the page (the check can fail)', async () => {
    const { head, embed } = readmeSnippet('/cdn/');
    const { total } = await measure('readme-unstyled', { head: head.replace(/<style>[^<]*<\/style>/, ''), embed }, PHONE);
    assert.ok(total > 0.1, `expected a visible shift without the style line, got ${total.toFixed(4)}`);
  });

  it('a bare pack keeps the height of its questions from the element’s definition until they arrive', async () => {
    const page = await browser.newPage({ viewport: DESKTOP });
    site.pages.set(
      'bare',
      clinicPage({ head: '<script type="module" src="/cdn/loader.js"></script>', embed: '<blush-faq pack="botox"></blush-faq>' }),
    );
    let release;
    const held = new Promise((resolve) => (release = resolve));
    await page.route(/\/chunks\/botox-[\w-]+\.js$/, async (route) => {
      await held;
      await route.continue();
    });
    try {
      await page.goto(`${site.url}/blank/bare.html`);
      const faq = page.locator('blush-faq');
      await page.waitForFunction(() => document.querySelector('blush-faq')?.shadowRoot?.querySelector('.skeleton'));
      const rows = await faq.evaluate((host) => host.shadowRoot.querySelectorAll('.skeleton .rows > div').length);
      assert.equal(rows, 8, 'one row for each of the Botox pack’s questions');
      const waiting = (await faq.boundingBox()).height;
      release();
      await page.waitForFunction(() => document.querySelector('blush-faq').shadowRoot.querySelectorAll('[part="question"]').length === 8);
      const ready = (await faq.boundingBox()).height;
      assert.ok(Math.abs(ready - waiting) <= 2, `the FAQ was ${waiting} px tall while its pack loaded and ${ready} px with it`);
    } finally {
      await page.close();
    }
  });
});
