import { expect } from '@open-wc/testing';
import FakeTimers from '@sinonjs/fake-timers';
import { deliver, type DeliveryRequest } from '../../src/consult-form/consult-form.delivery.js';
import { backoffMs, normalizePhone, retryAfterMs } from '../../src/consult-form/consult-form.rules.js';

// The form's pure rules and its delivery loop, tested without the element. deliver() runs against a
// scripted fetch and a fake clock, so its retries, backoff and timeouts show without real waiting.
describe('consult-form rules', () => {
  describe('normalizePhone', () => {
    const valid: [string, string][] = [
      ['(310) 555-0142', '+13105550142'],
      ['310.555.0142', '+13105550142'],
      ['1 310 555 0142', '+13105550142'],
      ['+1 (310) 555-0142', '+13105550142'],
      ['  3105550142  ', '+13105550142'],
      ['+44 20 7946 0958', '+442079460958'],
      ['+44 7700 900123', '+447700900123'],
      ['+33 1 23 45 67 89', '+33123456789'],
    ];
    for (const [typed, e164] of valid) it(`reads "${typed}" as ${e164}`, () => expect(normalizePhone(typed)).to.equal(e164));

    const invalid: [string, string][] = [
      ['911', 'an emergency number'],
      ['(311) 555-0142', 'an N11 service code as area code'],
      ['(411) 555-0142', 'an N11 service code as area code'],
      ['(211) 555-0142', 'an N11 service code as area code'],
      ['(010) 555-0142', 'an area code starting with 0'],
      ['(310) 155-0142', 'an exchange starting with 1'],
      ['555-0142', 'too few digits'],
      ['310 555 01423', 'too many digits'],
      ['2 310 555 0142', 'an 11-digit number not starting with 1'],
      ['+44 12', 'an international number too short'],
      ['+44 1234 5678 9012 3456', 'an international number too long'],
      ['', 'nothing'],
      ['call me', 'no digits'],
    ];
    for (const [typed, why] of invalid) it(`refuses "${typed}": ${why}`, () => expect(normalizePhone(typed)).to.equal(null));
  });

  describe('retryAfterMs and backoffMs', () => {
    it('reads Retry-After as seconds or as a date, never negative', () => {
      const now = Date.UTC(2026, 0, 1, 12);
      expect(retryAfterMs('3', now)).to.equal(3000);
      expect(retryAfterMs('0', now)).to.equal(0);
      expect(retryAfterMs(new Date(now + 5000).toUTCString(), now)).to.equal(5000);
      expect(retryAfterMs(new Date(now - 5000).toUTCString(), now)).to.equal(0);
      expect(retryAfterMs('soon', now)).to.equal(null);
      expect(retryAfterMs(null, now)).to.equal(null);
    });

    it('backs off between half and all of a doubling step, capped', () => {
      for (let attempt = 0; attempt < 6; attempt++) {
        const step = Math.min(4000, 500 * 2 ** attempt);
        const wait = backoffMs(attempt, 500, 4000);
        expect(wait).to.be.within(step / 2, step);
      }
    });
  });

  describe('deliver() on a fake clock', () => {
    let clock: FakeTimers.InstalledClock;
    let realFetch: typeof fetch;
    let calls: { at: number; headers: Record<string, string> }[];

    /** Answers each attempt from the script: a status, 'network' (a failed fetch) or 'hang' (no answer until aborted). */
    function scriptFetch(script: (number | 'network' | 'hang' | [number, Record<string, string>])[]) {
      window.fetch = ((_url: string, init: RequestInit) => {
        calls.push({ at: clock.now, headers: init.headers as Record<string, string> });
        const step = script[Math.min(calls.length - 1, script.length - 1)];
        if (step === 'network') return Promise.reject(new TypeError('Failed to fetch'));
        if (step === 'hang')
          return new Promise((_resolve, reject) =>
            init.signal!.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))),
          );
        const [status, headers] = Array.isArray(step) ? step : [step, {}];
        // A plain answer object: a real Response reads its body in a browser task, outside the fake clock's order.
        const answer = {
          ok: status >= 200 && status < 300,
          status,
          headers: new Headers(headers),
          text: () => Promise.resolve(JSON.stringify({ status })),
        };
        return Promise.resolve(answer as unknown as Response);
      }) as typeof fetch;
    }

    const request = (overrides: Partial<DeliveryRequest> = {}): DeliveryRequest => ({
      url: '/leads',
      body: '{}',
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': 'k1' },
      timeoutMs: 10_000,
      retries: Infinity,
      retryForMs: 30_000,
      retryDelayMs: 1000,
      maxRetryDelayMs: 30_000,
      crossOrigin: false,
      ...overrides,
    });

    beforeEach(() => {
      calls = [];
      realFetch = window.fetch;
      clock = FakeTimers.install({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    });
    afterEach(() => {
      clock.uninstall();
      window.fetch = realFetch;
    });

    it('lands on the first answer with no wait', async () => {
      scriptFetch([200]);
      const outcome = await deliver(request());
      expect(outcome).to.include({ ok: true, status: 200, attempts: 1 });
      expect(calls.map((call) => call.at)).to.deep.equal([0]);
    });

    it('retries a 5xx with growing backoff and lands', async () => {
      scriptFetch([503, 502, 200]);
      const pending = deliver(request());
      await clock.runAllAsync();
      expect(await pending).to.include({ ok: true, attempts: 3 });
      const gaps = calls.slice(1).map((call, index) => call.at - calls[index].at);
      expect(gaps[0]).to.be.within(500, 1000);
      expect(gaps[1]).to.be.within(1000, 2000);
    });

    it('waits what a Retry-After asks, even past retryForMs; one asking longer than maxRetryDelayMs ends the retrying', async () => {
      scriptFetch([[503, { 'Retry-After': '7' }], [429, { 'Retry-After': '20' }], [429, { 'Retry-After': '15' }], 200]);
      const pending = deliver(request({ maxRetryDelayMs: 20_000 }));
      await clock.runAllAsync();
      expect(await pending).to.include({ ok: true, attempts: 4 });
      expect(calls.map((call) => call.at)).to.deep.equal([0, 7000, 27_000, 42_000]);
      calls = [];
      scriptFetch([[429, { 'Retry-After': '600' }], 200]);
      const refused = deliver(request({ maxRetryDelayMs: 20_000 }));
      await clock.runAllAsync();
      expect(await refused).to.include({ ok: false, reason: 'server', status: 429, attempts: 1 });
    });

    it('keeps retrying network errors and 5xx for at least retryForMs, saying so before each wait, then gives up', async () => {
      scriptFetch(['network', 500, 502, 'network', 503]);
      let retries = 0;
      const pending = deliver(request({ onRetry: () => retries++ }));
      await clock.runAllAsync();
      const outcome = await pending;
      expect(outcome).to.include({ ok: false, reason: 'server', status: 503 });
      const times = calls.map((call) => call.at);
      // The last attempt is the first that started after the 30 s window; every earlier one before it.
      expect(times.at(-1)).to.be.at.least(30_000);
      expect(times.at(-2)).to.be.below(30_000);
      expect(retries).to.equal(calls.length - 1);
      expect(outcome.attempts).to.equal(calls.length);
    });

    it('gives up on a hanging attempt at the timeout and retries it', async () => {
      scriptFetch(['hang', 200]);
      const pending = deliver(request({ timeoutMs: 5000 }));
      await clock.runAllAsync();
      expect(await pending).to.include({ ok: true, attempts: 2 });
      expect(calls[1].at - calls[0].at).to.be.within(5000 + 500, 5000 + 1000);
    });

    it('stops at once on a 4xx, and after its retries on the network', async () => {
      scriptFetch([422]);
      expect(await deliver(request())).to.include({ ok: false, reason: 'rejected', status: 422, attempts: 1 });
      calls = [];
      scriptFetch(['network']);
      const pending = deliver(request({ retries: 2 }));
      await clock.runAllAsync();
      expect(await pending).to.include({ ok: false, reason: 'network', attempts: 3 });
      expect(calls).to.have.length(3);
    });

    it('makes one more attempt without the Idempotency-Key header when a cross-origin endpoint never answered with it', async () => {
      scriptFetch(['network', 'network', 200]);
      const pending = deliver(request({ retries: 1, crossOrigin: true }));
      await clock.runAllAsync();
      expect(await pending).to.include({ ok: true, attempts: 3, withoutKeyHeader: true });
      expect(calls.map((call) => 'Idempotency-Key' in call.headers)).to.deep.equal([true, true, false]);
    });
  });
});
