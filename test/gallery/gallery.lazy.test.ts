import { expect, fixture, html } from '@open-wc/testing';
import '../../src/gallery/index.js';
import type { BlushGallery } from '../../src/gallery/gallery.js';
import { emulateFocus, harness, makeCases } from '../helpers/gallery-harness.js';
import { eventually } from '../helpers/wait.js';

// Real same-origin files with a unique query each, so the Resource Timing list shows exactly which were requested.
const run = Date.now();
const requested = (url: string) => performance.getEntriesByName(url).length > 0;
// The runner's own module requests would otherwise fill the default 250-entry buffer first.
performance.setResourceTimingBufferSize(100_000);
const casesFor = (test: string) =>
  makeCases(90, ['botox', 'dysport']).map((item, index) => {
    const url = (side: string) => new URL(`/demo/images/gallery/forehead-1-${side}.svg?lazy=${run}-${test}-${index}`, location.href).href;
    return { ...item, before: url('before'), after: url('after') };
  });

describe('<blush-gallery>', () => {
  beforeEach(() => emulateFocus());
  afterEach(() => window.scrollTo(0, 0));

  describe('lazy loading', () => {
    it('requests only the thumbnails near the viewport, and the rest as they scroll near', async () => {
      const cases = casesFor('scroll');
      const el = await fixture<BlushGallery>(html`<blush-gallery .cases=${cases}></blush-gallery>`);
      await harness.ready(el);
      await eventually(() => requested(cases[0].before), 'first thumbnails never loaded');
      const last = cases.at(-1)!;
      expect(harness.thumbnails(el, last.id).every((image) => !image.hasAttribute('src'))).to.equal(true);
      expect(requested(last.before)).to.equal(false);
      const withSource = harness.cases(el).filter((item) => item.querySelector('img[src]')).length;
      expect(withSource).to.be.greaterThan(0).and.lessThan(45);

      // Scroll the case itself: engines differ on scrolling to content inside a `content-visibility: auto` box.
      harness
        .cases(el)
        .find((item) => item.dataset.id === last.id)!
        .scrollIntoView();
      await eventually(() => requested(last.before) && requested(last.after), 'scrolled-to thumbnails never loaded');
      expect(harness.thumbnails(el, last.id).map((image) => image.getAttribute('src'))).to.deep.equal([last.before, last.after]);
      expect(harness.thumbnails(el, last.id).every((image) => image.loading === 'lazy')).to.equal(true);
    });

    it('loads a filtered-in case once it is shown near the viewport', async () => {
      const cases = casesFor('filter');
      const el = await fixture<BlushGallery>(html`<blush-gallery .cases=${cases}></blush-gallery>`);
      await harness.ready(el);
      const farDysport = cases.filter((item) => item.treatment === 'dysport').at(-1)!;
      expect(requested(farDysport.before)).to.equal(false);
      harness.chip(el, 'Dysport').click();
      await el.updateComplete;
      harness
        .cases(el)
        .find((item) => item.dataset.id === farDysport.id)!
        .scrollIntoView();
      await eventually(() => requested(farDysport.before), 'filtered-in thumbnail never loaded');
    });
  });
});
