// The demo page's start-up on a slow phone: the clinic page with every element and the one
// all-in-one script tag (demo/index.html), CPU slowed 4× (Chromium's CPU throttling), cache off.
// Reported: the longest main-thread task until the page is quiet, and the total blocking time
// (each task's time over 50 ms, summed), as Lighthouse counts them. Medians of several loads.
import { median } from './bench-utils.mjs';

const RUNS = 5;

export default async function bench({ page, baseUrl }) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  // Long tasks as the page sees them, from the first script on.
  await page.addInitScript(() => {
    window.__tasks = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) window.__tasks.push(entry.duration);
    }).observe({ type: 'longtask', buffered: true });
  });
  const longest = [];
  const blocking = [];
  for (let run = 0; run < RUNS; run++) {
    await page.goto(`${baseUrl}/demo/index.html`, { waitUntil: 'load' });
    await page.waitForFunction(
      () =>
        ['blush-faq', 'blush-before-after', 'blush-gallery', 'blush-consult-form', 'blush-next-due'].every((tag) =>
          customElements.get(tag),
        ),
      null,
      { timeout: 30_000 },
    );
    // Quiet: two seconds with no new long task.
    let count = -1;
    for (
      let seen = await page.evaluate(() => window.__tasks.length);
      seen !== count;
      seen = await page.evaluate(() => window.__tasks.length)
    ) {
      count = seen;
      await page.waitForTimeout(2000);
    }
    const tasks = await page.evaluate(() => window.__tasks);
    longest.push(Math.max(0, ...tasks));
    blocking.push(tasks.reduce((sum, duration) => sum + Math.max(0, duration - 50), 0));
  }
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  return [
    { name: 'demo page, all-in-one, 4× CPU: longest task', value: median(longest), unit: 'ms' },
    { name: 'demo page, all-in-one, 4× CPU: total blocking time', value: median(blocking), unit: 'ms' },
  ];
}
