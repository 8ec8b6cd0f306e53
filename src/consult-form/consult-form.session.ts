import type { BlushEventDetail } from '../core/events.js';
import { track } from '../core/analytics.js';
import { safeHttpUrl } from '../core/safe-url.js';
import { quote } from '../core/warn.js';
import { prefersReducedMotion } from '../core/motion.js';
import type { BlushConsultForm } from './consult-form.js';
import { deliver, requestFor, type DeliveryOutcome } from './consult-form.delivery.js';
import type { ConsultPrefill } from '../core/handoff.js';
import { getTreatment } from '../core/catalog.js';
import { later, laterStyles } from './consult-form.later.js';
import { buildPayload } from './consult-form.payload.js';
import type { ConsultPayload, ConsultStatus, FormState, FormView, Values } from './consult-form.model.js';
import { fieldForServerName, formatPhone, newIdempotencyKey, normalizePhone, parseServerErrors } from './consult-form.rules.js';
import { check, readControls, writeControls } from './consult-form.values.js';

export { later };
export { enNotices } from './consult-form.notices.js';

/** The element as a plain HTML element with the settings the session reads: none of its own methods. */
export type SessionElement = HTMLElement &
  Pick<
    BlushConsultForm,
    | 'draft'
    | 'minFillTime'
    | 'action'
    | 'headers'
    | 'encoding'
    | 'timeout'
    | 'retries'
    | 'retryFor'
    | 'retryDelay'
    | 'maxRetryDelay'
    | 'idempotencyHeader'
    | 'successUrl'
    | 'consentVersion'
    | 'attribution'
  >;

/** What the element lends the session: its settings, its form, its state object, and its protected helpers. */
export interface SessionHost {
  element: SessionElement;
  form: HTMLFormElement;
  state: FormState;
  startedAt: number;
  view(): FormView;
  /** Re-renders and resolves once the DOM shows `state`. */
  update(): Promise<unknown>;
  emit<K extends 'blush-consult-submit' | 'blush-consult-success' | 'blush-consult-error'>(
    name: K,
    detail: BlushEventDetail<K>,
    options?: { cancelable?: boolean },
  ): boolean;
  warn(message: string): void;
}

/**
 * Everything that happens once the visitor starts: checking fields, the error summary, the draft,
 * and sending. Loaded on the first focus, input or submit, so a page that only shows the form
 * downloads none of it.
 */
export class Session {
  #busy = false;
  #key = '';
  #signature = '';
  #consentAt: Record<string, string> = {};
  /** Fields carrying the endpoint's message: kept until the visitor edits them, not cleared on blur. */
  #serverErrors = new Set<string>();

  constructor(readonly host: SessionHost) {
    const root = host.element.getRootNode() as Document | ShadowRoot;
    const sheet = laterStyles.styleSheet;
    if (sheet && 'adoptedStyleSheets' in root && !root.adoptedStyleSheets.includes(sheet))
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    if (host.element.draft) {
      try {
        const saved = sessionStorage.getItem(this.#draftKey());
        if (saved) writeControls(host.form, JSON.parse(saved));
      } catch {
        /* storage blocked or a damaged draft: start empty */
      }
    }
  }

  /** See `BlushConsultForm.prefill`: adds treatments the form does not offer, then ticks and fills. */
  async prefill(data: ConsultPrefill): Promise<void> {
    const ids = (data?.treatments ?? []).map((id) => getTreatment(id)?.id).filter((id): id is string => !!id);
    const offered = new Set(this.host.view().treatments.map((t) => t.id));
    const missing = ids.filter((id) => !offered.has(id));
    if (missing.length) await this.#set({ added: [...this.host.state.added, ...missing] });
    const values: Values = { treatments: ids };
    if (typeof data?.preferredDate === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(data.preferredDate))
      values.preferredDate = data.preferredDate;
    writeControls(this.host.form, values);
  }

  /** Receives the form's focusout, input, change, click and submit events. */
  handle(event: Event): void {
    if (event.type === 'focusout') this.#focusOut(event as FocusEvent);
    else if (event.type === 'submit') this.#submit(event);
    else if (event.type === 'click') this.#summaryClick(event);
    else if (event.type !== 'focusin') this.#input(event);
  }

  #set(changes: Partial<FormState>): Promise<unknown> {
    Object.assign(this.host.state, changes);
    return this.host.update();
  }

  /** The page's named controls in `slots`: slotted directly (`<input slot="extra" name>`) or inside a slotted wrapper. */
  #slotted(slots: string, name = '[name]'): NodeListOf<HTMLElement> {
    return this.host.element.querySelectorAll(`:scope > :is(${slots})${name}, :scope > :is(${slots}) ${name}`);
  }

  #values(): Values {
    return readControls([...this.host.form.elements, ...this.#slotted('[slot=extra], [slot=captcha]')]);
  }

  #check(values: Values, only?: string): Record<string, string> {
    const errors = check(values, this.host.view(), this.#slotted('[slot=extra]'));
    return only ? { ...this.host.state.errors, [only]: errors[only] ?? '' } : errors;
  }

  #fieldOf(target: EventTarget | null): string | undefined {
    const name = (target as HTMLInputElement | null)?.name;
    if (!name || name === 'preferredDate') return undefined;
    return name === 'days' || name === 'times' ? 'timing' : name;
  }

  #focusOut(event: FocusEvent): void {
    const field = this.#fieldOf(event.target);
    const group = (event.target as Element).closest('fieldset');
    // Moving between the boxes of one group is not leaving the field yet.
    if (
      !field ||
      (group && group.contains(event.relatedTarget as Node)) ||
      this.#serverErrors.has(field) ||
      this.host.state.status === 'sent'
    )
      return;
    const target = event.target as HTMLInputElement;
    const phone = field === 'phone' && normalizePhone(target.value);
    if (phone) target.value = formatPhone(phone);
    this.#set({ errors: this.#check(this.#values(), field) });
  }

  #input(event: Event): void {
    const field = this.#fieldOf(event.target);
    if ((field === 'privacy' || field === 'sms' || field === 'emailOptIn') && (event.target as HTMLInputElement).checked) {
      this.#consentAt[field] = new Date().toISOString();
    }
    if (field && this.host.state.errors[field]) {
      this.#serverErrors.delete(field);
      this.#set({ errors: this.#check(this.#values(), field) });
    }
    if (this.host.element.draft) {
      try {
        // Consents are given afresh, never restored from storage.
        const { bcf_trap: _trap, privacy: _privacy, sms: _sms, emailOptIn: _email, adult: _adult, ...values } = this.#values();
        sessionStorage.setItem(this.#draftKey(), JSON.stringify(values));
      } catch {
        /* storage full or blocked: the draft is a convenience */
      }
    }
  }

  #summaryClick(event: Event): void {
    const link = (event.target as Element).closest?.('a[data-field]');
    if (!link) return;
    // Focus the field itself; following the fragment would add it to the URL and history.
    event.preventDefault();
    const target =
      this.host.element.querySelector<HTMLElement>(`#${CSS.escape(link.getAttribute('href')!.slice(1))}`) ??
      this.#slotted('[slot=extra]', `[name="${CSS.escape(link.getAttribute('data-field')!)}"]`)[0];
    (target?.closest('fieldset') ?? target)?.scrollIntoView({ block: 'center' });
    target?.focus({ preventScroll: true });
  }

  #draftKey(): string {
    return `blush-consult-draft:${location.pathname}#${this.host.element.id}`;
  }

  async #showErrors(errors: Record<string, string>, formErrors: string[] = []): Promise<void> {
    await this.#set({ errors, formErrors, summary: true });
    this.host.form.querySelector<HTMLElement>('.bcf-summary')?.focus();
  }

  async #submit(event: Event): Promise<void> {
    event.preventDefault();
    const { host } = this;
    // Measured now, before any hold below, so the endpoint sees how fast the visitor really was.
    const fillTimeMs = Math.round(performance.now() - host.startedAt);
    if (this.#busy || host.state.status === 'sent') return;
    const values = this.#values();
    const errors = Object.fromEntries(Object.entries(this.#check(values)).filter(([, message]) => message));
    if (Object.keys(errors).length) {
      host.state.rejected = false;
      await this.#showErrors(errors);
      host.emit('blush-consult-error', { reason: 'invalid', attempts: 0, fields: Object.keys(errors) });
      return;
    }
    if (values.bcf_trap) {
      // A bot filled the hidden field: thank it and send nothing.
      this.#set({ errors: {}, formErrors: [], summary: false, status: 'sent' });
      return;
    }
    this.#busy = true;
    this.#set({ errors: {}, formErrors: [], summary: false, status: 'sending' }).then(() =>
      host.element
        .querySelector('.bcf-spinner')
        ?.animate({ transform: ['none', 'rotate(1turn)'] }, { duration: prefersReducedMotion() ? 3000 : 800, iterations: Infinity }),
    );
    const wait = host.element.minFillTime * 1000 - fillTimeMs;
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    const payload = this.#payload(values, fillTimeMs);
    const { meta, ...stable } = payload;
    const signature = JSON.stringify(stable, (key, value) => (key === 'at' ? undefined : value));
    // The same submission keeps its key across retries, "Try again" and going back online.
    if (signature !== this.#signature) this.#key = newIdempotencyKey();
    this.#signature = signature;
    let handled: Promise<unknown> | undefined;
    const proceed = host.emit(
      'blush-consult-submit',
      { data: payload, idempotencyKey: this.#key, waitUntil: (promise: Promise<unknown>) => void (handled = promise) },
      { cancelable: true },
    );
    if (!proceed) {
      if (!handled) return this.#finish('idle');
      const ok = await handled.then(
        () => true,
        () => false,
      );
      return this.#settle(ok ? { ok: true, status: 200, attempts: 1, body: null } : { ok: false, reason: 'network', attempts: 1 }, payload);
    }
    const url = safeHttpUrl(host.element.action);
    if (!url) {
      host.warn(
        `action=${quote(host.element.action ?? '')} is not an http(s) endpoint; set action="https://…" or handle blush-consult-submit.`,
      );
      return this.#settle({ ok: false, reason: 'rejected', attempts: 0 }, payload);
    }
    this.#settle(await this.#deliver(url, payload), payload);
  }

  #deliver(url: string, payload: ConsultPayload): Promise<DeliveryOutcome> {
    const { element } = this.host;
    let headers: Record<string, string> = {};
    try {
      headers = element.headers ? JSON.parse(element.headers) : {};
    } catch {
      this.host.warn(`headers=${quote(element.headers)} is not JSON; use headers='{"X-Api-Key":"…"}'.`);
    }
    const { timeout, retries, retryFor, retryDelay, maxRetryDelay, idempotencyHeader: keyHeader } = element;
    return deliver(
      requestFor(url, payload, {
        form: element.encoding === 'form',
        headers,
        key: this.#key,
        keyHeader,
        timeout,
        retries,
        retryFor,
        retryDelay,
        maxRetryDelay,
        onRetry: () => void (this.host.state.retrying || this.#set({ retrying: true })),
      }),
    );
  }

  #finish(status: ConsultStatus): void {
    this.#busy = false;
    this.#set({ status, retrying: false });
  }

  async #settle(outcome: DeliveryOutcome, payload: ConsultPayload): Promise<void> {
    const { host } = this;
    const server = parseServerErrors(outcome.body);
    const fields: Record<string, string> = {};
    const known = host.view().shown;
    for (const [name, message] of Object.entries(server.fields)) fields[fieldForServerName(name, known)] = message;
    if (outcome.ok && outcome.withoutKeyHeader) {
      host.warn(
        'idempotency-header is set, but the endpoint could only be reached without the Idempotency-Key header (its CORS preflight may not allow it), so the request went without; ' +
          'the key is also in the body as meta.idempotencyKey. Allow the header (Access-Control-Allow-Headers: Idempotency-Key), or remove idempotency-header.',
      );
    }
    if (outcome.ok && !Object.keys(fields).length && !server.form.length) {
      const treatments = payload.treatments ?? [];
      host.state.sentTreatments = treatments;
      this.#finish('sent');
      if (host.element.draft) sessionStorage.removeItem(this.#draftKey());
      host.emit('blush-consult-success', { treatments, attempts: outcome.attempts });
      // GA4's lead event, once, only once the clinic's endpoint (or the page's handler) accepted the
      // request; its event_id is the request's idempotency key, which the lead carries as
      // meta.idempotencyKey, so a server-side conversion can be deduplicated against it.
      track(host.element, 'generate_lead', { event_id: this.#key });
      const next = safeHttpUrl(host.element.successUrl);
      if (next) location.assign(next);
      else host.update().then(() => host.element.focus());
      return;
    }
    if (!outcome.ok && outcome.reason === 'offline') {
      this.#set({ status: 'offline', retrying: false });
      addEventListener(
        'online',
        () => this.#deliver(safeHttpUrl(host.element.action)!, payload).then((next) => this.#settle(next, payload)),
        { once: true },
      );
      return;
    }
    host.state.rejected = !outcome.ok && outcome.reason === 'rejected';
    // Asked to wait longer than the form does: say when to try again (the status line says it, in
    // the visitor's language, so the server's own words are not repeated above it).
    const wait = !outcome.ok ? outcome.retryAfterMs : undefined;
    host.state.waitMinutes = wait ? Math.max(1, Math.round(wait / 60_000)) : undefined;
    this.#finish('failed');
    this.#serverErrors = new Set(Object.keys(fields));
    if (Object.keys(fields).length || (server.form.length && !wait)) await this.#showErrors(fields, wait ? [] : server.form);
    host.emit('blush-consult-error', {
      reason: outcome.ok ? 'rejected' : outcome.reason,
      status: outcome.status,
      attempts: outcome.attempts,
      fields: Object.keys(fields),
    });
  }

  #payload(values: Values, fillTimeMs: number): ConsultPayload {
    const { element } = this.host;
    const view = this.host.view();
    return buildPayload(values, view, {
      consentVersion: element.consentVersion,
      consentAt: this.#consentAt,
      attribution: element.attribution,
      locale: view.locale,
      fillTimeMs,
    });
  }
}
