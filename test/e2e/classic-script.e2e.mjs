// The one-file classic script on an old page: no charset on the page's server, the page in
// windows-1252, and the script sent as plain `text/javascript`. A classic script is then read in
// the page's encoding, so the build writes it in ASCII alone (non-ASCII escaped), and the French
// words arrive intact.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { CDN_DIR, launch, recordConsole, startServer, waitUntil } from './helpers.mjs';

const IIFE = join(CDN_DIR, 'blush-widgets.iife.js');
const PAGE = `<!doctype html><html lang="fr"><head><meta charset="windows-1252"><title>Clinique</title>
<script src="/legacy/blush-widgets.iife.js"></script></head>
<body><p>Caf\xe9 des questions</p><blush-faq lang="fr"></blush-faq></body></html>`;

let browser;
let site;
before(async () => {
  browser = await launch();
  const legacy = (request, response) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    if (path === '/legacy/page.html') {
      response.writeHead(200, { 'Content-Type': 'text/html' });
      response.end(Buffer.from(PAGE, 'latin1'));
      return true;
    }
    if (path === '/legacy/blush-widgets.iife.js') {
      response.writeHead(200, { 'Content-Type': 'text/javascript' });
      response.end(readFileSync(IIFE));
      return true;
    }
    return false;
  };
  site = await startServer({ handlers: [legacy] });
});
after(async () => {
  await browser?.close();
  await site?.close();
});

describe('the classic script on a page that is not UTF-8', () => {
  it('is ASCII alone, every other character escaped', () => {
    const bytes = readFileSync(IIFE);
    const outside = bytes.findIndex((byte) => byte > 0x7f);
    assert.equal(
      outside,
      -1,
      `a non-ASCII byte at ${outside}: ${bytes.subarray(Math.max(0, outside - 40), outside + 20).toString('utf8')}`,
    );
  });

  it('shows its French words intact on a windows-1252 page', async () => {
    const page = await browser.newPage();
    try {
      const log = recordConsole(page);
      await page.goto(`${site.url}/legacy/page.html`);
      assert.equal(await page.evaluate(() => document.characterSet), 'windows-1252');
      const text = () => page.evaluate(() => document.querySelector('blush-faq')?.shadowRoot?.textContent ?? '');
      await waitUntil(async () => (await text()).includes('Aucune question'), 'the French empty state');
      assert.match(await text(), /Aucune question n’a encore été ajoutée\./);
      assert.deepEqual(log.pageErrors, []);
    } finally {
      await page.close();
    }
  });
});
