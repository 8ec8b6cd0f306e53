import { expect, oneEvent } from '@open-wc/testing';
import type { BlushConsultErrorEvent, BlushConsultSuccessEvent } from '../../src/consult-form/index.js';
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
  summary,
} from '../helpers/consult-form-harness.js';
import { captureWarnings } from '../helpers/warnings.js';
import { eventually } from '../helpers/wait.js';

describe('<blush-consult-form>', () => {
  describe('delivery to a real endpoint', () => {
    it('sends JSON once with an Idempotency-Key and shows the thank-you message', async () => {
      const run = newRun();
      const el = await consultForm(`action="${endpoint(run, '200')}" headers='{"X-Clinic":"maison"}'`);
      await fill(el, { ...VALID, treatments: ['botox', 'filler-lips'], message: 'Forehead lines' });
      const success = oneEvent(el, 'blush-consult-success') as Promise<BlushConsultSuccessEvent>;
      submitButton(el).click();
      const event = await success;
      const log = await serverLog(run);
      expect(log.attempts).to.have.length(1);
      expect(log.attempts[0].key).to.match(/^[\w-]{16,}$/);
      expect(log.attempts[0].contentType).to.equal('application/json');
      expect(log.attempts[0].headers['x-clinic']).to.equal('maison');
      const body = log.submissions[0].body;
      expect(body).to.include({
        firstName: 'Olivia',
        lastName: 'Martínez',
        email: 'olivia@example.com',
        phone: '+13105550142',
        message: 'Forehead lines',
      });
      expect(body.treatments).to.deep.equal(['botox', 'filler-lips']);
      expect(event.detail).to.deep.equal({ treatments: ['botox', 'filler-lips'], attempts: 1 });
      expect(JSON.stringify(event.detail)).not.to.contain('Olivia');
      await el.updateComplete;
      expect(el.getAttribute('state')).to.equal('sent');
      expect(el.querySelector('.bcf-sent-title')).to.equal(document.activeElement);
    });

    it('sends consent evidence: the exact words shown, their version and time', async () => {
      const run = newRun();
      const el = await consultForm(`action="${endpoint(run, '200')}" consent-version="2026-11" clinic-name="Maison Lumière"`);
      await fill(el, { ...VALID, sms: true });
      const smsLabel = control(el, 'sms').closest('label')!.textContent!.replace(/\s+/g, ' ').trim();
      submitButton(el).click();
      await eventually(async () => (await serverLog(run)).submissions.length === 1);
      const consent = (await serverLog(run)).submissions[0].body.consent as Record<
        string,
        { given: boolean; text: string; version: string; at: string }
      >;
      expect(consent.sms.given).to.equal(true);
      expect(consent.sms.text).to.equal(smsLabel);
      expect(consent.sms.text).to.contain('Reply STOP');
      expect(consent.emailOptIn.given).to.equal(false);
      expect(consent.privacy.version).to.equal('2026-11');
      expect(Date.parse(consent.privacy.at)).to.be.closeTo(Date.now(), 60_000);
    });

    it('sends form-encoded bodies when encoding="form"', async () => {
      const run = newRun();
      const el = await consultForm(`action="${endpoint(run, '200')}" encoding="form"`);
      await fill(el, { ...VALID, treatments: ['botox', 'kybella'] });
      submitButton(el).click();
      await eventually(async () => (await serverLog(run)).submissions.length === 1);
      const log = await serverLog(run);
      expect(log.attempts[0].contentType).to.equal('application/x-www-form-urlencoded');
      expect(log.submissions[0].body).to.include({ firstName: 'Olivia', email: 'olivia@example.com', 'consent.privacy.given': 'true' });
      expect(log.submissions[0].body.treatments).to.deep.equal(['botox', 'kybella']);
    });

    it('records a submission once when the answer is lost and the retry carries the same key', async () => {
      const run = newRun();
      const el = await consultForm(`action="${endpoint(run, 'drop,200')}"`);
      await fill(el, VALID);
      submitButton(el).click();
      await oneEvent(el, 'blush-consult-success');
      const log = await serverLog(run);
      expect(log.attempts.map((attempt) => attempt.step)).to.deep.equal(['drop', '200']);
      expect(log.attempts[0].key).to.equal(log.attempts[1].key);
      expect(log.submissions).to.have.length(1);
    });

    it('gives up on a hanging attempt after the timeout and retries with the same key', async () => {
      const run = newRun();
      const el = await consultForm(`action="${endpoint(run, 'hang,200')}" timeout="300"`);
      await fill(el, VALID);
      const sent = oneEvent(el, 'blush-consult-success');
      const started = performance.now();
      submitButton(el).click();
      await sent;
      expect(performance.now() - started).to.be.at.least(290);
      const log = await serverLog(run);
      // A busy machine may time out the retry too; what matters is hang first, then one key throughout.
      expect(log.attempts.map((attempt) => attempt.step).slice(0, 2)).to.deep.equal(['hang', '200']);
      expect(new Set(log.attempts.map((attempt) => attempt.key)).size).to.equal(1);
      expect(log.submissions).to.have.length(1);
    });

    it('retries 5xx with backoff and honours Retry-After on 429', async () => {
      const run = newRun();
      const el = await consultForm(`action="${endpoint(run, '503,429,200', '&retry-after=1')}"`);
      await fill(el, VALID);
      submitButton(el).click();
      await oneEvent(el, 'blush-consult-success');
      const log = await serverLog(run);
      expect(log.attempts.map((attempt) => attempt.step)).to.deep.equal(['503', '429', '200']);
      expect(log.attempts[2].at - log.attempts[1].at).to.be.at.least(950);
      expect(log.submissions).to.have.length(1);
    });

    it('does not retry before a Retry-After longer than max-retry-delay: it says at once when to try again, values kept', async () => {
      const run = newRun();
      const el = await consultForm(`action="${endpoint(run, '429,200', '&retry-after=120')}" max-retry-delay="200"`);
      await fill(el, VALID);
      const failure = oneEvent(el, 'blush-consult-error') as Promise<BlushConsultErrorEvent>;
      submitButton(el).click();
      expect((await failure).detail).to.include({ reason: 'server', status: 429, attempts: 1 });
      await el.updateComplete;
      expect((await serverLog(run)).attempts).to.have.length(1);
      expect(el.querySelector('.bcf-retry')).to.not.equal(null);
      expect(statusText(el)).to.equal(
        'Too many requests have come from this connection. Please try again in about 2 minutes; everything you entered is still here.',
      );
      expect(control(el, 'firstName').value).to.equal('Olivia');
    });

    it("does not retry a 4xx and shows the endpoint's field errors on their fields", async () => {
      const run = newRun();
      const el = await consultForm(`action="${endpoint(run, '422')}" phone="(310) 555-0142"`);
      await fill(el, VALID);
      const failure = oneEvent(el, 'blush-consult-error') as Promise<BlushConsultErrorEvent>;
      submitButton(el).click();
      const event = await failure;
      await el.updateComplete;
      expect((await serverLog(run)).attempts).to.have.length(1);
      expect(event.detail).to.include({ reason: 'rejected', status: 422, attempts: 1 });
      expect(event.detail.fields).to.have.members(['email', 'phone']);
      const email = control(el, 'email');
      expect(email.getAttribute('aria-invalid')).to.equal('true');
      expect(el.querySelector(`#${email.getAttribute('aria-describedby')!.split(' ').pop()}`)!.textContent).to.contain(
        'cannot receive mail',
      );
      expect(control(el, 'phone').getAttribute('aria-invalid')).to.equal('true');
      expect(summary(el)).to.equal(document.activeElement);
      expect(email.value).to.equal('olivia@example.com');
      email.dispatchEvent(new FocusEvent('focusout', { bubbles: true }));
      await el.updateComplete;
      expect(email.getAttribute('aria-invalid'), "leaving the field keeps the endpoint's message").to.equal('true');
      await fill(el, { email: 'olivia@example.org' });
      expect(email.getAttribute('aria-invalid'), 'editing it clears the message').to.equal('false');
    });

    it("maps Formspree's error list onto fields and keeps form-level messages in the summary", async () => {
      const run = newRun();
      const el = await consultForm(`action="${endpoint(run, '400')}"`);
      await fill(el, VALID);
      submitButton(el).click();
      await oneEvent(el, 'blush-consult-error');
      await el.updateComplete;
      expect(summary(el)!.textContent).to.contain('Formspree says this email is invalid.');
      expect(summary(el)!.textContent).to.contain('Form-level problem.');
      expect(control(el, 'email').getAttribute('aria-invalid')).to.equal('true');
    });

    it('keeps every value after retries run out, offers "Try again" with the same key, and shows the clinic phone', async function () {
      // Retries plus an axe pass take a while in WebKit on a busy machine.
      this.timeout(25_000);
      const run = newRun();
      const el = await consultForm(`action="${endpoint(run, '500,500,500,200')}" retries="2" phone="(310) 555-0142"`);
      await fill(el, { ...VALID, message: 'Lip filler question', treatments: ['filler-lips'], contactMethod: ['text'] });
      submitButton(el).click();
      const event = (await oneEvent(el, 'blush-consult-error')) as BlushConsultErrorEvent;
      await el.updateComplete;
      expect(event.detail).to.include({ reason: 'server', status: 500, attempts: 3 });
      expect(statusText(el)).to.contain('could not send');
      expect(el.querySelector<HTMLAnchorElement>('.bcf-fallback a')!.href).to.equal('tel:3105550142');
      // Left to right whatever the page's direction (a Persian page would show 0142-555 (310)).
      expect(el.querySelector<HTMLAnchorElement>('.bcf-fallback a')!.dir).to.equal('ltr');
      expect(control<HTMLTextAreaElement>(el, 'message').value).to.equal('Lip filler question');
      expect(control(el, 'treatments', 'filler-lips').checked).to.equal(true);
      expect(control(el, 'contactMethod', 'text').checked).to.equal(true);
      expect(control(el, 'firstName').value).to.equal('Olivia');
      await expect(el).to.be.accessible();
      el.querySelector<HTMLButtonElement>('.bcf-retry')!.click();
      await oneEvent(el, 'blush-consult-success');
      const log = await serverLog(run);
      expect(log.attempts).to.have.length(4);
      expect(new Set(log.attempts.map((attempt) => attempt.key)).size).to.equal(1);
      expect(log.submissions).to.have.length(1);
    });

    it('while retrying an HTML 500 it says it is still sending and that everything is kept, then lands once', async function () {
      this.timeout(25_000);
      const run = newRun();
      // Slow enough backoff to see the words between attempts.
      const el = await consultForm(`action="${endpoint(run, 'html500,html500,200')}" retry-delay="600"`);
      await fill(el, { ...VALID, message: 'Kept while retrying' });
      const success = oneEvent(el, 'blush-consult-success');
      submitButton(el).click();
      await eventually(() => statusText(el).includes('Still trying to send your request'), 'the retrying words');
      expect(statusText(el)).to.contain('Everything you entered is kept');
      expect(el.querySelector('.bcf-status')!.getAttribute('role')).to.equal('status');
      expect(submitButton(el).getAttribute('aria-disabled')).to.equal('true');
      expect(el.querySelector('.bcf-retry'), '"Try again" offered while still retrying').to.equal(null);
      expect(control<HTMLTextAreaElement>(el, 'message').value).to.equal('Kept while retrying');
      await success;
      const log = await serverLog(run);
      expect(log.attempts.map((attempt) => attempt.step)).to.deep.equal(['html500', 'html500', '200']);
      expect(new Set(log.attempts.map((attempt) => attempt.key)).size).to.equal(1);
      expect(log.submissions).to.have.length(1);
    });

    it('retries for 30 s by default, with no cap on the number of attempts', async () => {
      const el = await consultForm();
      const plain = document.createElement('blush-consult-form');
      expect([plain.retryFor, plain.retries]).to.deep.equal([30, undefined]);
      expect([el.retryFor, el.retries]).to.deep.equal([600, 3]);
    });

    it('sends once when the button is clicked twice and shows a busy state meanwhile', async function () {
      // Retries plus an axe pass take a while in WebKit on a busy machine.
      this.timeout(25_000);
      const run = newRun();
      const el = await consultForm(`action="${endpoint(run, 'hang,200')}" timeout="400"`);
      await fill(el, VALID);
      const clickedAt = performance.now();
      submitButton(el).click();
      submitButton(el).click();
      await el.updateComplete;
      expect(submitButton(el).getAttribute('aria-disabled')).to.equal('true');
      expect(statusText(el)).to.equal('Sending your request…');
      await expect(el).to.be.accessible();
      submitButton(el).click();
      await oneEvent(el, 'blush-consult-success');
      const log = await serverLog(run);
      // Two clicks, one submission: every attempt (a slow machine may need more than one retry) shares one key.
      expect(log.attempts[0].step).to.equal('hang');
      // A second click that sent again would get the server's 200 at once; the one submission can
      // only succeed on its retry, after the first attempt's 400 ms timeout. (Timed in the page:
      // on a busy machine the server may see the first request late, so its clock proves nothing.)
      expect(performance.now() - clickedAt).to.be.at.least(400);
      expect(new Set(log.attempts.map((attempt) => attempt.key)).size).to.equal(1);
      expect(log.submissions).to.have.length(1);
    });

    it('holds a submit made faster than min-fill-time until that time has passed, and reports the true fill time', async () => {
      const run = newRun();
      const beforeCreation = performance.now();
      const el = await consultForm(`action="${endpoint(run, '200')}" min-fill-time="2"`);
      const afterCreation = performance.now();
      await fill(el, VALID);
      const sent = oneEvent(el, 'blush-consult-success');
      const clickedAt = performance.now();
      const clickedAtWall = Date.now();
      submitButton(el).click();
      // WebKit may spend a while inside click() before it fires submit.
      const clickReturnedAt = performance.now();
      await sent;
      const log = await serverLog(run);
      const owed = 2000 - (clickedAt - beforeCreation);
      expect(owed, 'the test clicked well inside the minimum time').to.be.greaterThan(500);
      expect(log.attempts[0].at - clickedAtWall).to.be.at.least(owed - 50);
      // What the visitor really took, not the held time: the back end's spam signal.
      const { fillTimeMs } = log.submissions[0].body.meta as { fillTimeMs: number };
      // A few ms of slack: some engines coarsen performance.now().
      expect(fillTimeMs).to.be.within(Math.floor(clickedAt - afterCreation) - 2, Math.ceil(clickReturnedAt - beforeCreation) + 5);
      expect(fillTimeMs, 'faster than the minimum, as the visitor really was').to.be.below(2000);
    });

    it('says it is offline, keeps the request, and sends it once the connection returns', async function () {
      // Retries plus an axe pass take a while in WebKit on a busy machine.
      this.timeout(25_000);
      const run = newRun();
      const el = await consultForm(`action="${endpoint(run, '200')}"`);
      await fill(el, VALID);
      // Simulated: the browser's online flag and event. (Chromium's DevTools offline mode would
      // also cut the test runner's own connection.)
      Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => false });
      const sent = oneEvent(el, 'blush-consult-success');
      try {
        submitButton(el).click();
        await eventually(() => el.getAttribute('state') === 'offline');
        expect(statusText(el)).to.contain('You are offline');
        expect(submitButton(el).getAttribute('aria-disabled')).to.equal('true');
        await expect(el).to.be.accessible();
      } finally {
        delete (navigator as { onLine?: boolean }).onLine;
      }
      expect((await serverLog(run)).attempts, 'nothing is tried while offline').to.have.length(0);
      window.dispatchEvent(new Event('online'));
      await sent;
      const log = await serverLog(run);
      expect(log.attempts).to.have.length(1);
      expect(log.submissions[0].body.email).to.equal('olivia@example.com');
    });

    /** The endpoint on the other origin of the test server (localhost ↔ 127.0.0.1), so the browser applies CORS. */
    const otherOrigin = (href: string) => {
      const url = new URL(href, location.href);
      url.hostname = location.hostname === '127.0.0.1' ? 'localhost' : '127.0.0.1';
      return url.href;
    };

    it('reaches a hosted back end on another origin at once: no Idempotency-Key header, the key in the body, one request', async () => {
      const warnings = captureWarnings();
      try {
        const run = newRun();
        // CORS like Formspree's or Basin's: Content-Type and Accept allowed, Idempotency-Key not.
        const el = await consultForm(`action="${otherOrigin(endpoint(run, '200', '&cors=no-key'))}"`);
        await fill(el, VALID);
        submitButton(el).click();
        const success = await oneEvent(el, 'blush-consult-success');
        const log = await serverLog(run);
        expect(success.detail.attempts).to.equal(1);
        expect(log.attempts.map((attempt) => attempt.headerKey)).to.deep.equal(['']);
        // JSON asks CORS first (for Content-Type), never for a header the service did not list.
        expect(log.preflights).to.have.length(1);
        expect(log.preflights[0]).not.to.contain('idempotency-key');
        const meta = log.submissions[0].body.meta as Record<string, string>;
        expect(meta.idempotencyKey).to.match(/^[\w-]{16,}$/);
        expect(warnings.messages).to.deep.equal([]);
      } finally {
        warnings.restore();
      }
    });

    it('sends encoding="form" to another origin as a simple request: no preflight at all', async () => {
      const run = newRun();
      const el = await consultForm(`action="${otherOrigin(endpoint(run, '200', '&cors=no-key'))}" encoding="form"`);
      await fill(el, VALID);
      submitButton(el).click();
      await oneEvent(el, 'blush-consult-success');
      const log = await serverLog(run);
      expect(log.preflights).to.deep.equal([]);
      expect(log.attempts).to.have.length(1);
      expect(log.attempts[0].contentType).to.equal('application/x-www-form-urlencoded');
      expect(log.submissions[0].body['meta.idempotencyKey']).to.match(/^[\w-]{16,}$/);
    });

    it('with idempotency-header, gets through to another origin whose CORS refuses the header after all, with one warning', async () => {
      const warnings = captureWarnings();
      try {
        const run = newRun();
        const el = await consultForm(
          `action="${otherOrigin(endpoint(run, '200', '&cors=no-key'))}" idempotency-header retries="1" retry-delay="50"`,
        );
        await fill(el, VALID);
        submitButton(el).click();
        const success = await oneEvent(el, 'blush-consult-success');
        const log = await serverLog(run);
        // Both attempts with the header failed at the preflight; the last try went without it.
        expect(success.detail.attempts).to.equal(3);
        expect(log.attempts.map((attempt) => attempt.headerKey)).to.deep.equal(['']);
        expect(log.submissions).to.have.length(1);
        const meta = log.submissions[0].body.meta as Record<string, string>;
        expect(log.attempts[0].key).to.equal(meta.idempotencyKey);
        expect(warnings.messages.filter((message) => message.includes('Idempotency-Key'))).to.have.length(1);
      } finally {
        warnings.restore();
      }
    });

    it('with idempotency-header, keeps the header when a cross-origin answer is lost, so the server sees the same key', async () => {
      const run = newRun();
      const el = await consultForm(`action="${otherOrigin(endpoint(run, 'drop,200'))}" idempotency-header retry-delay="50"`);
      await fill(el, VALID);
      submitButton(el).click();
      await oneEvent(el, 'blush-consult-success');
      const log = await serverLog(run);
      expect(log.attempts.map((attempt) => attempt.step)).to.deep.equal(['drop', '200']);
      expect(new Set(log.attempts.map((attempt) => attempt.headerKey)).size).to.equal(1);
      expect(log.attempts[0].headerKey).to.not.equal('');
      expect(log.submissions).to.have.length(1);
    });

    it('without idempotency-header, retries a lost cross-origin answer with the same key in the body', async () => {
      const run = newRun();
      const el = await consultForm(`action="${otherOrigin(endpoint(run, 'drop,200'))}" retry-delay="50"`);
      await fill(el, VALID);
      submitButton(el).click();
      await oneEvent(el, 'blush-consult-success');
      const log = await serverLog(run);
      expect(log.attempts.map((attempt) => [attempt.step, attempt.headerKey])).to.deep.equal([
        ['drop', ''],
        ['200', ''],
      ]);
      expect(new Set(log.attempts.map((attempt) => attempt.key)).size).to.equal(1);
      expect(log.submissions).to.have.length(1);
    });

    it('sends nothing when the honeypot is filled, yet looks sent to the bot', async () => {
      const run = newRun();
      const el = await consultForm(`action="${endpoint(run, '200')}"`);
      await fill(el, { ...VALID, bcf_trap: 'http://spam.example' });
      // Any request would start (fetch called) before the form says "sent": count the calls rather than wait.
      const original = window.fetch;
      let requests = 0;
      window.fetch = (...args: Parameters<typeof fetch>) => (requests++, original(...args));
      try {
        submitButton(el).click();
        await eventually(() => el.getAttribute('state') === 'sent');
      } finally {
        window.fetch = original;
      }
      expect(requests).to.equal(0);
      expect((await serverLog(run)).attempts).to.have.length(0);
    });

    it('sends the CAPTCHA token from the captcha slot and extra fields from the extra slot', async () => {
      const run = newRun();
      const el = await consultForm(
        `action="${endpoint(run, '200')}"`,
        `<div slot="extra"><label for="ins">Insurance</label><input id="ins" name="insurance" value="None"></div>
         <div slot="captcha" class="cf-turnstile"><input type="hidden" name="cf-turnstile-response" value="token-123"></div>`,
      );
      await fill(el, VALID);
      submitButton(el).click();
      await eventually(async () => (await serverLog(run)).submissions.length === 1);
      const body = (await serverLog(run)).submissions[0].body;
      expect(body['cf-turnstile-response']).to.equal('token-123');
      expect(body.insurance).to.equal('None');
    });

    it("lists the problems in the order the form shows them: questions, the page's extra field, then the boxes, privacy last", async () => {
      const el = await consultForm(
        `action="${endpoint(newRun(), '200')}"`,
        `<label slot="extra" for="ins2">Insurance provider</label><input slot="extra" id="ins2" name="insurance" required>`,
      );
      const failure = oneEvent(el, 'blush-consult-error') as Promise<BlushConsultErrorEvent>;
      submitButton(el).click();
      expect((await failure).detail.fields).to.deep.equal(['firstName', 'lastName', 'email', 'phone', 'insurance', 'adult', 'privacy']);
      await el.updateComplete;
      const links = [...summary(el)!.querySelectorAll<HTMLAnchorElement>('a[data-field]')].map((link) => link.dataset.field);
      expect(links).to.deep.equal(['firstName', 'lastName', 'email', 'phone', 'insurance', 'adult', 'privacy']);
    });

    it('checks and sends extra fields slotted directly, without a wrapper', async () => {
      const run = newRun();
      const el = await consultForm(
        `action="${endpoint(run, '200')}"`,
        `<label slot="extra" for="ins">Insurance provider</label><input slot="extra" id="ins" name="insurance" required>
         <input slot="captcha" type="hidden" name="h-captcha-response" value="token-456">`,
      );
      await fill(el, VALID);
      const failure = oneEvent(el, 'blush-consult-error') as Promise<BlushConsultErrorEvent>;
      submitButton(el).click();
      expect((await failure).detail.fields).to.deep.equal(['insurance']);
      await el.updateComplete;
      const insurance = control(el, 'insurance');
      summary(el)!.querySelector<HTMLAnchorElement>('a[data-field="insurance"]')!.click();
      expect(document.activeElement, 'the summary link leads to the slotted field').to.equal(insurance);
      await fill(el, { insurance: 'Aetna' });
      submitButton(el).click();
      await eventually(async () => (await serverLog(run)).submissions.length === 1);
      const body = (await serverLog(run)).submissions[0].body;
      expect(body.insurance).to.equal('Aetna');
      expect(body['h-captcha-response']).to.equal('token-456');
    });

    it('goes to success-url once the endpoint accepts the request', async () => {
      const run = newRun();
      const page = location.href;
      const el = await consultForm(`action="${endpoint(run, '200')}" success-url="#thanks-${run}"`);
      await fill(el, VALID);
      let hashWhenSucceeded: string | undefined;
      el.addEventListener('blush-consult-success', () => (hashWhenSucceeded = location.hash));
      try {
        submitButton(el).click();
        // A fragment on this page: a real navigation that leaves the test page in place.
        await eventually(() => location.hash === `#thanks-${run}`);
        expect(location.href).to.equal(new URL(`#thanks-${run}`, page).href);
        expect(hashWhenSucceeded, 'listeners hear of the success before the page moves on').to.equal(new URL(page).hash);
        expect((await serverLog(run)).submissions).to.have.length(1);
      } finally {
        history.replaceState(history.state, '', page);
      }
    });

    it('sends attribution without query strings when asked to', async () => {
      const run = newRun();
      const el = await consultForm(`action="${endpoint(run, '200')}" attribution`);
      await fill(el, VALID);
      submitButton(el).click();
      await eventually(async () => (await serverLog(run)).submissions.length === 1);
      const attribution = (await serverLog(run)).submissions[0].body.attribution as Record<string, string>;
      expect(attribution.landingPage).to.equal(location.origin + location.pathname);
      expect(attribution.landingPage).not.to.contain('?');
    });
  });
});
