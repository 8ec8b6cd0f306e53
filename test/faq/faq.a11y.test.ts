import { expect, html } from '@open-wc/testing';
import { faqFixture } from '../helpers/faq-harness.js';

describe('<blush-faq>', () => {
  describe('accessibility', function () {
    // axe walks every node; on a busy two-core machine that can outlast the default 10 s.
    this.timeout(30_000);

    it('follows the accordion pattern: buttons in headings controlling labelled regions', async () => {
      const faq = await faqFixture(html`<blush-faq pack="botox" heading-level="4"></blush-faq>`);
      for (const button of faq.questions()) {
        expect(button.parentElement!.localName).to.equal('h4');
        expect(button.getAttribute('aria-expanded')).to.equal('false');
        const panel = faq.panelOf(button);
        expect(panel.getAttribute('role')).to.equal('region');
        expect(panel.getAttribute('aria-labelledby')).to.equal(button.id);
      }
    });

    it('passes axe with every answer closed', async () => {
      const faq = await faqFixture(html`<blush-faq pack="botox" searchable></blush-faq>`);
      await expect(faq.el).to.be.accessible();
    });

    it('passes axe with every answer open, sources and calls to action shown', async () => {
      const faq = await faqFixture(html`<blush-faq pack="botox" show-sources booking-url="https://clinic.example/book"></blush-faq>`);
      faq.el.expandAll();
      await faq.settled();
      expect(faq.openQuestions()).to.have.length(faq.questions().length);
      await expect(faq.el).to.be.accessible();
    });

    it('passes axe in the empty search state', async () => {
      const faq = await faqFixture(html`<blush-faq pack="botox" searchable></blush-faq>`);
      faq.search()!.value = 'zzz';
      faq.search()!.dispatchEvent(new Event('input'));
      await faq.el.updateComplete;
      expect(faq.empty()).to.exist;
      await expect(faq.el).to.be.accessible();
    });

    it('gives every control a target of at least 24 by 24 pixels', async () => {
      const faq = await faqFixture(html`<blush-faq pack="botox" searchable booking-url="https://clinic.example/book"></blush-faq>`);
      faq.el.expandAll();
      await faq.settled();
      const controls = [...faq.root.querySelectorAll<HTMLElement>('button, a, input')];
      expect(controls.length).to.be.greaterThan(10);
      for (const control of controls) {
        const box = control.getBoundingClientRect();
        if (control.closest('.answer p, .answer li')) continue; // links inside sentences are exempt (WCAG 2.5.8 inline)
        expect(box.width, control.className).to.be.at.least(24);
        expect(box.height, control.className).to.be.at.least(24);
      }
    });
  });
});
