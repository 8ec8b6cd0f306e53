// The loader on a phone's network, in the conditions issue 26 measured: 4× CPU slowdown, 1.6 Mbps
// down and 150 ms of latency (Chromium's emulation, cache off), its own document included. A page with `<blush-faq
// pack="botox">` and the loader is timed from navigation to the FAQ's questions on screen, beside
// the same page that also lists every file the FAQ needs as a modulepreload link in its HTML: the
// best a loader could do. The two alternate, run after run, so drift falls on both; the ratio of
// their means comes with a 95 % bootstrap confidence interval, and each page's request waves are
// counted on the questions' path (a wave starts when a request leaves after an earlier one has arrived).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { mean, median } from './bench-utils.mjs';

const RUNS = 15;
const RESAMPLES = 10_000;

/**
 * A 95 % percentile bootstrap interval for mean(a) / mean(b), where a[i] and b[i] are one pair of
 * runs (taken one after the other, so drift falls on both): pairs are resampled together. From a
 * fixed seed, so the same data gives the same interval. With 15 pairs it is, if anything, narrow.
 */
export function ratioInterval(a, b, resamples = RESAMPLES) {
  let seed = 0x2f6b_1d3a;
  const random = () => {
    // mulberry32
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  const ratio = () => {
    const picks = a.map(() => Math.floor(random() * a.length));
    return mean(picks.map((i) => a[i])) / mean(picks.map((i) => b[i]));
  };
  const ratios = Array.from({ length: resamples }, ratio).sort((x, y) => x - y);
  return [ratios[Math.floor(resamples * 0.025)], ratios[Math.ceil(resamples * 0.975) - 1]];
}

/**
 * Request waves, by timing rather than by who imported whom: a request that leaves after an
 * earlier one of the page has arrived (during the current wave) starts a new wave.
 */
export function countWaves(requests) {
  let waves = 0;
  let waveStart = -Infinity;
  for (const { start } of [...requests].sort((x, y) => x.start - y.start)) {
    const arrivedBefore = requests.some((other) => other.end !== undefined && other.end <= start && other.end >= waveStart);
    if (waves === 0 || arrivedBefore) {
      waves++;
      waveStart = start;
    }
  }
  return waves;
}

export default async function bench({ page, baseUrl }) {
  const loader = readFileSync('dist/cdn/loader.js', 'utf8');
  const graph = JSON.parse(/\{"blush-faq":\[[^]*?\]\}/.exec(loader)[0]);
  // The graph leaves out the element's own chunk (the loader imports it at once): the reference lists it too.
  const own = /"blush-faq":\(\)=>import\(`\.\/chunks\/([^`]+)\.js`\)/.exec(loader)[1];
  const names = [own, ...graph['blush-faq'], ...graph['pack:botox']];
  const files = names.map((name) => `${baseUrl}/dist/cdn/chunks/${name}.js`);
  // Two real pages, so their own document crosses the same slow network as on a phone.
  mkdirSync('dist/bench', { recursive: true });
  const pageHtml = (preloads) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>FAQ</title>
${preloads.map((href) => `<link rel="modulepreload" href="${href}">`).join('\n')}
<script type="module" src="${baseUrl}/dist/cdn/loader.js"></script></head><body><blush-faq pack="botox"></blush-faq></body></html>`;
  writeFileSync('dist/bench/loader-faq.html', pageHtml([]));
  writeFileSync('dist/bench/loader-faq-preloaded.html', pageHtml(files));
  // What the questions wait for; the visit's campaign (landing, attribution) is fetched beside them but not on their path.
  const path = new Set(['loader-faq.html', 'loader-faq-preloaded.html', 'loader.js', ...names.map((name) => `${name}.js`)]);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  const phone = async () => {
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: 150,
      downloadThroughput: 1_600_000 / 8,
      uploadThroughput: 750_000 / 8,
    });
  };
  const desk = async () => {
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: -1 });
  };

  /** One load: milliseconds from navigation to the FAQ's questions, and the request waves on their path. */
  const load = async (name) => {
    await desk();
    await page.goto(`${baseUrl}/scripts/bench/blank.html`);
    // Browser-side times (CDP), in seconds: the Node side hears of requests late under a 4× slower CPU.
    const requests = new Map();
    const sent = ({ requestId, request, timestamp }) =>
      path.has(request.url.split('/').pop()) && requests.set(requestId, { start: timestamp });
    const arrived = ({ requestId, timestamp }) => requests.has(requestId) && (requests.get(requestId).end = timestamp);
    cdp.on('Network.requestWillBeSent', sent);
    cdp.on('Network.loadingFinished', arrived);
    await phone();
    const start = Date.now();
    await page.goto(`${baseUrl}/dist/bench/${name}`, { waitUntil: 'commit' });
    await page.waitForFunction(
      () => document.querySelector('blush-faq')?.shadowRoot?.querySelectorAll('[part="question"]').length > 3,
      null,
      { polling: 10, timeout: 60_000 },
    );
    const time = Date.now() - start;
    cdp.off('Network.requestWillBeSent', sent);
    cdp.off('Network.loadingFinished', arrived);
    return { time, waves: countWaves([...requests.values()]) };
  };

  const viaLoader = [];
  const reference = [];
  const loaderWaves = [];
  const referenceWaves = [];
  for (let run = 0; run < RUNS; run++) {
    const a = await load('loader-faq.html');
    const b = await load('loader-faq-preloaded.html');
    viaLoader.push(a.time);
    reference.push(b.time);
    loaderWaves.push(a.waves);
    referenceWaves.push(b.waves);
  }
  await desk();
  const [low, high] = ratioInterval(viaLoader, reference);
  return [
    { name: 'loader: FAQ content, 4× CPU, 1.6 Mbps, 150 ms', value: median(viaLoader), unit: 'ms' },
    { name: 'loader: same page, every file preloaded in its HTML', value: median(reference), unit: 'ms' },
    { name: 'loader: ratio of means to the preloaded page', value: mean(viaLoader) / mean(reference), unit: '×' },
    { name: `loader: ratio, 95 % confidence interval (${RUNS} runs each)`, value: low, unit: `× to ${high.toFixed(2)} ×` },
    { name: 'loader: request waves through the loader', value: median(loaderWaves), unit: 'waves (median)' },
    { name: 'loader: request waves, every file preloaded', value: median(referenceWaves), unit: 'waves (median)' },
  ];
}
