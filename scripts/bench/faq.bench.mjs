// <blush-faq> runtime: first render of 500 items, and one search keystroke over them.
// Each figure is the median of several runs in headless Chromium, timed inside the page
// from the moment the content is set to the end of the next frame (render + style + layout).
import { median, openBenchPage } from './bench-utils.mjs';

const RUNS = 9;
const ITEMS = 500;

export default async function bench({ page, baseUrl }) {
  await openBenchPage(page, baseUrl, 'blush-faq');

  const firstRender = [];
  for (let run = 0; run < RUNS; run++) {
    firstRender.push(
      await page.evaluate(async (count) => {
        document.body.replaceChildren();
        const items = Array.from({ length: count }, (_, index) => ({
          question: `Question ${index}: how long do the results of treatment ${index} last?`,
          answer: `Most patients see results for **three to four months** after treatment ${index}.\n\n- mild bruising\n- a slight headache\n\nAsk us at your [consultation](https://example.com/book).`,
        }));
        const faq = document.createElement('blush-faq');
        faq.setAttribute('searchable', '');
        const start = performance.now();
        faq.items = items;
        document.body.append(faq);
        while (!faq.shadowRoot?.querySelector('.list')) await new Promise((resolve) => setTimeout(resolve));
        await faq.updateComplete;
        faq.shadowRoot.querySelector('.list').getBoundingClientRect();
        await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
        if (faq.shadowRoot.querySelectorAll('[part="question"]').length !== count) throw new Error('not every item rendered');
        return performance.now() - start;
      }, ITEMS),
    );
  }

  const keystroke = [];
  for (let run = 0; run < RUNS; run++) {
    keystroke.push(
      await page.evaluate(async (query) => {
        const faq = document.querySelector('blush-faq');
        const input = faq.shadowRoot.querySelector('[part="search"]');
        input.value = '';
        input.dispatchEvent(new Event('input'));
        await faq.updateComplete;
        await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
        const start = performance.now();
        input.value = query;
        input.dispatchEvent(new Event('input'));
        await faq.updateComplete;
        faq.shadowRoot.querySelector('.list').getBoundingClientRect();
        const elapsed = performance.now() - start;
        const shown = faq.shadowRoot.querySelectorAll('.item:not([hidden])').length;
        if (shown === 0 || shown === 500) throw new Error(`search did not filter (${shown} shown)`);
        return elapsed;
      }, '4'),
    );
  }

  return [
    { name: `faq: first render, ${ITEMS} items`, value: median(firstRender), unit: 'ms' },
    { name: `faq: one search keystroke over ${ITEMS} items`, value: median(keystroke), unit: 'ms' },
  ];
}
