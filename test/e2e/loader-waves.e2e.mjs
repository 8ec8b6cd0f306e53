// The loader asks for everything an element needs at once: its chunk, every chunk that chunk
// imports, what it fetches as it starts (the FAQ's faq.load and its JSON reader) and the FAQ's
// pack, each through a modulepreload link the loader adds, so the page reaches its content in
// three waves (loader, chunks, content) instead of one per level of imports. Checked by order, on a
// link with 150 ms of latency: every one of those files is asked for before the FAQ's own chunk has
// arrived, which an import found only by reading that chunk cannot be.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, it } from 'node:test';
import { CDN_DIR, launch, startServer, waitForUpgrade } from './helpers.mjs';

let browser;
let server;

before(async () => {
  browser = await launch();
  const page = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>FAQ</title>
<script type="module" src="/cdn/loader.js"></script></head>
<body><blush-faq pack="botox"></blush-faq><p>After the FAQ.</p></body></html>`;
  server = await startServer({
    handlers: [
      (request, response) => {
        if (!request.url.startsWith('/waves.html')) return false;
        response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(page);
        return true;
      },
    ],
  });
});
after(async () => {
  await browser?.close();
  await server?.close();
});

it("asks for the FAQ's chunks and its pack from the loader, all at once, not one import level after another", async () => {
  const page = await browser.newPage();
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 150, downloadThroughput: -1, uploadThroughput: -1 });
  const asked = new Map();
  const arrived = new Map();
  const ids = new Map();
  cdp.on('Network.requestWillBeSent', ({ requestId, request, timestamp }) => {
    const file = new URL(request.url).pathname;
    if (!file.startsWith('/cdn/chunks/') || asked.has(file)) return;
    asked.set(file, timestamp);
    ids.set(requestId, file);
  });
  cdp.on('Network.loadingFinished', ({ requestId, timestamp }) => {
    if (ids.has(requestId)) arrived.set(ids.get(requestId), timestamp);
  });
  await page.goto(`${server.url}/waves.html`);
  await waitForUpgrade(page, ['blush-faq']);
  await page.locator('blush-faq [aria-expanded]').nth(3).waitFor();

  const loader = readFileSync(join(CDN_DIR, 'loader.js'), 'utf8');
  const graph = JSON.parse(/\{"blush-faq":\[[^]*?\]\}/.exec(loader)?.[0] ?? 'null');
  assert.ok(graph, 'the build did not write the chunk graph into loader.js');
  // The graph leaves out the FAQ's own chunk, which the loader imports at the same moment.
  const own = /"blush-faq":\(\)=>import\(`\.\/(chunks\/[^`]+\.js)`\)/.exec(loader)?.[1];
  assert.ok(own, "the loader does not import the FAQ's chunk");
  const wanted = [own, ...[...graph['blush-faq'], ...graph['pack:botox']].map((name) => `chunks/${name}.js`)];
  assert.ok(wanted.some((file) => /faq\.load/.test(file)) && wanted.some((file) => /botox/.test(file)), wanted.join(', '));
  assert.ok(!graph['blush-faq'].some((name) => own.includes(name)), 'the graph lists the chunk the loader imports anyway');
  const faqChunk = `/cdn/${own}`;
  assert.ok(arrived.has(faqChunk), `${faqChunk} never arrived`);
  for (const file of wanted) {
    assert.ok(asked.has(`/cdn/${file}`), `${file} was never asked for`);
    assert.ok(
      asked.get(`/cdn/${file}`) < arrived.get(faqChunk),
      `${file} was asked for only after the FAQ's chunk arrived: one level later`,
    );
  }
  await page.close();
});
