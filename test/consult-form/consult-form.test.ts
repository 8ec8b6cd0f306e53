import { expect, fixture, oneEvent } from '@open-wc/testing';
import { handOffToConsultForm } from '../../src/core/handoff.js';
import type { BlushConsultErrorEvent, BlushConsultForm } from '../../src/consult-form/index.js';
import { captureWarnings } from '../helpers/warnings.js';
import {
  VALID,
  consultForm,
  control,
  endpoint,
  fill,
  newRun,
  ready,
  serverLog,
  submitButton,
  summary,
  tabAway,
} from '../helpers/consult-form-harness.js';
import { eventually } from '../helpers/wait.js';

describe('<blush-consult-form>', () => {
  describe('fields', () => {
    it('renders its inputs in its own light DOM inside one form', async () => {
      const el = await consultForm();
      const forms = el.querySelectorAll('form');
      expect(forms).to.have.length(1);
      expect(forms[0].elements.namedItem('email')).to.equal(control(el, 'email'));
      expect(forms[0].elements.namedItem('privacy')).to.equal(control(el, 'privacy'));
      expect(el.shadowRoot!.querySelector('input')).to.equal(null);
    });

    it('offers the whole treatment catalog by default and a chosen list with treatments=""', async () => {
      const all = await consultForm();
      expect(all.querySelectorAll('[name="treatments"]').length).to.be.greaterThan(10);
      const some = await consultForm('treatments="botox filler-lips"');
      expect([...some.querySelectorAll<HTMLInputElement>('[name="treatments"]')].map((box) => box.value)).to.deep.equal([
        'botox',
        'filler-lips',
      ]);
      expect(some.querySelector('[value="filler-lips"]')!.closest('label')!.textContent).to.contain('Lip filler');
    });

    it('hides optional fields named in hide="" and shows a location only when locations are given', async () => {
      const el = await consultForm('hide="phone message referral sms email-opt-in"');
      for (const name of ['phone', 'message', 'referral', 'sms', 'emailOptIn', 'location'])
        expect(el.querySelector(`[name="${name}"]`), name).to.equal(null);
      const withPlaces = await consultForm('locations="Beverly Hills, Santa Monica"');
      expect([...control<HTMLSelectElement>(withPlaces, 'location').options].map((option) => option.text)).to.deep.equal([
        'Choose…',
        'Beverly Hills',
        'Santa Monica',
      ]);
    });

    it('marks required fields with required-fields="" and labels the rest optional', async () => {
      const el = await consultForm('required-fields="name email message"');
      expect(control(el, 'message').required).to.equal(true);
      expect(control(el, 'phone').required).to.equal(false);
      expect(el.querySelector(`label[for="${control(el, 'phone').id}"]`)!.textContent).to.contain('(optional)');
      expect(control(el, 'privacy').required, 'privacy is always required').to.equal(true);
    });

    it('links the privacy policy next to the submit button and leaves SMS consent unticked', async () => {
      const el = await consultForm('privacy-url="https://clinic.example/privacy" clinic-name="Maison Lumière"');
      const link = control(el, 'privacy').closest('label')!.querySelector('a')!;
      expect(link.href).to.equal('https://clinic.example/privacy');
      expect(control(el, 'privacy').closest('.bcf-end')).to.equal(submitButton(el).closest('.bcf-end'));
      expect(control(el, 'sms').checked).to.equal(false);
      expect(control(el, 'sms').closest('label')!.textContent).to.contain('Maison Lumière');
      expect(control(el, 'sms').closest('label')!.textContent).to.contain('Message and data rates may apply');
    });

    it('puts page-provided extra fields and the CAPTCHA between the fields and the consents', async () => {
      const el = await consultForm(
        '',
        '<div slot="extra"><label for="x1">Insurance</label><input id="x1" name="insurance"></div><div slot="captcha">captcha</div>',
      );
      const slots = [...el.shadowRoot!.querySelectorAll('slot')].map((slot) => slot.name);
      expect(slots).to.deep.equal(['form', 'extra', 'captcha', 'end']);
      expect(el.querySelector('[slot="extra"]')!.assignedSlot!.name).to.equal('extra');
    });
  });

  describe('validation', () => {
    it('shows a message on a required field after it is left empty, tied by aria-describedby', async () => {
      const el = await consultForm();
      const first = control(el, 'firstName');
      await tabAway(first);
      expect(document.activeElement).to.equal(control(el, 'lastName'));
      // Key events reach some engines a moment after the command returns.
      await eventually(() => first.getAttribute('aria-invalid') === 'true', undefined, { timeout: 2000 });
      const describedBy = first.getAttribute('aria-describedby')!;
      expect(el.querySelector(`#${describedBy}`)!.textContent).to.equal('Enter your first name');
      await expect(el).to.be.accessible();
    });

    it('shows an error summary that takes focus and links to each field on submit', async () => {
      const el = await consultForm();
      const invalid = oneEvent(el, 'blush-consult-error') as Promise<BlushConsultErrorEvent>;
      submitButton(el).click();
      const event = await invalid;
      await el.updateComplete;
      expect(event.detail.reason).to.equal('invalid');
      expect(event.detail.fields).to.include.members(['firstName', 'email', 'privacy']);
      const box = summary(el)!;
      expect(document.activeElement).to.equal(box);
      const link = box.querySelector<HTMLAnchorElement>(`a[data-field="email"]`)!;
      expect(link.textContent).to.equal('Enter your email address');
      link.click();
      expect(document.activeElement).to.equal(control(el, 'email'));
      expect(location.hash).to.equal('');
      await expect(el).to.be.accessible();
    });

    it('checks email format and normalises US phone numbers as (310) 555-0142', async () => {
      const el = await consultForm();
      await fill(el, { email: 'olivia@example', phone: '1-310-555-0142' });
      await tabAway(control(el, 'email'));
      await tabAway(control(el, 'phone'));
      await eventually(() => control(el, 'phone').value === '(310) 555-0142', undefined, { timeout: 2000 });
      expect(control(el, 'phone').getAttribute('aria-invalid')).to.equal('false');
      expect(el.querySelector(`#${control(el, 'email').id}-error`)!.textContent).to.contain('name@example.com');
      await fill(el, { phone: '555-0142' });
      await tabAway(control(el, 'phone'));
      await eventually(() => !!el.querySelector(`#${control(el, 'phone').id}-error`), undefined, { timeout: 2000 });
      expect(el.querySelector(`#${control(el, 'phone').id}-error`)!.textContent).to.contain('10 digits');
    });

    it("clears a field's message as soon as it is corrected", async () => {
      const el = await consultForm();
      submitButton(el).click();
      await oneEvent(el, 'blush-consult-error');
      await fill(el, { firstName: 'Ana' });
      expect(control(el, 'firstName').getAttribute('aria-invalid')).to.equal('false');
      expect(el.querySelector(`#${control(el, 'firstName').id}-error`)).to.equal(null);
    });
  });

  describe('prefill', () => {
    it("ticks treatments and sets the earliest date from prefill() without undoing the visitor's choices", async () => {
      const el = await consultForm('treatments="botox filler-lips"');
      await fill(el, { treatments: ['filler-lips'], preferredDate: '2027-01-10' });
      el.prefill({ treatments: ['botox', 'daxxify', 'not-a-treatment'], preferredDate: '2027-02-01' });
      await eventually(() => !!el.querySelector('[value="daxxify"]:checked'));
      expect(control(el, 'treatments', 'botox').checked).to.equal(true);
      expect(control(el, 'treatments', 'filler-lips').checked).to.equal(true);
      expect(control(el, 'treatments', 'daxxify').checked, 'a hand-off adds a treatment the list lacked').to.equal(true);
      expect(control(el, 'preferredDate').value).to.equal('2027-01-10');
    });

    it('is reached by handOffToConsultForm, which moves focus into the form', async () => {
      const el = await consultForm();
      expect(handOffToConsultForm({ treatments: ['dysport'], preferredDate: '2027-03-04' })).to.equal(true);
      await el.updateComplete;
      await el.updateComplete;
      expect(control(el, 'treatments', 'dysport').checked).to.equal(true);
      expect(control(el, 'preferredDate').value).to.equal('2027-03-04');
      expect(document.activeElement).to.equal(control(el, 'firstName'));
    });

    it('ticks ?treatment= from the page URL', async () => {
      const before = location.href;
      history.replaceState(null, '', '?treatment=kybella,botox');
      try {
        const el = await consultForm();
        await el.updateComplete;
        expect(control(el, 'treatments', 'kybella').checked).to.equal(true);
        expect(control(el, 'treatments', 'botox').checked).to.equal(true);
      } finally {
        history.replaceState(null, '', before);
      }
    });
  });

  describe('privacy', () => {
    it('keeps nothing typed in storage or the URL unless draft is set', async () => {
      sessionStorage.clear();
      const el = await consultForm();
      await fill(el, { firstName: 'Olivia', email: 'olivia@example.com' });
      expect(sessionStorage.length).to.equal(0);
      expect(localStorage.getItem('blush-consult-draft')).to.equal(null);
      expect(location.href).not.to.contain('olivia');
      expect(el.querySelector('form')!.method).to.equal('post');
    });

    it('restores a session draft with draft and clears it after a successful request', async () => {
      sessionStorage.clear();
      const run = newRun();
      const form = await fixture<BlushConsultForm>(
        `<blush-consult-form id="d1" draft min-fill-time="0" action="${endpoint(run, '200')}"></blush-consult-form>`,
      );
      await ready(form);
      await fill(form, { firstName: 'Olivia', message: 'Hello', privacy: true });
      form.remove();
      const again = await fixture(
        `<blush-consult-form id="d1" draft min-fill-time="0" action="${endpoint(run, '200')}"></blush-consult-form>`,
      );
      const restored = again as typeof form;
      await eventually(() => control(restored, 'firstName').value !== '');
      expect(control(restored, 'firstName').value).to.equal('Olivia');
      expect(control<HTMLTextAreaElement>(restored, 'message').value).to.equal('Hello');
      expect(control(restored, 'privacy').checked, 'consent is never restored').to.equal(false);
      await fill(restored, VALID);
      const sent = oneEvent(restored, 'blush-consult-success');
      submitButton(restored).click();
      await sent;
      expect(sessionStorage.length).to.equal(0);
      expect((await serverLog(run)).submissions).to.have.length(1);
    });
  });

  describe('bad input', () => {
    it('warns once about unknown field names and treatment ids, and still renders', async () => {
      const warnings = captureWarnings();
      try {
        const el = await consultForm('hide="fax" treatments="botox botx"');
        el.requestUpdate();
        await el.updateComplete;
        expect(warnings.messages.filter((text) => text.includes('hide="fax"'))).to.have.length(1);
        expect(
          warnings.messages.some((text) => text.startsWith('[blush-consult-form] treatments="botox botx"') && text.includes('botx')),
        ).to.equal(true);
        expect(el.querySelectorAll('[name="treatments"]')).to.have.length(1);
      } finally {
        warnings.restore();
      }
    });

    it('refuses a javascript: action with a warning and keeps the values', async () => {
      const warnings = captureWarnings();
      try {
        const el = await consultForm('action="javascript:alert(1)" phone="(310) 555-0142"');
        await fill(el, VALID);
        const failure = oneEvent(el, 'blush-consult-error');
        submitButton(el).click();
        await failure;
        await el.updateComplete;
        expect(warnings.messages.some((text) => text.includes('action="javascript:alert(1)"'))).to.equal(true);
        expect(control(el, 'firstName').value).to.equal('Olivia');
        expect(el.getAttribute('state')).to.equal('failed');
      } finally {
        warnings.restore();
      }
    });

    it('warns about headers that are not JSON and still sends', async () => {
      const warnings = captureWarnings();
      const run = newRun();
      try {
        const el = await consultForm(`action="${endpoint(run, '200')}" headers="X-Key: 1"`);
        await fill(el, VALID);
        submitButton(el).click();
        await oneEvent(el, 'blush-consult-success');
        expect(warnings.messages.some((text) => text.includes('headers="X-Key: 1" is not JSON'))).to.equal(true);
      } finally {
        warnings.restore();
      }
    });
  });

  describe('accessibility', () => {
    it('passes axe when empty', async () => {
      const el = await consultForm('locations="Beverly Hills, Santa Monica" privacy-url="/privacy"');
      await expect(el).to.be.accessible();
    });

    it('passes axe once sent', async () => {
      const run = newRun();
      const el = await consultForm(`action="${endpoint(run, '200')}"`);
      await fill(el, VALID);
      submitButton(el).click();
      await oneEvent(el, 'blush-consult-success');
      await el.updateComplete;
      expect(el.querySelector('.bcf-sent-title')!.textContent).to.contain('Thank you');
      await expect(el).to.be.accessible();
    });
  });
});
