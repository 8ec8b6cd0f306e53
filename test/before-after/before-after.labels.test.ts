import { expect, fixture, html } from '@open-wc/testing';
import '../../src/before-after/index.js';
import type { BlushBeforeAfter } from '../../src/before-after/before-after.js';
import { photo } from '../helpers/before-after-harness.js';

const overlap = (a: DOMRect, b: DOMRect) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

describe('<blush-before-after> labels', () => {
  for (const orientation of ['horizontal', 'vertical'] as const) {
    it(`long labels stay apart and inside the photo on a narrow ${orientation} slider`, async () => {
      const el = await fixture<BlushBeforeAfter>(html`<div style="inline-size: 260px">
        <blush-before-after orientation=${orientation} before=${photo(400, 300)} after=${photo(400, 300, '#c9a2b0')}
          before-label="Before treatment, at rest" after-label="Two weeks after treatment, at rest"></blush-before-after>
      </div>`);
      const slider = el.querySelector('blush-before-after')!;
      await slider.updateComplete;
      const [before, after] = [...slider.shadowRoot!.querySelectorAll('.label')].map((label) => label.getBoundingClientRect());
      const frame = slider.shadowRoot!.querySelector('.frame')!.getBoundingClientRect();
      expect(overlap(before, after), `${JSON.stringify(before)} / ${JSON.stringify(after)}`).to.equal(false);
      for (const label of [before, after]) {
        expect(label.left).to.be.at.least(frame.left);
        expect(label.right).to.be.at.most(frame.right + 0.5);
      }
    });
  }
});
