import { expect, fixture, html } from '@open-wc/testing';
import '../../src/next-due/index.js';
import type { BlushNextDue } from '../../src/next-due/next-due.js';
import { nextDueHarness } from '../helpers/next-due-harness.js';

/** A stand-in for <blush-consult-form> that records what it is asked to prefill. */
class RecordingConsultForm extends HTMLElement {
  calls: unknown[] = [];
  connectedCallback() {
    this.tabIndex = -1;
  }
  prefill(data: unknown) {
    this.calls.push(data);
  }
}
customElements.define('blush-consult-form', RecordingConsultForm);

describe('<blush-next-due>', function () {
  // The first axe check in a page loads axe; on a shared two-core machine that alone can pass 10 s.
  this.timeout(30_000);
  describe('book', () => {
    it('links to the booking page with only the treatment id and the window’s first day', async () => {
      const el = await fixture<BlushNextDue>(html`<blush-next-due treatment="filler-lips" last-date="2026-03-01" today="2026-04-20"
        booking-url="https://glow.as.me/?appointmentType={treatment}&date={date}"></blush-next-due>`);
      const book = nextDueHarness(el).book() as HTMLAnchorElement;
      expect(book.localName).to.equal('a');
      expect(book.textContent).to.equal('Book your next visit');
      const url = new URL(book.href);
      expect([...url.searchParams]).to.deep.equal([
        ['appointmentType', 'filler-lips'],
        ['date', '2026-09-01'],
      ]);
      await expect(el).to.be.accessible();
    });

    it('books from today once the window has opened', async () => {
      const el = await fixture<BlushNextDue>(html`<blush-next-due treatment="botox" last-date="2026-01-10" today="2026-07-20"
        booking-url="https://calendly.com/glow/botox?month={month}&date={date}"></blush-next-due>`);
      expect(nextDueHarness(el).book()!.getAttribute('href')).to.equal('https://calendly.com/glow/botox?month=2026-07&date=2026-07-20');
    });

    it('hands over to the page’s consultation form, prefilled, scrolled to and focused', async () => {
      // The form goes in before the element, so the element sees it on its first render. (A plain
      // <div> fixture would wait for an animation frame, which a background test tab never gets.)
      const form = document.createElement('blush-consult-form') as unknown as RecordingConsultForm;
      document.body.append(form);
      const el = await fixture<BlushNextDue>(
        html`<blush-next-due treatment="botox" last-date="2026-03-01" today="2026-04-20"></blush-next-due>`,
      );
      const button = nextDueHarness(el).book() as HTMLButtonElement;
      expect(button.localName).to.equal('button');
      expect(button.textContent).to.equal('Request an appointment');
      button.click();
      expect(form.calls).to.deep.equal([{ treatments: ['botox'], preferredDate: '2026-06-01' }]);
      expect(document.activeElement).to.equal(form);
      await expect(el).to.be.accessible();
      form.remove();
    });

    it('offers no book action without a booking URL or a form on the page', async () => {
      const el = await fixture<BlushNextDue>(
        html`<blush-next-due treatment="botox" last-date="2026-03-01" today="2026-04-20"></blush-next-due>`,
      );
      expect(nextDueHarness(el).book()).to.equal(null);
    });
  });
});
