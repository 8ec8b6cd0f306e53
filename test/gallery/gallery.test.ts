import { expect, fixture, html } from '@open-wc/testing';
import '../../src/gallery/index.js';
import type { BlushGallery } from '../../src/gallery/gallery.js';
import { harness, makeCases, svgImage } from '../helpers/gallery-harness.js';
import { captureWarnings } from '../helpers/warnings.js';
import { eventually } from '../helpers/wait.js';

const PAST = '2020-01-01';
const FUTURE = '2999-12-31';

describe('<blush-gallery>', () => {
  // The runner keys each page by its own query string: restore it exactly, never clear it.
  const original = location.href;
  afterEach(() => history.replaceState(null, '', original));

  describe('content sources', () => {
    it('reads cases and their advertising details from <blush-before-after> children', async () => {
      const el = await fixture<BlushGallery>(html`<blush-gallery>
        <blush-before-after id="forehead" treatment="botox" area="Forehead lines" sessions="1" time-since="2 weeks" photo-date="2026-03-04" unretouched
          before=${svgImage('B')} after=${svgImage('A')} before-alt="Forehead before" after-alt="Forehead after"></blush-before-after>
        <blush-before-after treatment="filler-lips" area="Lips" sessions="2">
          <img slot="before" src=${svgImage('B2')} alt="Lips before" />
          <img slot="after" src=${svgImage('A2')} alt="Lips after" />
        </blush-before-after>
      </blush-gallery>`);
      await harness.ready(el);
      expect(harness.cases(el).map((item) => item.dataset.id)).to.deep.equal(['forehead', 'case-2']);
      const details = harness.cases(el)[0].querySelector('.details')!.textContent!.replace(/\s+/g, ' ');
      expect(details).to.contain('2 weeks after treatment');
      expect(details).to.contain('1 session');
      expect(details).to.contain('Photos Mar 4, 2026');
      expect(details).to.contain('Unretouched');
      expect(harness.cases(el)[1].querySelector('.details')!.textContent).to.contain('2 sessions');
      expect(harness.caseButton(el, 'forehead').getAttribute('aria-label')).to.equal('View larger: Botox® · Forehead lines');
      expect(harness.caseButton(el, 'case-2').getAttribute('aria-label')).to.equal('View larger: Lip filler · Lips');
    });

    it('reads cases from an inline JSON script', async () => {
      const el = await fixture<BlushGallery>(html`<blush-gallery>
        <script type="application/json">${JSON.stringify({ cases: makeCases(4) })}</script>
      </blush-gallery>`);
      await harness.ready(el);
      expect(harness.cases(el)).to.have.length(4);
      expect(harness.chips(el).map((chip) => chip.textContent!.replace(/\s+/g, ' ').replace(' ,', ',').trim())).to.deep.equal([
        'All 4, 4 cases',
        'Botox® 2, 2 cases',
        'Lip filler 1, 1 case',
        'Dysport® 1, 1 case',
      ]);
    });

    it('fetches cases from a src URL', async () => {
      const el = await fixture<BlushGallery>(html`<blush-gallery src="/demo/images/gallery/cases.json"></blush-gallery>`);
      await harness.ready(el);
      expect(harness.cases(el).length).to.be.greaterThan(3);
      expect(harness.error(el)).to.equal(null);
    });

    it('takes cases set as a property', async () => {
      const el = await fixture<BlushGallery>(html`<blush-gallery .cases=${makeCases(3)}></blush-gallery>`);
      await harness.ready(el);
      expect(harness.visibleIds(el)).to.deep.equal(['c1', 'c2', 'c3']);
    });

    it('picks up cases added to the light DOM later', async () => {
      const el = await fixture<BlushGallery>(html`<blush-gallery>
        <blush-before-after treatment="botox" before=${svgImage('B')} after=${svgImage('A')}></blush-before-after>
      </blush-gallery>`);
      await harness.ready(el);
      const added = document.createElement('blush-before-after');
      Object.entries({ id: 'late', treatment: 'dysport', before: svgImage('B'), after: svgImage('A') }).forEach(([name, value]) =>
        added.setAttribute(name, value),
      );
      el.append(added);
      await eventually(() => harness.visibleIds(el).includes('late'), 'the case added later is not shown');
      await harness.ready(el);
      expect(harness.visibleIds(el)).to.deep.equal(['case-1', 'late']);
    });
  });

  describe('bad input', () => {
    it('warns once when the light-DOM case photos would all download with the page', async () => {
      const warnings = captureWarnings();
      try {
        const el = await fixture<BlushGallery>(html`<blush-gallery>
          <blush-before-after treatment="botox"><img slot="before" src=${svgImage('B')} alt="" /><img slot="after" src=${svgImage('A')} alt="" loading="lazy" /></blush-before-after>
          <blush-before-after treatment="botox"><img slot="before" src=${svgImage('B')} alt="" loading="lazy" /><img slot="after" src=${svgImage('A')} alt="" loading="lazy" /></blush-before-after>
        </blush-gallery>`);
        await harness.ready(el);
        expect(harness.visibleIds(el)).to.have.length(2);
        expect(harness.galleryWarnings(warnings.messages)).to.deep.equal([
          '[blush-gallery] 1 photo(s) in the case children load with the page, unseen; add loading="lazy" to each <img> in them.',
        ]);
      } finally {
        warnings.restore();
      }
    });

    it('shows a placeholder for a thumbnail that cannot load, with one warning naming the case', async () => {
      const warnings = captureWarnings();
      try {
        const cases = makeCases(2);
        cases[1].before = '/test/no-such-photo.jpg';
        const el = await fixture<BlushGallery>(html`<blush-gallery .cases=${cases}></blush-gallery>`);
        await harness.ready(el);
        const frame = () => el.shadowRoot!.querySelector('li[data-id="c2"] .thumb')!;
        await eventually(() => frame().querySelector('.missing'), 'no placeholder replaced the broken thumbnail');
        expect(frame().querySelector('.missing')!.textContent).to.equal('Photo unavailable');
        expect(frame().querySelectorAll('img')).to.have.length(1);
        expect(el.shadowRoot!.querySelector('li[data-id="c1"] .missing')).to.equal(null);
        expect(harness.galleryWarnings(warnings.messages)).to.deep.equal([
          `[blush-gallery] the before photo of case "c2" ("${new URL('/test/no-such-photo.jpg', location.href).href}") could not be loaded; check its URL.`,
        ]);
      } finally {
        warnings.restore();
      }
    });

    it('shows a visible error and warns once when the JSON src cannot be loaded', async () => {
      const warnings = captureWarnings();
      try {
        const el = await fixture<BlushGallery>(html`<blush-gallery src="/test/no-such-gallery.json"></blush-gallery>`);
        await eventually(() => harness.error(el), 'no error message was shown');
        expect(harness.error(el)?.textContent).to.contain('could not be loaded');
        const mine = harness.galleryWarnings(warnings.messages);
        expect(mine).to.have.length(1);
        expect(mine[0]).to.contain('src="/test/no-such-gallery.json"').and.contain('404');
      } finally {
        warnings.restore();
      }
    });

    it('warns once about inline JSON that is not a list of cases', async () => {
      const warnings = captureWarnings();
      try {
        const el = await fixture<BlushGallery>(html`<blush-gallery><script type="application/json">{"items": 3}</script></blush-gallery>`);
        // The JSON reader is its own chunk: wait for it rather than for a fixed time.
        await eventually(() => harness.error(el), 'no error message was shown');
        expect(harness.galleryWarnings(warnings.messages)).to.deep.equal([
          '[blush-gallery] the JSON is not a list of cases; give an array, or an object with a "cases" array.',
        ]);
      } finally {
        warnings.restore();
      }
    });

    it('leaves out a case without both images and names it in a warning', async () => {
      const warnings = captureWarnings();
      try {
        const cases = [...makeCases(2), { id: 'half', treatment: 'botox', before: svgImage('B') }];
        const el = await fixture<BlushGallery>(html`<blush-gallery .cases=${cases}></blush-gallery>`);
        await harness.ready(el);
        expect(harness.visibleIds(el)).to.deep.equal(['c1', 'c2']);
        const mine = harness.galleryWarnings(warnings.messages);
        expect(mine).to.have.length(1);
        expect(mine[0]).to.contain('half').and.contain('"before" or "after"');
      } finally {
        warnings.restore();
      }
    });

    it('shows an unknown treatment under its id and warns once', async () => {
      const warnings = captureWarnings();
      try {
        const cases = makeCases(2, ['botox', 'glow-facial']);
        const el = await fixture<BlushGallery>(html`<blush-gallery .cases=${cases}></blush-gallery>`);
        await harness.ready(el);
        expect(harness.chip(el, 'glow-facial')).to.exist;
        expect(harness.galleryWarnings(warnings.messages)).to.have.length(1);
        expect(warnings.messages[0]).to.contain('treatment="glow-facial" is not in the treatment catalog');
      } finally {
        warnings.restore();
      }
    });
  });

  describe('consent expiry', () => {
    it('hides cases past their consent date and gives the clinic one warning for them all', async () => {
      const warnings = captureWarnings();
      try {
        const cases = makeCases(4).map((item, index) => ({ ...item, consentExpires: index < 2 ? PAST : FUTURE }));
        const el = await fixture<BlushGallery>(html`<blush-gallery .cases=${cases}></blush-gallery>`);
        await harness.ready(el);
        expect(harness.visibleIds(el)).to.deep.equal(['c3', 'c4']);
        el.requestUpdate();
        await el.updateComplete;
        const mine = harness.galleryWarnings(warnings.messages);
        expect(mine).to.have.length(1);
        expect(mine[0]).to.contain('2 cases are past "consent-expires"').and.contain('c1 (2020-01-01)').and.contain('c2');
      } finally {
        warnings.restore();
      }
    });

    it('hides a light-DOM case whose consent-expires is not a date', async () => {
      const warnings = captureWarnings();
      try {
        const el = await fixture<BlushGallery>(html`<blush-gallery>
          <blush-before-after id="typo" treatment="botox" consent-expires="31/12/2030" before=${svgImage('B')} after=${svgImage('A')}></blush-before-after>
          <blush-before-after id="ok" treatment="botox" consent-expires=${FUTURE} before=${svgImage('B')} after=${svgImage('A')}></blush-before-after>
        </blush-gallery>`);
        await harness.ready(el);
        expect(harness.visibleIds(el)).to.deep.equal(['ok']);
        expect(harness.galleryWarnings(warnings.messages)).to.have.length(1);
        expect(warnings.messages[0]).to.contain('"consent-expires" is not a date for typo ("31/12/2030"); use YYYY-MM-DD');
      } finally {
        warnings.restore();
      }
    });
  });

  describe('disclaimer', () => {
    it('always shows the default "results vary" notice', async () => {
      const el = await fixture<BlushGallery>(html`<blush-gallery .cases=${makeCases(2)}></blush-gallery>`);
      await harness.ready(el);
      expect(harness.disclaimerText(el)).to.equal(
        'Individual results vary. Photos show real outcomes for individual patients and are not a guarantee.',
      );
    });

    it('follows the cases: illustrations are marked and never called real outcomes', async () => {
      const all = makeCases(2).map((item) => ({ ...item, illustration: true }));
      const el = await fixture<BlushGallery>(html`<blush-gallery .cases=${all}></blush-gallery>`);
      await harness.ready(el);
      expect(harness.disclaimerText(el)).to.equal('These pictures are illustrations, not photos of patients. Individual results vary.');
      expect(harness.disclaimerText(el)).not.to.contain('real outcomes');
      for (const item of harness.cases(el)) expect(item.querySelector('.details .badge')?.textContent?.trim()).to.equal('Illustration');

      el.cases = [{ ...makeCases(1)[0], illustration: true }, makeCases(2)[1]];
      await eventually(() => harness.disclaimerText(el).startsWith('Pictures marked “Illustration” are not photos of patients.'));
      expect(harness.cases(el)[1].querySelector('.details .badge')).to.equal(null);
    });

    it('reads the illustration flag from a case child too', async () => {
      const el = await fixture<BlushGallery>(html`<blush-gallery>
        <blush-before-after illustration treatment="botox" before=${svgImage('B')} after=${svgImage('A')}></blush-before-after>
      </blush-gallery>`);
      await harness.ready(el);
      expect(harness.cases(el)[0].querySelector('.details')!.textContent).to.contain('Illustration');
      expect(harness.disclaimerText(el)).to.contain('illustrations, not photos of patients');
    });

    it('uses the clinic wording from the attribute', async () => {
      const el = await fixture<BlushGallery>(
        html`<blush-gallery disclaimer="Results differ from person to person." .cases=${makeCases(2)}></blush-gallery>`,
      );
      await harness.ready(el);
      expect(harness.disclaimerText(el)).to.equal('Results differ from person to person.');
    });

    it('uses the clinic wording from the disclaimer slot', async () => {
      const el = await fixture<BlushGallery>(
        html`<blush-gallery .cases=${makeCases(2)}><p slot="disclaimer">Your results may differ. <a href="#policy">Our photo policy</a></p></blush-gallery>`,
      );
      await harness.ready(el);
      expect(harness.disclaimerText(el)).to.equal('Your results may differ. Our photo policy');
    });

    it('falls back to the default with one warning when the attribute is blank', async () => {
      const warnings = captureWarnings();
      try {
        const el = await fixture<BlushGallery>(html`<blush-gallery disclaimer="   " .cases=${makeCases(2)}></blush-gallery>`);
        await harness.ready(el);
        expect(harness.disclaimerText(el)).to.contain('Individual results vary');
        expect(harness.galleryWarnings(warnings.messages)).to.have.length(1);
        expect(warnings.messages[0]).to.contain('disclaimer="" is blank');
      } finally {
        warnings.restore();
      }
    });

    it('falls back to the default with one warning when the slot is empty', async () => {
      const warnings = captureWarnings();
      try {
        const el = await fixture<BlushGallery>(html`<blush-gallery .cases=${makeCases(2)}><p slot="disclaimer"> </p></blush-gallery>`);
        await harness.ready(el);
        expect(harness.disclaimerText(el)).to.contain('Individual results vary');
        expect(harness.galleryWarnings(warnings.messages)).to.have.length(1);
        expect(warnings.messages[0]).to.contain('"disclaimer" slot is empty');
      } finally {
        warnings.restore();
      }
    });
  });

  describe('accessibility', () => {
    it('passes axe in the grid state', async function () {
      this.timeout(30_000); // axe over every case is slow on a busy machine
      const el = await fixture<BlushGallery>(
        html`<blush-gallery .cases=${makeCases(6, ['botox', 'filler-lips'], { sessions: 1, timeSince: '2 weeks', unretouched: true })}></blush-gallery>`,
      );
      await harness.ready(el);
      await expect(el).to.be.accessible();
    });
  });
});
