import { expect, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { faqFixture } from '../helpers/faq-harness.js';

const three = html`<blush-faq>
  <details><summary>What is Botox?</summary><p>A muscle relaxer.</p></details>
  <details><summary>Does it hurt?</summary><p>A brief pinch. <a href="https://example.com">More</a></p></details>
  <details><summary>How long does it last?</summary><p>Three to four months.</p></details>
</blush-faq>`;

describe('<blush-faq>', () => {
  describe('keyboard', () => {
    it('opens and closes an answer with Enter and Space on its question', async () => {
      const faq = await faqFixture(three);
      faq.question('Does it hurt?').focus();
      await sendKeys({ press: 'Enter' });
      await faq.settled();
      expect(faq.openQuestions()).to.deep.equal(['Does it hurt?']);
      expect(faq.panelOf(faq.question('Does it hurt?')).hidden).to.equal(false);
      await sendKeys({ press: ' ' }); // the Space bar (Firefox's automation knows it only by its value)
      await faq.settled();
      expect(faq.openQuestions()).to.deep.equal([]);
      expect(faq.panelOf(faq.question('Does it hurt?')).hasAttribute('hidden')).to.equal(true);
    });

    it('moves between questions with Down and Up, wrapping at the ends', async () => {
      const faq = await faqFixture(three);
      faq.question('What is Botox?').focus();
      await sendKeys({ press: 'ArrowDown' });
      expect(faq.focused()).to.equal(faq.question('Does it hurt?'));
      await sendKeys({ press: 'ArrowDown' });
      await sendKeys({ press: 'ArrowDown' });
      expect(faq.focused()).to.equal(faq.question('What is Botox?'));
      await sendKeys({ press: 'ArrowUp' });
      expect(faq.focused()).to.equal(faq.question('How long does it last?'));
    });

    it('jumps to the first and last question with Home and End', async () => {
      const faq = await faqFixture(three);
      faq.question('Does it hurt?').focus();
      await sendKeys({ press: 'End' });
      expect(faq.focused()).to.equal(faq.question('How long does it last?'));
      await sendKeys({ press: 'Home' });
      expect(faq.focused()).to.equal(faq.question('What is Botox?'));
    });

    it('leaves arrow keys alone inside an open answer', async () => {
      const faq = await faqFixture(three);
      faq.question('Does it hurt?').click();
      await faq.settled();
      const link = faq.panelOf(faq.question('Does it hurt?')).querySelector('a')!;
      link.focus();
      await sendKeys({ press: 'ArrowDown' });
      expect(faq.focused()).to.equal(link);
    });

    it('tabs from a question into its open answer, then to the next question', async () => {
      const faq = await faqFixture(three);
      faq.question('Does it hurt?').click();
      await faq.settled();
      faq.question('Does it hurt?').focus();
      await sendKeys({ press: 'Tab' });
      expect(faq.focused()?.textContent).to.equal('More');
    });

    it('fires blush-faq-toggle with the id and state when a key opens an answer', async () => {
      const faq = await faqFixture(three);
      faq.question('How long does it last?').focus();
      const event = oneEvent(faq.el, 'blush-faq-toggle');
      await sendKeys({ press: 'Enter' });
      const { detail, bubbles, composed } = await event;
      expect(detail).to.deep.equal({ id: 'how-long-does-it-last', open: true });
      expect(bubbles && composed).to.equal(true);
    });

    it('moves from the search field to the first match with Down, and clears it with Escape', async () => {
      const faq = await faqFixture(html`<blush-faq searchable>
        <details><summary>What is Botox?</summary>A muscle relaxer.</details>
        <details><summary>Does it hurt?</summary>A brief pinch.</details>
      </blush-faq>`);
      faq.search()!.focus();
      await sendKeys({ type: 'hurt' });
      await faq.el.updateComplete;
      expect(faq.questionTexts()).to.deep.equal(['Does it hurt?']);
      await sendKeys({ press: 'Escape' });
      await faq.el.updateComplete;
      expect(faq.search()!.value).to.equal('');
      expect(faq.questionTexts()).to.have.length(2);
      await sendKeys({ press: 'ArrowDown' });
      expect(faq.focused()).to.equal(faq.question('What is Botox?'));
    });
  });
});
