import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/gallery/index.js';
import type { BlushGallery } from '../../src/gallery/gallery.js';
import { emulateFocus, harness, makeCases, press } from '../helpers/gallery-harness.js';

// c1,c4 botox · c2,c5 filler-lips · c3,c6 dysport
const cases = makeCases(6);

describe('<blush-gallery>', () => {
  // The runner keys each page by its own query string: restore it exactly, never clear it.
  const original = location.href;
  beforeEach(() => emulateFocus());
  afterEach(() => history.replaceState(null, '', original));

  describe('filters', () => {
    it('shows one chip per treatment present, in catalog names, with counts, and "All" pressed', async () => {
      const el = await fixture<BlushGallery>(html`<blush-gallery .cases=${cases}></blush-gallery>`);
      await harness.ready(el);
      expect(harness.chips(el).map((chip) => chip.querySelector('.count')!.textContent)).to.deep.equal(['6', '2', '2', '2']);
      expect(harness.pressed(el).map((chip) => chip.textContent!.trim().split(/\s/)[0])).to.deep.equal(['All']);
      expect(harness.chips(el).map((chip) => chip.getAttribute('aria-pressed'))).to.deep.equal(['true', 'false', 'false', 'false']);
      expect(harness.chips(el)[0].closest('[role="group"]')!.getAttribute('aria-label')).to.equal('Filter results by treatment');
    });

    it('filters by a clicked chip without re-creating the cases, and emits blush-gallery-filter', async () => {
      const el = await fixture<BlushGallery>(html`<blush-gallery .cases=${cases}></blush-gallery>`);
      await harness.ready(el);
      const before = harness.cases(el);
      const event = oneEvent(el, 'blush-gallery-filter');
      harness.chip(el, 'Lip filler').click();
      const { detail } = await event;
      await el.updateComplete;
      expect(detail).to.deep.equal({ treatment: 'filler-lips', count: 2 });
      expect(harness.visibleIds(el)).to.deep.equal(['c2', 'c5']);
      expect(harness.cases(el)).to.deep.equal(before);
      expect(harness.chip(el, 'Lip filler').getAttribute('aria-pressed')).to.equal('true');
      expect(el.treatment).to.equal('filler-lips');
      expect(el.shadowRoot!.querySelector('p[role="status"].visually-hidden')!.textContent).to.equal('Showing 2 cases');
    });

    it('filters from the keyboard: Tab to a chip, Enter and Space press it', async () => {
      const el = await fixture<BlushGallery>(html`<blush-gallery .cases=${cases}></blush-gallery>`);
      const start = Object.assign(document.createElement('button'), { textContent: 'start' });
      el.before(start);
      start.focus();
      await harness.ready(el);
      await press('Tab');
      await press('Tab');
      expect(harness.focused(el)).to.equal(harness.chip(el, 'Botox'));
      await press('Enter');
      await el.updateComplete;
      expect(harness.visibleIds(el)).to.deep.equal(['c1', 'c4']);
      await press('Tab');
      await press(' '); // the Space bar (Firefox's automation knows it only by its value)
      await el.updateComplete;
      expect(harness.visibleIds(el)).to.deep.equal(['c2', 'c5']);
      harness.chip(el, 'All').focus();
      await press('Enter');
      await el.updateComplete;
      expect(harness.visibleIds(el)).to.have.length(6);
    });

    it('hides the chips when every case has the same treatment', async () => {
      const el = await fixture<BlushGallery>(html`<blush-gallery .cases=${makeCases(3, ['botox'])}></blush-gallery>`);
      await harness.ready(el);
      expect(harness.chips(el)).to.have.length(0);
      expect(harness.visibleIds(el)).to.have.length(3);
    });

    it('starts on the filter given by the treatment attribute', async () => {
      const el = await fixture<BlushGallery>(html`<blush-gallery treatment="dysport" .cases=${cases}></blush-gallery>`);
      await harness.ready(el);
      expect(harness.visibleIds(el)).to.deep.equal(['c3', 'c6']);
    });
  });

  describe('URL state', () => {
    it('writes the filter to the URL with replaceState and removes it for "All"', async () => {
      const length = history.length;
      const el = await fixture<BlushGallery>(html`<blush-gallery .cases=${cases}></blush-gallery>`);
      await harness.ready(el);
      harness.chip(el, 'Dysport').click();
      expect(new URLSearchParams(location.search).get('gallery')).to.equal('dysport');
      harness.chip(el, 'All').click();
      expect(new URLSearchParams(location.search).has('gallery')).to.equal(false);
      expect(history.length).to.equal(length);
    });

    it('reads the filter from the URL on load, over the attribute', async () => {
      const url = new URL(location.href);
      url.searchParams.set('gallery', 'filler-lips');
      url.searchParams.set('utm_source', 'x');
      history.replaceState(null, '', url);
      const el = await fixture<BlushGallery>(html`<blush-gallery treatment="botox" .cases=${cases}></blush-gallery>`);
      await harness.ready(el);
      expect(harness.visibleIds(el)).to.deep.equal(['c2', 'c5']);
      harness.chip(el, 'All').click();
      expect(new URLSearchParams(location.search).get('utm_source')).to.equal('x');
      expect(new URLSearchParams(location.search).has('gallery')).to.equal(false);
    });

    it('follows popstate', async () => {
      const el = await fixture<BlushGallery>(html`<blush-gallery .cases=${cases}></blush-gallery>`);
      await harness.ready(el);
      const url = new URL(location.href);
      url.searchParams.set('gallery', 'dysport');
      history.replaceState(null, '', url);
      window.dispatchEvent(new PopStateEvent('popstate'));
      await el.updateComplete;
      expect(harness.visibleIds(el)).to.deep.equal(['c3', 'c6']);
    });

    it('uses the url-param attribute as the parameter name, and shows all for an unknown treatment', async () => {
      const url = new URL(location.href);
      url.searchParams.set('results', 'nonsense');
      history.replaceState(null, '', url);
      const el = await fixture<BlushGallery>(html`<blush-gallery url-param="results" .cases=${cases}></blush-gallery>`);
      await harness.ready(el);
      expect(harness.visibleIds(el)).to.have.length(6);
      expect(harness.pressed(el)[0]).to.equal(harness.chip(el, 'All'));
      harness.chip(el, 'Botox').click();
      expect(new URLSearchParams(location.search).get('results')).to.equal('botox');
    });

    it('leaves the URL alone when url-param is empty', async () => {
      const el = await fixture<BlushGallery>(html`<blush-gallery url-param="" .cases=${cases}></blush-gallery>`);
      await harness.ready(el);
      const before = location.href;
      harness.chip(el, 'Botox').click();
      await el.updateComplete;
      expect(location.href).to.equal(before);
      expect(harness.visibleIds(el)).to.deep.equal(['c1', 'c4']);
    });
  });
});
