import { expect, fixture, html } from '@open-wc/testing';
import '../../src/gallery/index.js';
import type { BlushGallery } from '../../src/gallery/gallery.js';
import { worstContrastOverPhoto } from '../helpers/contrast.js';
import { harness, makeCases, svgImage } from '../helpers/gallery-harness.js';

const cases = makeCases(3).map((item, index) =>
  index === 0 ? { ...item, sensitive: true, before: svgImage('B', '#ffffff'), after: svgImage('A', '#ffffff') } : item,
);

describe('<blush-gallery> sensitive veil', () => {
  for (const theme of ['light', 'dark'] as const) {
    describe(`${theme} theme`, () => {
      // The thumbnails under the veil are blurred photos of any brightness (WCAG AA, 4.5:1 over a white one too).
      it("keeps the veil's words on a sensitive thumbnail at 4.5:1 or more over the brightest and the darkest photo", async () => {
        const el = await fixture<BlushGallery>(html`<blush-gallery theme=${theme} .cases=${cases}></blush-gallery>`);
        await harness.ready(el);
        const veil = el.shadowRoot!.querySelector('[data-id="c1"] .veil')!;
        expect(veil.textContent).to.equal('Sensitive photo');
        expect(worstContrastOverPhoto(veil, veil)).to.be.at.least(4.5);
      });

      it('passes axe with a sensitive case in the grid', async () => {
        const el = await fixture<BlushGallery>(html`<blush-gallery theme=${theme} .cases=${cases}></blush-gallery>`);
        await harness.ready(el);
        await expect(el).to.be.accessible();
      });
    });
  }
});
