// The all-in-one file carries English; every other language is an add-on beside it
// (blush-widgets.fr.js), fetched once when a page or an element uses that language and before the
// elements first render in it. Checked on the built files, in Chromium.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { CDN_DIR, FRAGMENT, launch, recordConsole, startServer, trackRequests, waitForUpgrade } from './helpers.mjs';

/** English words any element would show before its French or Persian ones arrived. */
const ENGLISH = /Expand all|Date of your last treatment|First name|All treatments|Drag or use the arrow keys/;

let browser;
let site;
before(async () => {
  browser = await launch();
  // `/e2e/lang?html=fr&body=<markup>&head=<markup>`: a page in a language with the all-in-one file.
  const page = async (request, response) => {
    const url = new URL(request.url, 'http://localhost');
    if (url.pathname !== '/e2e/lang') return false;
    const body = url.searchParams.get('body') ?? FRAGMENT;
    response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' }).end(
      `<!doctype html><html lang="${url.searchParams.get('html') ?? 'en'}"><head><meta charset="utf-8"><title>Languages</title>
        ${url.searchParams.get('head') ?? ''}<script type="module" src="/cdn/blush-widgets.js"></script></head>
        <body><main>${body}</main></body></html>`,
    );
    return true;
  };
  site = await startServer({ handlers: [page] });
});
after(async () => {
  await browser?.close();
  await site?.close();
});

/**
 * Opens a page and records every text any Blush shadow root ever showed (each root is watched
 * from the moment it is attached) and the CDN files the page asked for.
 */
async function open(query) {
  const page = await browser.newPage();
  const log = recordConsole(page);
  const files = [];
  page.on('request', (request) => {
    const path = new URL(request.url()).pathname;
    if (path.startsWith('/cdn/')) files.push(path.slice(5));
  });
  await page.addInitScript(() => {
    window.__shown = [];
    const attach = Element.prototype.attachShadow;
    Element.prototype.attachShadow = function (init) {
      const root = attach.call(this, init);
      if (this.localName.startsWith('blush-'))
        new MutationObserver(() => window.__shown.push(root.textContent)).observe(root, {
          childList: true,
          subtree: true,
          characterData: true,
        });
      return root;
    };
  });
  const requests = trackRequests(page);
  await page.goto(`${site.url}/e2e/lang?${new URLSearchParams(query)}`);
  await waitForUpgrade(page, ['blush-faq']);
  await requests.settled();
  const shown = await page.evaluate(() => window.__shown);
  return { page, log, files, shown };
}

describe('languages as add-ons to the all-in-one file', () => {
  it('an English page downloads the one file and nothing else', async () => {
    const { page, log, files, shown } = await open({ html: 'en' });
    try {
      assert.deepEqual(files, ['blush-widgets.js'], 'an English page needs no add-on and no chunk');
      assert.ok(
        shown.some((text) => /Expand all/.test(text)),
        'the FAQ showed its English words',
      );
      assert.deepEqual(log.pageErrors, []);
    } finally {
      await page.close();
    }
  });

  it('a French page fetches blush-widgets.fr.js once, and its elements never show English words', async () => {
    const { page, log, files, shown } = await open({ html: 'fr' });
    try {
      assert.deepEqual(files.sort(), ['blush-widgets.fr.js', 'blush-widgets.js'], 'one add-on for every element on the page');
      const english = shown.filter((text) => ENGLISH.test(text));
      assert.deepEqual(
        english.map((text) => ENGLISH.exec(text)[0]),
        [],
        'an element rendered English before its French words',
      );
      const faq = await page.locator('#faq').evaluate((host) => host.shadowRoot.textContent);
      assert.match(faq, /Tout ouvrir/);
      assert.equal(await page.locator('#consult').getByText('Prénom', { exact: true }).count(), 1, 'the form is in French');
      assert.deepEqual(log.pageErrors, []);
      assert.deepEqual(log.warnings, []);
    } finally {
      await page.close();
    }
  });

  it('one Persian element on an English page fetches the Persian add-on only', async () => {
    const { page, files, shown } = await open({ html: 'en', body: '<blush-faq lang="fa" pack="botox"></blush-faq>' });
    try {
      assert.deepEqual(files.sort(), ['blush-widgets.fa.js', 'blush-widgets.js']);
      assert.ok(!shown.some((text) => /Expand all/.test(text)), 'the Persian FAQ first rendered in English');
      assert.match(shown.at(-1) ?? '', /باز کردن همه/);
    } finally {
      await page.close();
    }
  });

  it('an add-on that cannot be fetched: one warning, English words, nothing thrown', async () => {
    const page = await browser.newPage();
    const log = recordConsole(page);
    await page.route('**/cdn/blush-widgets.es.js', (route) => route.fulfill({ status: 404, body: 'Not found' }));
    try {
      await page.goto(`${site.url}/e2e/lang?${new URLSearchParams({ html: 'es', body: '<blush-faq id="faq" pack="botox"></blush-faq>' })}`);
      await waitForUpgrade(page, ['blush-faq']);
      await page.waitForFunction(() => /Expand all/.test(document.querySelector('#faq').shadowRoot.textContent));
      assert.deepEqual(log.pageErrors, []);
      const warnings = log.warnings.filter((text) => text.includes('"es" words'));
      assert.equal(warnings.length, 1, `warnings: ${JSON.stringify(log.warnings)}`);
      assert.match(warnings[0], /^\[blush-faq\] could not load its "es" words/);
    } finally {
      await page.close();
    }
  });

  it('a page that checks blush-widgets.js with an integrity hash: no unchecked add-on, English and one warning', async () => {
    const integrity = JSON.parse(readFileSync(`${CDN_DIR}/sri.json`, 'utf8')).files['blush-widgets.js'];
    const page = await browser.newPage();
    const log = recordConsole(page);
    const files = [];
    page.on('request', (request) => files.push(new URL(request.url()).pathname));
    const html = `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Integrity</title>
      <script type="module" src="/cdn/blush-widgets.js" integrity="${integrity}" crossorigin="anonymous"></script></head>
      <body><blush-faq id="faq" pack="botox"></blush-faq></body></html>`;
    await page.route('**/e2e/integrity', (route) => route.fulfill({ contentType: 'text/html', body: html }));
    try {
      await page.goto(`${site.url}/e2e/integrity`);
      await waitForUpgrade(page, ['blush-faq']);
      await page.waitForFunction(() => /Expand all/.test(document.querySelector('#faq').shadowRoot.textContent));
      assert.ok(!files.some((path) => path.includes('blush-widgets.fr.js')), 'an add-on was fetched without a hash');
      assert.deepEqual(log.pageErrors, []);
      const warnings = log.warnings.filter((text) => text.includes('"fr" words'));
      assert.equal(warnings.length, 1, `warnings: ${JSON.stringify(log.warnings)}`);
      assert.match(warnings[0], /integrity hash.*blush-widgets\.iife\.js/);
    } finally {
      await page.close();
    }
  });
});
