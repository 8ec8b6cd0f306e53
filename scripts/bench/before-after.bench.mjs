// <blush-before-after> runtime during a scripted drag in headless Chromium, with real mouse input
// (CDP Input.dispatchMouseEvent through Playwright), over a 800 × 600 slider.
// Figures (medians of RUNS drags of MOVES moves each):
// - "handler script per move": time from the pointermove reaching `window` (capture) to it
//   leaving `window` (bubble) — every listener on the event's path, ours included (Chromium
//   rounds performance.now() to 0.1 ms on a page that is not cross-origin isolated, so read it as an upper bound);
// - "main-thread script per move": CDP Performance ScriptDuration over the whole drag ÷ moves
//   (adds the one rAF style write per frame and anything else the page ran);
// - "style + layout per move": CDP RecalcStyleDuration + LayoutDuration over the drag ÷ moves;
// - "elements restyled per move" and "layouts per move": one more drag traced (devtools.timeline),
//   the UpdateLayoutTree events' elementCount and the Layout events over it ÷ moves.
// The run fails if the element re-renders its template during the drag (it must not).
import { median, openBenchPage } from './bench-utils.mjs';

const RUNS = 7;
const MOVES = 120;

export default async function bench({ page, baseUrl }) {
  await openBenchPage(page, baseUrl, 'blush-before-after');
  const box = await page.evaluate(async () => {
    const image = (fill) =>
      `data:image/svg+xml,${encodeURIComponent(`<svg xmlns="http://www.w3.org/2000/svg" width="800" height="600"><rect width="100%" height="100%" fill="${fill}"/></svg>`)}`;
    document.body.innerHTML = '<blush-before-after aspect-ratio="4/3" before-alt="Before" after-alt="After"></blush-before-after>';
    const el = document.querySelector('blush-before-after');
    el.style.setProperty('width', '800px');
    el.setAttribute('before', image('#d9b8c4'));
    el.setAttribute('after', image('#c9a3b1'));
    await el.updateComplete;
    window.__renders = 0;
    const update = el.update;
    el.update = function (...args) {
      window.__renders++;
      return update.apply(this, args);
    };
    window.__handler = [];
    let start = 0;
    window.addEventListener('pointermove', () => (start = performance.now()), { capture: true });
    window.addEventListener('pointermove', () => window.__handler.push(performance.now() - start));
    const rect = el.shadowRoot.querySelector('.frame').getBoundingClientRect();
    return { x: rect.left, y: rect.top, width: rect.width, height: rect.height };
  });

  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const metrics = async () =>
    Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map(({ name, value }) => [name, value]));

  const handler = [];
  const script = [];
  const styleLayout = [];
  const y = box.y + box.height / 2;
  for (let run = 0; run < RUNS; run++) {
    await page.evaluate(() => (window.__handler = []));
    await page.mouse.move(box.x + box.width * 0.1, y);
    const before = await metrics();
    await page.mouse.down();
    for (let move = 1; move <= MOVES; move++) {
      const fraction = 0.1 + 0.8 * (run % 2 ? 1 - move / MOVES : move / MOVES);
      await page.mouse.move(box.x + box.width * fraction, y);
    }
    await page.mouse.up();
    const after = await metrics();
    const perMove = await page.evaluate(() => window.__handler);
    handler.push(median(perMove));
    script.push(((after.ScriptDuration - before.ScriptDuration) * 1000) / MOVES);
    styleLayout.push(
      ((after.RecalcStyleDuration - before.RecalcStyleDuration + after.LayoutDuration - before.LayoutDuration) * 1000) / MOVES,
    );
  }
  // One more drag, traced: how many elements each move restyles, and whether it lays out.
  const browser = page.context().browser();
  await page.mouse.move(box.x + box.width * 0.1, y);
  await browser.startTracing(page, { categories: ['devtools.timeline'] });
  await page.mouse.down();
  for (let move = 1; move <= MOVES; move++) await page.mouse.move(box.x + box.width * (0.1 + (0.8 * move) / MOVES), y);
  await page.mouse.up();
  const { traceEvents } = JSON.parse((await browser.stopTracing()).toString());
  const restyled = traceEvents
    .filter((event) => event.name === 'UpdateLayoutTree')
    .reduce((sum, event) => sum + (event.args?.elementCount ?? 0), 0);
  const layouts = traceEvents.filter((event) => event.name === 'Layout' && event.ph !== 'E').length;

  const renders = await page.evaluate(() => window.__renders);
  if (renders > 0) throw new Error(`the template re-rendered ${renders} times during drags`);

  return [
    { name: 'before-after: handler script per pointer move (drag)', value: median(handler), unit: 'ms' },
    { name: 'before-after: main-thread script per pointer move (drag, CDP)', value: median(script), unit: 'ms' },
    { name: 'before-after: style + layout per pointer move (drag, CDP)', value: median(styleLayout), unit: 'ms' },
    { name: 'before-after: elements restyled per pointer move (drag, traced)', value: restyled / MOVES, unit: 'elements' },
    { name: 'before-after: layouts per pointer move (drag, traced)', value: layouts / MOVES, unit: 'layouts' },
  ];
}
