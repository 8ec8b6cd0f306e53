// <blush-gallery> runtime with 300 cases: first render (JSON property → grid, chips, thumbnails
// observed for lazy loading) and one filter change by the visitor (toggles `hidden`; no case is
// re-created). Medians of several runs in headless Chromium, timed inside the page to the end of
// the next frame so style and layout are counted.
import { median, openBenchPage } from './bench-utils.mjs';

const RUNS = 11;
const CASES = 300;

export default async function bench({ page, baseUrl }) {
  await openBenchPage(page, baseUrl, 'blush-gallery');

  const firstRender = [];
  for (let run = 0; run < RUNS; run++) {
    firstRender.push(
      await page.evaluate(async (count) => {
        document.body.replaceChildren();
        const svg = (label) =>
          `data:image/svg+xml,${encodeURIComponent(`<svg xmlns="http://www.w3.org/2000/svg" width="40" height="30"><rect width="40" height="30" fill="#e8d3da"/><text x="2" y="18" font-size="8">${label}</text></svg>`)}`;
        const treatments = ['botox', 'dysport', 'xeomin', 'filler-lips', 'daxxify'];
        const cases = Array.from({ length: count }, (_, index) => ({
          id: `case-${index}`,
          treatment: treatments[index % treatments.length],
          area: 'Forehead lines',
          sessions: 1 + (index % 3),
          timeSince: `${2 + (index % 6)} weeks`,
          photoDate: '2026-03-04',
          unretouched: true,
          consentExpires: '2030-12-31',
          before: svg(`B${index}`),
          after: svg(`A${index}`),
          beforeAlt: 'Illustration before treatment',
          afterAlt: 'Illustration after treatment',
        }));
        const el = document.createElement('blush-gallery');
        el.setAttribute('url-param', '');
        el.cases = cases;
        const start = performance.now();
        document.body.append(el);
        await el.updateComplete;
        el.shadowRoot.querySelector('.grid').getBoundingClientRect();
        await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
        const elapsed = performance.now() - start;
        if (el.shadowRoot.querySelectorAll('li.case').length !== count) throw new Error('not every case rendered');
        return elapsed;
      }, CASES),
    );
  }

  const filterChange = [];
  for (let run = 0; run < RUNS * 2; run++) {
    filterChange.push(
      await page.evaluate(async (index) => {
        const el = document.querySelector('blush-gallery');
        const chips = [...el.shadowRoot.querySelectorAll('[part="filter"]')];
        const chip = chips[index % chips.length];
        const start = performance.now();
        chip.click();
        await el.updateComplete;
        el.shadowRoot.querySelector('.grid').getBoundingClientRect();
        await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
        const elapsed = performance.now() - start;
        if (chip.getAttribute('aria-pressed') !== 'true') throw new Error('filter did not apply');
        return elapsed;
      }, run + 1),
    );
  }

  return [
    { name: `gallery: first render, ${CASES} cases`, value: median(firstRender), unit: 'ms' },
    { name: `gallery: filter change, ${CASES} cases`, value: median(filterChange), unit: 'ms' },
  ];
}
