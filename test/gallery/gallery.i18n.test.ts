import { expect, fixture, html } from '@open-wc/testing';
import '../../src/gallery/index.js';
import type { BlushGallery } from '../../src/gallery/gallery.js';
import { harness, makeCases } from '../helpers/gallery-harness.js';
import { eventually } from '../helpers/wait.js';

const cases = makeCases(4, ['botox', 'filler-lips'], { sessions: 1, timeSince: '2 weeks', photoDate: '2026-03-04', unretouched: true });

describe('<blush-gallery>', () => {
  const original = location.href;
  afterEach(() => {
    history.replaceState(null, '', original);
    document.documentElement.lang = 'en';
  });

  describe('localization', () => {
    it("counts in the page's own digits: Persian ۴ and ۲, like the words beside them", async () => {
      const el = await fixture<BlushGallery>(html`<blush-gallery lang="fa" .cases=${cases}></blush-gallery>`);
      await harness.ready(el);
      await eventually(() => harness.chips(el)[0]?.textContent?.includes('همه'), 'the Persian words');
      expect(harness.chips(el).map((chip) => chip.querySelector('.count')!.textContent)).to.deep.equal(['۴', '۲', '۲']);
    });

    it('speaks Spanish: chips, details, disclaimer and the enlarged view', async () => {
      const el = await fixture<BlushGallery>(html`<blush-gallery lang="es" .cases=${cases}></blush-gallery>`);
      await harness.ready(el);
      expect(harness.chips(el).map((chip) => chip.textContent!.replace(/\s+/g, ' ').replace(' ,', ',').trim())).to.deep.equal([
        'Todos 4, 4 casos',
        'Botox® 2, 2 casos',
        'Relleno de labios 2, 2 casos',
      ]);
      const details = harness.cases(el)[1].querySelector('.details')!.textContent!.replace(/\s+/g, ' ');
      expect(details)
        .to.contain('2 semanas después del tratamiento')
        .and.contain('1 sesión')
        .and.contain('Fotos del 4 mar 2026')
        .and.contain('Sin retoques');
      expect(harness.disclaimerText(el)).to.equal(
        'Los resultados varían en cada persona. Las fotos muestran resultados reales de pacientes concretos y no son una garantía.',
      );
      expect(harness.caseButton(el, 'c2').getAttribute('aria-label')).to.equal('Ver en grande: Relleno de labios · Forehead lines');
      harness.caseButton(el, 'c2').click();
      await harness.opened(el);
      expect(el.shadowRoot!.querySelector('.position')!.textContent).to.equal('Caso 2 de 4');
      expect(harness.dialogButton(el, 'next').textContent!.trim()).to.equal('Caso siguiente');
      expect(harness.dialogButton(el, 'close').getAttribute('aria-label')).to.equal('Cerrar');
      el.close();
    });

    it('announces filter results in Spanish', async () => {
      const el = await fixture<BlushGallery>(html`<blush-gallery lang="es" .cases=${cases}></blush-gallery>`);
      await harness.ready(el);
      harness.chip(el, 'Relleno').click();
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('p[role="status"].visually-hidden')!.textContent).to.equal('Se muestran 2 casos');
    });

    it('follows a change of the page language', async () => {
      const el = await fixture<BlushGallery>(html`<blush-gallery .cases=${cases}></blush-gallery>`);
      await harness.ready(el);
      expect(harness.chips(el)[0].textContent).to.contain('All');
      document.documentElement.lang = 'es-MX';
      await eventually(() => harness.chips(el)[0].textContent!.includes('Todos'), 'the chips stayed in English');
    });

    it('keeps a time since treatment it cannot parse as written', async () => {
      const el = await fixture<BlushGallery>(
        html`<blush-gallery lang="es" .cases=${makeCases(1, ['botox'], { timeSince: 'tras la boda' })}></blush-gallery>`,
      );
      await harness.ready(el);
      expect(harness.cases(el)[0].querySelector('.details')!.textContent).to.contain('tras la boda después del tratamiento');
    });
  });

  describe('accessibility', () => {
    it('passes axe in Spanish with the dialog open', async function () {
      this.timeout(30_000); // axe walks the whole dialog, photos included; slow on a busy machine
      const el = await fixture<BlushGallery>(html`<blush-gallery lang="es" .cases=${cases}></blush-gallery>`);
      await harness.ready(el);
      await el.open('c1');
      await expect(el).to.be.accessible();
      el.close();
    });
  });
});
