// A phone held upright at its narrowest (320 px): "# Copy link" (then "Link copied") stays on one
// line, and it and "Book a consultation" stay inside the widget, in every language.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/faq/index.js';
import { eventually } from '../helpers/wait.js';

/** Lines of text a node's words take: the tops of its text's boxes, a few pixels apart at most on one line. */
const lines = (node: Element) => {
  const tops: number[] = [];
  const walker = document.createTreeWalker(node, NodeFilter.SHOW_TEXT);
  for (let text = walker.nextNode(); text; text = walker.nextNode()) {
    const range = document.createRange();
    range.selectNodeContents(text);
    for (const rect of range.getClientRects()) if (rect.width > 0) tops.push(rect.top);
  }
  tops.sort((a, b) => a - b);
  return tops.filter((top, index) => index === 0 || top - tops[index - 1] > 4).length;
};

describe('<blush-faq> at 320 px', () => {
  afterEach(() => delete (navigator as unknown as Record<string, unknown>).clipboard);

  for (const lang of ['en', 'es', 'fr', 'fa']) {
    it(`keeps "Copy link" and "Link copied" on one line, inside the widget beside the booking button (${lang})`, async () => {
      Object.defineProperty(navigator, 'clipboard', { configurable: true, get: () => ({ writeText: async () => {} }) });
      const wrapper = await fixture<HTMLElement>(html`<div style="inline-size: 320px" lang=${lang} dir=${lang === 'fa' ? 'rtl' : 'ltr'}>
        <blush-faq cta booking-url="/book"><details open><summary>What is Botox?</summary><p>A muscle relaxer.</p></details></blush-faq>
      </div>`);
      const faq = wrapper.querySelector('blush-faq')!;
      await eventually(
        () => faq.shadowRoot!.querySelector('.cta') && faq.shadowRoot!.querySelector('[part="copy-link"]'),
        'the actions never rendered',
      );
      const root = faq.shadowRoot!;
      const copy = root.querySelector<HTMLButtonElement>('[part="copy-link"]')!;
      const edge = faq.getBoundingClientRect();
      const check = (state: string) => {
        expect(lines(copy), `${state}: "${copy.textContent!.trim()}" wraps`).to.equal(1);
        // The booking button may take two lines in a long language, never more room than the widget's.
        for (const node of [copy, root.querySelector('.cta')!]) {
          const box = node.getBoundingClientRect();
          expect(box.left >= edge.left - 1 && box.right <= edge.right + 1, `${state}: "${node.textContent!.trim()}" leaves the widget`).to
            .be.true;
        }
      };
      check('before');
      const before = copy.textContent!.trim();
      copy.click();
      await eventually(() => copy.textContent!.trim() !== before, 'the button never said the link was copied');
      await (faq as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
      check('copied');
    });
  }
});
