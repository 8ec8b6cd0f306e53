// The demo page's start-up on a slow phone: the clinic page with every element and the one
// all-in-one script tag (demo/index.html), CPU slowed 4× (Chromium's CPU throttling).
// Every load is a first visit: a new browser context each time, so nothing compiled or
// initialised by an earlier load (V8's code, the ICU locale data behind `Intl`) is reused.
// Reported, as medians of the loads:
// - the longest main-thread task until the page is quiet, and the total blocking time (each
//   task's time over 50 ms, summed), as Lighthouse counts them;
// - the longest stretch of our own script in one task (Long Animation Frame attribution), which
//   leaves out the browser's own style, layout and paint;
// - the browser's floor: the first `Intl.NumberFormat` on an empty page, one native call that
//   loads the locale data every later number and date format reuses.
import { ELEMENTS } from '../elements.mjs';
import { median } from './bench-utils.mjs';

const RUNS = 5;
const TAGS = ELEMENTS.map(({ tag }) => tag);

async function coldPage(page) {
  const context = await page
    .context()
    .browser()
    .newContext({ viewport: { width: 1280, height: 900 } });
  const fresh = await context.newPage();
  const cdp = await context.newCDPSession(fresh);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  return { context, page: fresh };
}

/** One first visit of the demo page: every long task, and our script's longest stretch. */
async function loadDemo(page, baseUrl) {
  await page.addInitScript(() => {
    window.__tasks = [];
    window.__ours = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) window.__tasks.push(entry.duration);
    }).observe({ type: 'longtask', buffered: true });
    new PerformanceObserver((list) => {
      for (const frame of list.getEntries())
        for (const script of frame.scripts) if (script.sourceURL.includes('/dist/cdn/')) window.__ours.push(script.duration);
    }).observe({ type: 'long-animation-frame', buffered: true });
  });
  await page.goto(`${baseUrl}/demo/index.html`, { waitUntil: 'load' });
  await page.waitForFunction((tags) => tags.every((tag) => customElements.get(tag)), TAGS, { timeout: 30_000 });
  // Quiet: two seconds with no new long task.
  for (let count = -1, seen = 0; seen !== count;) {
    count = seen;
    await page.waitForTimeout(2000);
    seen = await page.evaluate(() => window.__tasks.length);
  }
  return page.evaluate(() => ({ tasks: window.__tasks, ours: window.__ours }));
}

export default async function bench({ page, baseUrl }) {
  const longest = [];
  const blocking = [];
  const ours = [];
  const intl = [];
  for (let run = 0; run < RUNS; run++) {
    const demo = await coldPage(page);
    try {
      const { tasks, ours: scripts } = await loadDemo(demo.page, baseUrl);
      longest.push(Math.max(0, ...tasks));
      blocking.push(tasks.reduce((sum, duration) => sum + Math.max(0, duration - 50), 0));
      ours.push(Math.max(0, ...scripts));
    } finally {
      await demo.context.close();
    }
    const blank = await coldPage(page);
    try {
      await blank.page.goto(`${baseUrl}/scripts/bench/blank.html`);
      intl.push(
        await blank.page.evaluate(() => {
          const start = performance.now();
          new Intl.NumberFormat('en').format(1);
          return performance.now() - start;
        }),
      );
    } finally {
      await blank.context.close();
    }
  }
  return [
    { name: 'demo page, all-in-one, 4× CPU, first visit: longest task', value: median(longest), unit: 'ms' },
    { name: 'the same: total blocking time', value: median(blocking), unit: 'ms' },
    { name: 'the same: longest stretch of our script in one task', value: median(ours), unit: 'ms' },
    { name: 'empty page, 4× CPU, first visit: the first Intl.NumberFormat', value: median(intl), unit: 'ms' },
  ];
}
