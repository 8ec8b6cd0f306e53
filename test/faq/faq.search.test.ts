import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { faqFixture } from '../helpers/faq-harness.js';

const items = html`<details><summary>What is Botox?</summary><p>A purified protein that relaxes frown lines.</p></details>
  <details><summary>Does it hurt?</summary><p>A brief pinch; most people need no numbing cream.</p></details>
  <details><summary>Can I exercise afterwards?</summary><p>Skip the gym for 24 hours.</p></details>
  <details><summary>¿Cuánto dura la sesión?</summary><p>Unos minutos.</p></details>`;

describe('<blush-faq>', () => {
  describe('search', () => {
    it('has no search field unless searchable is set', async () => {
      const faq = await faqFixture(html`<blush-faq>${items}</blush-faq>`);
      expect(faq.search()).to.equal(null);
    });

    it('filters questions and answers as the visitor types, marking the matches', async () => {
      const faq = await faqFixture(html`<blush-faq searchable>${items}</blush-faq>`);
      expect(faq.search()!.labels?.[0]?.textContent).to.equal('Search the questions');
      faq.search()!.focus();
      await sendKeys({ type: 'frown' });
      await faq.el.updateComplete;
      expect(faq.questionTexts()).to.deep.equal(['What is Botox?']);
      expect(faq.marks()).to.deep.equal(['frown']);
      expect(faq.status()).to.equal('1 question matches');
    });

    it('matches every word, in any case and without accents', async () => {
      const faq = await faqFixture(html`<blush-faq searchable>${items}</blush-faq>`);
      faq.search()!.focus();
      await sendKeys({ type: 'CUANTO sesion' });
      await faq.el.updateComplete;
      expect(faq.questionTexts()).to.deep.equal(['¿Cuánto dura la sesión?']);
      expect(faq.marks()).to.deep.equal(['Cuánto', 'sesión']);
    });

    it('shows a helpful empty state, and every question again once cleared', async () => {
      const faq = await faqFixture(html`<blush-faq searchable booking-url="https://clinic.example/book">${items}</blush-faq>`);
      faq.search()!.focus();
      await sendKeys({ type: 'laser' });
      await faq.el.updateComplete;
      expect(faq.questionTexts()).to.deep.equal([]);
      const empty = faq.empty()!;
      expect(empty.textContent).to.contain('No questions match “laser”.');
      expect(empty.querySelector<HTMLAnchorElement>('[part="cta"]')?.href).to.equal('https://clinic.example/book');
      expect(faq.status()).to.equal('No questions match “laser”.');
      for (let i = 0; i < 'laser'.length; i++) await sendKeys({ press: 'Backspace' });
      await faq.el.updateComplete;
      expect(faq.questionTexts()).to.have.length(4);
      expect(faq.empty()).to.equal(null);
      expect(faq.marks()).to.deep.equal([]);
    });

    it('opens every match with Expand all while searching', async () => {
      const faq = await faqFixture(html`<blush-faq searchable>${items}</blush-faq>`);
      faq.search()!.focus();
      await sendKeys({ type: 'hurt' });
      await faq.el.updateComplete;
      faq.toggleAll()!.click();
      await faq.settled();
      await sendKeys({ press: 'Escape' });
      await faq.el.updateComplete;
      expect(faq.openQuestions()).to.deep.equal(['Does it hurt?']);
    });
  });
});
