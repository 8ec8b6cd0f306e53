// The loader on a slow network: a page with `<blush-faq pack="botox">` and the loader, on a link with
// 150 ms of latency each way (Chromium's network emulation, cache off), timed from navigation to
// the FAQ's questions on screen. Beside it, the same page that lists every file the FAQ needs as a
// modulepreload link in its HTML: the best a loader could do. Medians of several runs.
import { readFileSync } from 'node:fs';
import { median } from './bench-utils.mjs';

const RUNS = 5;

export default async function bench({ page, baseUrl }) {
  const loader = readFileSync('dist/cdn/loader.js', 'utf8');
  const graph = JSON.parse(/\{"blush-faq":\[[^]*?\]\}/.exec(loader)[0]);
  // The graph leaves out the element's own chunk (the loader imports it at once): the reference lists it too.
  const own = /"blush-faq":\(\)=>import\(`\.\/chunks\/([^`]+)\.js`\)/.exec(loader)[1];
  const files = [own, ...graph['blush-faq'], ...graph['pack:botox']].map((name) => `${baseUrl}/dist/cdn/chunks/${name}.js`);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: 150,
    downloadThroughput: 5_000_000 / 8,
    uploadThroughput: 1_000_000 / 8,
  });

  const timeToContent = async (preloads) => {
    const times = [];
    for (let run = 0; run < RUNS; run++) {
      await page.goto(`${baseUrl}/scripts/bench/blank.html`);
      const start = Date.now();
      await page.setContent(
        `<!doctype html><html lang="en"><head>${preloads.map((href) => `<link rel="modulepreload" href="${href}">`).join('')}
        <script type="module" src="${baseUrl}/dist/cdn/loader.js"></script></head><body><blush-faq pack="botox"></blush-faq></body></html>`,
        { waitUntil: 'commit' },
      );
      await page.waitForFunction(
        () => document.querySelector('blush-faq')?.shadowRoot?.querySelectorAll('[part="question"]').length > 3,
        null,
        {
          polling: 10,
          timeout: 30_000,
        },
      );
      times.push(Date.now() - start);
    }
    return median(times);
  };

  const viaLoader = await timeToContent([]);
  const reference = await timeToContent(files);
  await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: -1 });
  return [
    { name: 'loader: FAQ content, 150 ms latency', value: viaLoader, unit: 'ms' },
    { name: 'loader: same page, every file preloaded in its HTML', value: reference, unit: 'ms' },
    { name: 'loader: ratio to the preloaded page', value: viaLoader / reference, unit: '×' },
  ];
}
