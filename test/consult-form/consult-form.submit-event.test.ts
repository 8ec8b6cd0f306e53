import { expect, oneEvent } from '@open-wc/testing';
import type { BlushConsultErrorEvent, BlushConsultSubmitEvent } from '../../src/consult-form/index.js';
import {
  VALID,
  consultForm,
  control,
  endpoint,
  fill,
  newRun,
  serverLog,
  statusText,
  submitButton,
} from '../helpers/consult-form-harness.js';

/** Every outcome event the form fires, in order. */
function outcomesOf(element: HTMLElement): string[] {
  const seen: string[] = [];
  for (const name of ['blush-consult-success', 'blush-consult-error'] as const) element.addEventListener(name, () => seen.push(name));
  return seen;
}

describe('<blush-consult-form>', () => {
  describe('a page that sends the request itself', () => {
    it('shows "Sent" when the page cancels blush-consult-submit and its waitUntil() promise resolves', async () => {
      const run = newRun();
      const el = await consultForm(`action="${endpoint(run, '200')}"`);
      await fill(el, VALID);
      let received: BlushConsultSubmitEvent['detail'] | undefined;
      el.addEventListener('blush-consult-submit', (event) => {
        event.preventDefault();
        received = event.detail;
        event.detail.waitUntil(new Promise((resolve) => setTimeout(resolve, 50)));
      });
      submitButton(el).click();
      await oneEvent(el, 'blush-consult-success');
      expect(received!.data.email).to.equal('olivia@example.com');
      expect(received!.idempotencyKey).to.be.a('string');
      expect((await serverLog(run)).attempts).to.have.length(0);
      expect(el.getAttribute('state')).to.equal('sent');
    });

    it('shows "could not send" and keeps every value when the waitUntil() promise rejects', async () => {
      const run = newRun();
      const el = await consultForm(`action="${endpoint(run, '200')}" phone="(310) 555-0142"`);
      await fill(el, { ...VALID, message: 'Cheek filler question', treatments: ['filler-cheeks'] });
      el.addEventListener('blush-consult-submit', (event) => {
        event.preventDefault();
        event.detail.waitUntil(new Promise((_, reject) => setTimeout(() => reject(new Error('CRM is down')), 50)));
      });
      const outcomes = outcomesOf(el);
      const failure = oneEvent(el, 'blush-consult-error') as Promise<BlushConsultErrorEvent>;
      submitButton(el).click();
      const event = await failure;
      await el.updateComplete;
      expect(event.detail).to.include({ reason: 'network', attempts: 1 });
      expect(event.detail.fields).to.deep.equal([]);
      expect(outcomes).to.deep.equal(['blush-consult-error']);
      expect(el.getAttribute('state')).to.equal('failed');
      expect(statusText(el)).to.contain('could not send');
      expect(el.querySelector('.bcf-retry'), '"Try again" is offered').to.exist;
      expect(submitButton(el).getAttribute('aria-disabled')).not.to.equal('true');
      for (const [name, value] of Object.entries({
        firstName: 'Olivia',
        lastName: 'Martínez',
        email: 'olivia@example.com',
        phone: '310.555.0142',
      })) {
        expect(control(el, name).value, name).to.equal(value);
      }
      expect(control<HTMLTextAreaElement>(el, 'message').value).to.equal('Cheek filler question');
      expect(control(el, 'treatments', 'filler-cheeks').checked).to.equal(true);
      expect(control(el, 'adult').checked).to.equal(true);
      expect(control(el, 'privacy').checked).to.equal(true);
      expect((await serverLog(run)).attempts, 'the form does not send it as well').to.have.length(0);
    });

    it('treats cancelling without waitUntil() as a veto: nothing sent, no outcome, editable again with every value kept', async () => {
      const run = newRun();
      const el = await consultForm(`action="${endpoint(run, '200')}"`);
      await fill(el, { ...VALID, message: 'Botox consult' });
      let vetoes = 0;
      const veto = (event: Event) => {
        vetoes++;
        event.preventDefault();
      };
      el.addEventListener('blush-consult-submit', veto);
      const outcomes = outcomesOf(el);
      submitButton(el).click();
      expect(vetoes).to.equal(1);
      await el.updateComplete;
      expect(el.getAttribute('state')).to.equal('idle');
      expect(statusText(el), 'no "Sending…" left behind').to.equal('');
      expect(submitButton(el).getAttribute('aria-disabled')).not.to.equal('true');
      expect(control(el, 'email').value).to.equal('olivia@example.com');
      expect(control<HTMLTextAreaElement>(el, 'message').value).to.equal('Botox consult');
      expect(control(el, 'privacy').checked).to.equal(true);
      submitButton(el).click();
      expect(vetoes, 'a second submit is not blocked as busy').to.equal(2);
      expect(outcomes).to.deep.equal([]);
      // A third submit, not vetoed, is sent: once it has landed, anything the vetoed ones had sent would show too.
      el.removeEventListener('blush-consult-submit', veto);
      submitButton(el).click();
      await oneEvent(el, 'blush-consult-success');
      expect(outcomes).to.deep.equal(['blush-consult-success']);
      expect((await serverLog(run)).attempts).to.have.length(1);
    });
  });
});
