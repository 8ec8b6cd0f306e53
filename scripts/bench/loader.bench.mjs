// The loader on a phone's network, in the conditions issue 26 measured: 4× CPU slowdown, 1.6 Mbps
// down and 150 ms of latency (Chromium's emulation, cache off). A page with `<blush-faq
// pack="botox">` and the loader is timed from navigation to the FAQ's questions on screen, beside
// the same page that also lists every file the FAQ needs as a modulepreload link in its HTML: the
// best a loader could do. The two alternate, run after run, so drift falls on both; the ratio of
// their means comes with a 95 % bootstrap confidence interval, and each page's request waves are
// counted on the questions' path (a wave starts when a request leaves after an earlier one has arrived).
import { readFileSync } from 'node:fs';
import { median } from './bench-utils.mjs';

const RUNS = 15;
const RESAMPLES = 10_000;

/** The mean of `values`. */
const mean = (values) => values.reduce((sum, value) => sum + value, 0) / values.length;

/** A 95 % percentile bootstrap interval for mean(a) / mean(b), from a fixed seed (the same data gives the same interval). */
export function ratioInterval(a, b, resamples = RESAMPLES) {
  let seed = 0x2f6b_1d3a;
  const random = () => {
    // mulberry32
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  const resample = (values) => mean(values.map(() => values[Math.floor(random() * values.length)]));
  const ratios = Array.from({ length: resamples }, () => resample(a) / resample(b)).sort((x, y) => x - y);
  return [ratios[Math.floor(resamples * 0.025)], ratios[Math.ceil(resamples * 0.975) - 1]];
}

/** Request waves: a request that leaves after an earlier one of the page has arrived starts a new wave. */
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
  // What the questions wait for; the visit's campaign (landing, attribution) is fetched beside them but not on their path.
  const path = new Set(['loader', ...names].map((name) => `${name}.js`));
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

  /** One load: milliseconds to the FAQ's questions, and the scripts' request times. */
  const load = async (preloads) => {
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
    await page.setContent(
      `<!doctype html><html lang="en"><head>${preloads.map((href) => `<link rel="modulepreload" href="${href}">`).join('')}
      <script type="module" src="${baseUrl}/dist/cdn/loader.js"></script></head><body><blush-faq pack="botox"></blush-faq></body></html>`,
      { waitUntil: 'commit' },
    );
    await page.waitForFunction(
      () => document.querySelector('blush-faq')?.shadowRoot?.querySelectorAll('[part="question"]').length > 3,
      null,
      { polling: 10, timeout: 60_000 },
    );
    const time = Date.now() - start;
    cdp.off('Network.requestWillBeSent', sent);
    cdp.off('Network.loadingFinished', arrived);
    // The page's document is one wave before every script.
    return { time, waves: 1 + countWaves([...requests.values()]) };
  };

  const viaLoader = [];
  const reference = [];
  const loaderWaves = [];
  const referenceWaves = [];
  for (let run = 0; run < RUNS; run++) {
    const a = await load([]);
    const b = await load(files);
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
