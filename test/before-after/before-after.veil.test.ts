import { expect, fixture, html } from '@open-wc/testing';
import '../../src/before-after/index.js';
import type { BlushBeforeAfter } from '../../src/before-after/before-after.js';
import { ba, photo } from '../helpers/before-after-harness.js';
import { worstContrastOverPhoto } from '../helpers/contrast.js';

describe('<blush-before-after> sensitive veil', () => {
  for (const theme of ['light', 'dark'] as const) {
    describe(`${theme} theme`, () => {
      // The veil lies over blurred photos of any brightness: its text must read over a white one (WCAG AA, 4.5:1).
      it("keeps the veil's words at 4.5:1 or more over the brightest and the darkest photo", async () => {
        const el = await fixture<BlushBeforeAfter>(
          html`<blush-before-after sensitive theme=${theme} before=${photo(40, 50, '#ffffff')} after=${photo(40, 50, '#ffffff')} before-alt="Abdomen before" after-alt="Abdomen after"></blush-before-after>`,
        );
        await ba.loaded(el);
        const veil = ba.veil(el)!;
        expect(veil, 'the veil covers the photos').to.exist;
        expect(worstContrastOverPhoto(veil.querySelector('p')!, veil)).to.be.at.least(4.5);
        expect(worstContrastOverPhoto(veil.querySelector('button')!, veil)).to.be.at.least(4.5);
      });

      it('passes axe while the photos are veiled', async () => {
        const el = await fixture<BlushBeforeAfter>(
          html`<blush-before-after sensitive theme=${theme} before=${photo(40, 50, '#ffffff')} after=${photo(40, 50, '#f4f0f1')} before-alt="Abdomen before" after-alt="Abdomen after"></blush-before-after>`,
        );
        await ba.loaded(el);
        await expect(el).to.be.accessible();
      });
    });
  }
});
