import { html, render } from 'lit';
import { property, state } from 'lit/decorators.js';
import { track } from '../core/analytics.js';
import { BlushElement } from '../core/blush-element.js';
import { getCatalog, getTreatment, type Treatment } from '../core/catalog.js';
import type { ConsultPrefill } from '../core/handoff.js';
import { safeHttpUrl, safeLinkUrl } from '../core/safe-url.js';
import { quote } from '../core/warn.js';
import { deliver, requestFor, type DeliveryOutcome } from './consult-form.delivery.js';
import { en, type ConsultFormMessages } from './consult-form.messages.js';
import {
  DEFAULT_REQUIRED,
  OPTIONAL_FIELDS,
  parseFieldList,
  fieldForServerName,
  formatPhone,
  newIdempotencyKey,
  normalizePhone,
  parseServerErrors,
  type ConsultPayload,
  type FieldId,
} from './consult-form.model.js';
import { buildPayload } from './consult-form.payload.js';
import { renderEnd, renderFields, type ConsultStatus, type FormView } from './consult-form.render.js';
import { hostStyles, lightStyles } from './consult-form.styles.js';
import { check, readControls, writeControls, type Values } from './consult-form.values.js';

let instances = 0;
let spanish: Promise<ConsultFormMessages> | undefined;
let es: ConsultFormMessages | undefined;
const styledRoots = new WeakSet<Document | ShadowRoot>();

/**
 * A consultation request form that reaches the clinic: validated, accessible, autofill-friendly,
 * retried with one idempotency key, and private by default.
 *
 * Its inputs live in the element's own light DOM (a `<form>` it renders), because Firefox's and
 * Safari's autofill and most password managers do not look inside shadow roots; its styles are
 * scoped to `blush-consult-form` and win over theme CSS without leaking out.
 *
 * @tag blush-consult-form
 * @slot extra - The page's own extra fields (labelled inputs with a `name`), sent with the request.
 * @slot captcha - A CAPTCHA widget; its token (`cf-turnstile-response`, `g-recaptcha-response`, `h-captcha-response`) is sent.
 * @csspart base - The column that holds the form, extra fields, CAPTCHA and actions.
 * @cssprop [--blush-accent] - Submit button and focus colour.
 * @cssprop [--blush-consult-form-gap=1.25rem] - Space between fields.
 * @fires {BlushConsultSubmitEvent} blush-consult-submit - Before sending, cancelable; carries the data.
 * @fires {BlushConsultSuccessEvent} blush-consult-success - The clinic's endpoint accepted the request.
 * @fires {BlushConsultErrorEvent} blush-consult-error - Invalid, rejected, or could not be delivered.
 */
export class BlushConsultForm extends BlushElement {
  static override styles = [...BlushElement.styles, hostStyles];

  /** The clinic's endpoint (`https://formspree.io/f/…`, a webhook, `/api/consult`). Requests are POSTed. */
  @property() action?: string;
  /** Body format: `json` (default) or `form` (`application/x-www-form-urlencoded`). */
  @property() encoding: 'json' | 'form' = 'json';
  /** Extra request headers as JSON, e.g. `{"X-Api-Key":"…"}`. */
  @property() headers?: string;
  /** Space-separated optional fields to leave out: `phone contact-method treatments location patient-type timing message referral adult sms email-opt-in`. */
  @property() hide?: string;
  /** Space-separated fields the visitor must fill. Default `name email phone adult privacy` (`privacy` is always required). */
  @property({ attribute: 'required-fields' }) requiredFields?: string;
  /** Space-separated catalog ids to offer under "treatments"; default: the whole shared catalog. */
  @property() treatments?: string;
  /** Comma-separated clinic locations; the location field shows only when set. */
  @property() locations?: string;
  /** The clinic's phone number, shown as a fallback when sending fails. */
  @property() phone?: string;
  /** Clinic name used in the SMS and email consent wording. */
  @property({ attribute: 'clinic-name' }) clinicName?: string;
  /** Link to the clinic's privacy policy, shown next to the submit button. */
  @property({ attribute: 'privacy-url' }) privacyUrl?: string;
  /** Where to go after a successful request; default: a thank-you message in place. */
  @property({ attribute: 'success-url' }) successUrl?: string;
  /** Version of the consent wording, sent with the consent evidence. */
  @property({ attribute: 'consent-version' }) consentVersion = '1';
  /** Milliseconds one attempt may take before it is abandoned and retried. */
  @property({ type: Number }) timeout = 15000;
  /** Further attempts after a network error, timeout, 5xx or 429. */
  @property({ type: Number }) retries = 3;
  /** First backoff step in milliseconds; doubles each retry, with jitter. */
  @property({ type: Number, attribute: 'retry-delay' }) retryDelay = 1000;
  /** Longest wait between attempts in milliseconds, also capping a server's `Retry-After`. */
  @property({ type: Number, attribute: 'max-retry-delay' }) maxRetryDelay = 30000;
  /** Seconds a visitor must spend before a request is sent (bots submit instantly); a faster submit is held until then. */
  @property({ type: Number, attribute: 'min-fill-time' }) minFillTime = 2;
  /** Send UTM parameters, referrer and landing page with the request. */
  @property({ type: Boolean }) attribution = false;
  /** Keep a draft in `sessionStorage` for this tab until the request is sent. Off by default: nothing typed is stored. */
  @property({ type: Boolean }) draft = false;

  @state() private status: ConsultStatus = 'idle';
  @state() private errors: Record<string, string> = {};
  @state() private formErrors: string[] = [];
  @state() private summary = false;
  @state() private rejected = false;
  @state() private added: string[] = [];

  readonly #uid = `bcf${++instances}`;
  #form?: HTMLFormElement;
  #end?: HTMLDivElement;
  #startedAt = performance.now();
  #busy = false;
  #key = '';
  #signature = '';
  #consentAt: Record<string, string> = {};
  #pending: ConsultPrefill[] = [];
  /** Fields carrying the endpoint's message: kept until the visitor edits them, not cleared on blur. */
  #serverErrors = new Set<string>();
  #restored = false;

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.#form) {
      this.#form = Object.assign(document.createElement('form'), { id: this.#uid, className: 'bcf', noValidate: true, slot: 'form' });
      this.#end = Object.assign(document.createElement('div'), { className: 'bcf bcf-end', slot: 'end' });
      this.#form.method = 'post';
      this.#form.addEventListener('submit', this.#handleSubmit);
      for (const part of [this.#form, this.#end]) {
        part.addEventListener('focusout', this.#handleFocusOut as EventListener);
        part.addEventListener('input', this.#handleInput);
        part.addEventListener('change', this.#handleInput);
        part.addEventListener('click', this.#handleSummaryClick as EventListener);
      }
    }
    this.append(this.#form, this.#end!);
    const root = this.getRootNode() as Document | ShadowRoot;
    if (!styledRoots.has(root) && lightStyles.styleSheet && 'adoptedStyleSheets' in root) {
      styledRoots.add(root);
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, lightStyles.styleSheet];
    }
  }

  /** Moves focus to the first field (or the thank-you message), for hand-off from other elements. */
  override focus(options?: FocusOptions): void {
    this.#form?.querySelector<HTMLElement>('.bcf-sent-title, .bcf-input')?.focus(options);
  }

  /**
   * Ticks treatments and sets the earliest preferred date, never replacing what the visitor chose or typed.
   * Used by `<blush-next-due>`'s "book" action and by `?treatment=` in the page URL.
   */
  prefill(data: ConsultPrefill): void {
    if (!this.hasUpdated) {
      this.#pending.push(data);
      return;
    }
    const ids = (data?.treatments ?? []).map((id) => getTreatment(id)?.id).filter((id): id is string => !!id);
    const offered = new Set(this.#offered().map((t) => t.id));
    const missing = ids.filter((id) => !offered.has(id) && !this.added.includes(id));
    if (missing.length) this.added = [...this.added, ...missing];
    this.updateComplete.then(() => {
      const values: Values = { treatments: ids };
      if (typeof data?.preferredDate === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(data.preferredDate)) values.preferredDate = data.preferredDate;
      writeControls(this.#form!, values);
    });
  }

  protected override render() {
    return html`<div part="base" class="base">
      <slot name="form"></slot><slot name="extra"></slot><slot name="captcha"></slot><slot name="end"></slot>
    </div>`;
  }

  protected override shouldUpdate(changed: Map<PropertyKey, unknown>): boolean {
    // Spanish words are a separate chunk; wait for them rather than flash English at a Spanish page.
    if (this.localization.language === 'es' && !es) {
      spanish ??= import('./consult-form.messages.es.js').then((module) => module.es, () => en);
      spanish.then((table) => {
        es = table;
        this.requestUpdate();
      });
      return false;
    }
    return super.shouldUpdate(changed);
  }

  protected override update(changed: Map<PropertyKey, unknown>): void {
    super.update(changed);
    const view = this.#view();
    render(renderFields(view), this.#form!);
    render(renderEnd(view), this.#end!);
    this.setAttribute('state', this.status);
  }

  protected override firstUpdated(): void {
    if (this.draft && !this.#restored) {
      this.#restored = true;
      try {
        const saved = sessionStorage.getItem(this.#draftKey());
        if (saved) writeControls(this.#form!, JSON.parse(saved));
      } catch {
        /* storage blocked or a damaged draft: start empty */
      }
    }
    const fromUrl = new URLSearchParams(location.search).getAll('treatment').flatMap((value) => value.split(','));
    if (fromUrl.length) this.prefill({ treatments: fromUrl });
    for (const data of this.#pending.splice(0)) this.prefill(data);
  }

  #messages(): ConsultFormMessages {
    return this.localization.language === 'es' && es ? es : en;
  }

  #tokens(value: string | undefined, attribute: string): FieldId[] {
    return parseFieldList(value, (token) =>
      this.warn(`${attribute}=${quote(value)} names an unknown field ${quote(token)}; use ${OPTIONAL_FIELDS.join(', ')}, name, email or privacy.`),
    );
  }

  #offered(): Treatment[] {
    if (!this.treatments) return [...getCatalog()];
    const ids = this.treatments.split(/[\s,]+/).filter(Boolean);
    const unknown = ids.filter((id) => !getTreatment(id));
    if (unknown.length) this.warn(`treatments=${quote(this.treatments)} has unknown ids ${unknown.join(', ')}; use catalog ids such as botox, filler-lips.`);
    return ids.map((id) => getTreatment(id)).filter((t): t is Treatment => !!t);
  }

  #view(): FormView {
    const hidden = new Set(this.#tokens(this.hide, 'hide'));
    const shown = new Set<FieldId>(['firstName', 'lastName', 'email', 'privacy', ...OPTIONAL_FIELDS.filter((field) => !hidden.has(field))]);
    const required = new Set<FieldId>([...(this.requiredFields == null ? DEFAULT_REQUIRED : this.#tokens(this.requiredFields, 'required-fields')), 'privacy']);
    const treatments = [...this.#offered(), ...this.added.map((id) => getTreatment(id)!).filter(Boolean)];
    const m = this.#messages();
    return {
      m,
      language: this.localization.language,
      locale: this.localization.locale,
      uid: this.#uid,
      shown,
      required: new Set([...required].filter((field) => shown.has(field))),
      errors: this.errors,
      formErrors: this.formErrors,
      summary: this.summary,
      status: this.status,
      rejected: this.rejected,
      treatments,
      locations: this.locations?.split(',').map((place) => place.trim()).filter(Boolean) ?? [],
      clinic: this.clinicName?.trim() || m.theClinic,
      phone: this.phone?.trim() || null,
      privacyUrl: safeLinkUrl(this.privacyUrl),
    };
  }

  #values(): Values {
    return readControls([...this.#form!.elements, ...this.querySelectorAll(':is([slot=extra], [slot=captcha]) [name]')]);
  }

  #check(values: Values, only?: string): Record<string, string> {
    const view = this.#view();
    const errors = check(values, view, this.querySelectorAll('[slot=extra] [name]'));
    return only ? { ...this.errors, [only]: errors[only] ?? '' } : errors;
  }

  #fieldOf(target: EventTarget | null): string | undefined {
    const name = (target as HTMLInputElement | null)?.name;
    if (!name || name === 'preferredDate') return undefined;
    return name === 'days' || name === 'times' ? 'timing' : name;
  }

  #handleFocusOut = (event: FocusEvent) => {
    const field = this.#fieldOf(event.target);
    const group = (event.target as Element).closest('fieldset');
    // Moving between the boxes of one group is not leaving the field yet.
    if (!field || (group && group.contains(event.relatedTarget as Node)) || this.#serverErrors.has(field)) return;
    if (this.status === 'sent') return;
    const target = event.target as HTMLInputElement;
    const phone = field === 'phone' && normalizePhone(target.value);
    if (phone) target.value = formatPhone(phone);
    this.errors = this.#check(this.#values(), field);
  };

  #handleInput = (event: Event) => {
    const field = this.#fieldOf(event.target);
    if (field === 'privacy' || field === 'sms' || field === 'emailOptIn') {
      if ((event.target as HTMLInputElement).checked) this.#consentAt[field] = new Date().toISOString();
    }
    if (field && this.errors[field]) {
      this.#serverErrors.delete(field);
      this.errors = this.#check(this.#values(), field);
    }
    if (this.draft) {
      try {
        // Consents are given afresh, never restored from storage.
        const { bcf_trap: _trap, privacy: _privacy, sms: _sms, emailOptIn: _email, adult: _adult, ...values } = this.#values();
        sessionStorage.setItem(this.#draftKey(), JSON.stringify(values));
      } catch {
        /* storage full or blocked: the draft is a convenience */
      }
    }
  };

  #handleSummaryClick = (event: MouseEvent) => {
    const link = (event.target as Element).closest?.('a[data-field]');
    if (!link) return;
    // Focus the field itself; following the fragment would add it to the URL and history.
    event.preventDefault();
    const target = this.querySelector<HTMLElement>(`#${CSS.escape(link.getAttribute('href')!.slice(1))}`) ?? this.querySelector<HTMLElement>(`[slot=extra] [name="${CSS.escape(link.getAttribute('data-field')!)}"]`);
    (target?.closest('fieldset') ?? target)?.scrollIntoView({ block: 'center' });
    target?.focus({ preventScroll: true });
  };

  #draftKey(): string {
    return `blush-consult-draft:${location.pathname}#${this.id}`;
  }

  async #showErrors(errors: Record<string, string>, formErrors: string[] = []): Promise<void> {
    this.errors = errors;
    this.formErrors = formErrors;
    this.summary = true;
    await this.updateComplete;
    this.#form!.querySelector<HTMLElement>('.bcf-summary')?.focus();
  }

  #handleSubmit = async (event: Event) => {
    event.preventDefault();
    if (this.#busy || this.status === 'sent') return;
    const values = this.#values();
    const errors = Object.fromEntries(Object.entries(this.#check(values)).filter(([, message]) => message));
    if (Object.keys(errors).length) {
      this.rejected = false;
      await this.#showErrors(errors);
      this.emit('blush-consult-error', { reason: 'invalid', attempts: 0, fields: Object.keys(errors) });
      return;
    }
    this.errors = {};
    this.formErrors = [];
    this.summary = false;
    if (values.bcf_trap) {
      // A bot filled the hidden field: thank it and send nothing.
      this.status = 'sent';
      return;
    }
    this.#busy = true;
    this.status = 'sending';
    const wait = this.minFillTime * 1000 - (performance.now() - this.#startedAt);
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    const payload = this.#payload(values);
    const { meta, ...stable } = payload;
    const signature = JSON.stringify(stable, (key, value) => (key === 'at' ? undefined : value));
    // The same submission keeps its key across retries, "Try again" and going back online.
    if (signature !== this.#signature) this.#key = newIdempotencyKey();
    this.#signature = signature;
    let handled: Promise<unknown> | undefined;
    const proceed = this.emit(
      'blush-consult-submit',
      { data: payload, idempotencyKey: this.#key, waitUntil: (promise: Promise<unknown>) => void (handled = promise) },
      { cancelable: true },
    );
    if (!proceed) {
      if (!handled) return this.#finish();
      const ok = await handled.then(() => true, () => false);
      return this.#settle(ok ? { ok: true, status: 200, attempts: 1, body: null } : { ok: false, reason: 'network', attempts: 1 }, payload);
    }
    const url = safeHttpUrl(this.action);
    if (!url) {
      this.warn(`action=${quote(this.action ?? '')} is not an http(s) endpoint; set action="https://…" or handle blush-consult-submit.`);
      return this.#settle({ ok: false, reason: 'rejected', attempts: 0 }, payload);
    }
    this.#settle(await this.#deliver(url, payload), payload);
  };

  #deliver(url: string, payload: ConsultPayload): Promise<DeliveryOutcome> {
    let headers: Record<string, string> = {};
    try {
      headers = this.headers ? JSON.parse(this.headers) : {};
    } catch {
      this.warn(`headers=${quote(this.headers)} is not JSON; use headers='{"X-Api-Key":"…"}'.`);
    }
    const { timeout, retries, retryDelay, maxRetryDelay } = this;
    return deliver(requestFor(url, payload, { form: this.encoding === 'form', headers, key: this.#key, timeout, retries, retryDelay, maxRetryDelay }));
  }

  #finish(status: ConsultStatus = 'idle'): void {
    this.#busy = false;
    this.status = status;
  }

  async #settle(outcome: DeliveryOutcome, payload: ConsultPayload): Promise<void> {
    const server = parseServerErrors(outcome.body);
    const fields: Record<string, string> = {};
    for (const [name, message] of Object.entries(server.fields)) fields[fieldForServerName(name)] = message;
    if (outcome.ok && !Object.keys(fields).length && !server.form.length) {
      this.#finish('sent');
      if (this.draft) sessionStorage.removeItem(this.#draftKey());
      const treatments = payload.treatments ?? [];
      this.emit('blush-consult-success', { treatments, attempts: outcome.attempts });
      track(this, 'blush_consult_sent', { treatments: treatments.join(',') });
      const next = safeHttpUrl(this.successUrl);
      if (next) location.assign(next);
      else this.updateComplete.then(() => this.focus());
      return;
    }
    if (!outcome.ok && outcome.reason === 'offline') {
      this.status = 'offline';
      addEventListener('online', () => this.#deliver(safeHttpUrl(this.action)!, payload).then((next) => this.#settle(next, payload)), { once: true });
      return;
    }
    this.rejected = !outcome.ok && outcome.reason === 'rejected';
    this.#finish('failed');
    this.#serverErrors = new Set(Object.keys(fields));
    if (Object.keys(fields).length || server.form.length) await this.#showErrors(fields, server.form);
    this.emit('blush-consult-error', {
      reason: outcome.ok ? 'rejected' : outcome.reason,
      status: outcome.status,
      attempts: outcome.attempts,
      fields: Object.keys(fields),
    });
  }

  #payload(values: Values): ConsultPayload {
    return buildPayload(values, this.#view(), {
      consentVersion: this.consentVersion,
      consentAt: this.#consentAt,
      attribution: this.attribution,
      locale: this.localization.locale,
      fillTimeMs: Math.round(performance.now() - this.#startedAt),
    });
  }
}
