import { html, render, type PropertyDeclarations } from 'lit';
import { BlushElement } from '../core/blush-element.js';
import { getCatalog, getTreatment, type Treatment } from '../core/catalog.js';
import type { ConsultPrefill } from '../core/handoff.js';
import { safeLinkUrl } from '../core/safe-url.js';
import { quote } from '../core/warn.js';
import { commonWords } from '../core/i18n/common.js';
import { Chunk } from '../core/lazy.js';
import { consultFormWords } from './consult-form.messages.js';
import {
  DEFAULT_REQUIRED,
  OPTIONAL_FIELDS,
  parseFieldList,
  type FieldId,
  type FormState,
  type FormView,
  type LaterRender,
} from './consult-form.model.js';
import { renderEnd, renderFields } from './consult-form.render.js';
import type { Session } from './consult-form.session.js';
import { hostStyles, lightStyles } from './consult-form.styles.js';

let instances = 0;
const styledRoots = new WeakSet<Document | ShadowRoot>();
let later: LaterRender | undefined;
/** Checking and sending: fetched on the visitor's first focus, input or submit. */
// Its English notices join the table as it arrives (a call here, where no bundler can drop it as unused).
const sessionCode = new Chunk(
  () => import('./consult-form.session.js').then((module) => (consultFormWords.add('en', module.enNotices), module)),
  'form handling',
);
const EVENTS = ['focusin', 'focusout', 'input', 'change', 'click', 'submit'];

/**
 * A consultation request form that reaches the clinic: validated, accessible, autofill-friendly,
 * retried with one idempotency key, and private by default.
 *
 * Its inputs live in the element's own light DOM (a `<form>` it renders), because Firefox's and
 * Safari's autofill and most password managers do not look inside shadow roots; its styles are
 * scoped to `blush-consult-form` and win over theme CSS without leaking out. The code that checks and
 * sends (`consult-form.session.ts`) is fetched on the visitor's first focus, input or submit.
 *
 * Two spam signals: a hidden honeypot field (a bot that fills it is thanked and nothing is sent), and
 * the time from load to submit, sent as `meta.fillTimeMs` so the endpoint can set aside a request
 * made faster than `min-fill-time`. A fast request is never dropped here: autofill makes people quick too.
 *
 * @tag blush-consult-form
 * @slot extra - The page's own extra fields (labelled controls with a `name`), sent with the request: slot each control (`<input slot="extra" name="insurance">`) or one wrapper holding them.
 * @slot captcha - A CAPTCHA widget; its token (`cf-turnstile-response`, `g-recaptcha-response`, `h-captcha-response`) is sent.
 * @csspart base - The column that holds the form, extra fields, CAPTCHA and actions.
 * @cssprop [--blush-accent] - Submit button and focus colour.
 * @cssprop [--blush-consult-form-gap=1.25rem] - Space between fields.
 * @fires {BlushConsultSubmitEvent} blush-consult-submit - Before sending, cancelable; carries the data. To send it yourself, call `preventDefault()` and pass your promise to `detail.waitUntil()`: the form then shows "Sent" or, if it rejects, "Could not send" with every value kept. Cancelling without `waitUntil()` vetoes the request: nothing is sent, no success or error fires, and the form returns to its editable state with every value kept, so show your own message.
 * @fires {BlushConsultSuccessEvent} blush-consult-success - The clinic's endpoint accepted the request.
 * @fires {BlushConsultErrorEvent} blush-consult-error - Invalid, rejected, or could not be delivered.
 * @attr {boolean} analytics - Hands this widget's `blush-analytics` events to the page's tag manager (gtag.js, or Google Tag Manager's `window.dataLayer`); `<html data-blush-analytics>` does it for every widget. Events say which widget did what, never a treatment, a date or anything typed.
 * @fires {BlushAnalyticsEvent} blush-analytics - A measurable step (`generate_lead`), for analytics; detail `{ event, params }`, cancelable. Handed to the page's tag manager with `analytics`.
 */
export class BlushConsultForm extends BlushElement {
  static override styles = [...BlushElement.styles, hostStyles];
  static override translations = [commonWords, consultFormWords];

  static override properties: PropertyDeclarations = {
    action: {},
    encoding: {},
    idempotencyHeader: { type: Boolean, attribute: 'idempotency-header' },
    headers: {},
    hide: {},
    requiredFields: { attribute: 'required-fields' },
    treatments: {},
    locations: {},
    phone: {},
    clinicName: { attribute: 'clinic-name' },
    privacyUrl: { attribute: 'privacy-url' },
    bookingUrl: { attribute: 'booking-url' },
    successUrl: { attribute: 'success-url' },
    consentVersion: { attribute: 'consent-version' },
    timeout: { type: Number },
    retryFor: { type: Number, attribute: 'retry-for' },
    retries: { type: Number },
    retryDelay: { type: Number, attribute: 'retry-delay' },
    maxRetryDelay: { type: Number, attribute: 'max-retry-delay' },
    minFillTime: { type: Number, attribute: 'min-fill-time' },
    attribution: { type: Boolean },
    draft: { type: Boolean },
  };

  /** The clinic's endpoint (`https://formspree.io/f/…`, a webhook, `/api/consult`); recipes per back end in docs/leads.md. Each request carries one key per submission in the body as `meta.idempotencyKey`, and as an `Idempotency-Key` header to the page's own origin (another origin: see `idempotency-header`). @url @owner */
  action?: string;
  /** Body format: `json` (default) or `form` (`application/x-www-form-urlencoded`; with no `headers` a CORS "simple request", with no preflight). @owner */
  encoding: 'json' | 'form' = 'json';
  /** Also sends the `Idempotency-Key` header to an endpoint on another origin, whose CORS must allow it (`Access-Control-Allow-Headers: Idempotency-Key`). @owner */
  idempotencyHeader = false;
  /** Extra request headers as JSON, e.g. `{"X-Api-Key":"…"}`. @owner */
  headers?: string;
  /** Space-separated optional fields to leave out: `phone contact-method treatments location patient-type timing message referral adult sms email-opt-in`. */
  hide?: string;
  /** Space-separated fields the visitor must fill. Default `name email phone adult privacy` (`privacy` is always required). */
  requiredFields?: string;
  /** Space-separated catalog ids to offer under "treatments"; default: the whole shared catalog. */
  treatments?: string;
  /** Comma-separated clinic locations; the location field shows only when set. */
  locations?: string;
  /** The clinic's phone number, shown as a fallback when sending fails. @owner */
  phone?: string;
  /** Clinic name used in the SMS and email consent wording. */
  clinicName?: string;
  /** Link to the clinic's privacy policy, shown next to the submit button. @url @owner */
  privacyUrl?: string;
  /** Booking page offered on the thank-you message ("Book a time online"); `{treatment}` becomes the treatment asked about, when the visitor chose one. Without it, the page's `blushWidgetsConfig.booking` link. @url */
  bookingUrl?: string;
  /** Where to go after a successful request; default: a thank-you message in place. @url @owner */
  successUrl?: string;
  /** Version of the consent wording, sent with the consent evidence. */
  consentVersion = '1';
  /** Milliseconds one attempt may take before it is abandoned and retried. */
  timeout = 15000;
  /**
   * Seconds the form keeps retrying after a network error, timeout, 5xx or 429, telling the visitor
   * it is still sending, before it offers "Try again" (at once when the browser goes offline).
   */
  retryFor = 30;
  /** At most this many further attempts; by default as many as fit in `retry-for`. */
  retries?: number;
  /** First backoff step in milliseconds; doubles each retry, with jitter. */
  retryDelay = 1000;
  /** Longest wait between attempts in milliseconds; a server's `Retry-After` asking for longer ends the retrying ("Try again" shows). */
  maxRetryDelay = 30000;
  /**
   * Seconds a person needs at least to fill the form (bots submit instantly). A faster submit is still
   * sent, since autofill makes people quick too, but only once this time has passed; its true time from
   * load to submit goes with it as `meta.fillTimeMs`, so the endpoint can flag it.
   */
  minFillTime = 2;
  /** Send UTM parameters, referrer and landing page with the request. */
  attribution = false;
  /** Keep a draft in `sessionStorage` for this tab until the request is sent. Off by default: nothing typed is stored. */
  draft = false;

  readonly #uid = `bcf${++instances}`;
  #form?: HTMLFormElement;
  #end?: HTMLDivElement;
  #startedAt = performance.now();
  #pending: ConsultPrefill[] = [];
  #state: FormState = { status: 'idle', errors: {}, formErrors: [], summary: false, rejected: false, added: [] };
  #session?: Session;

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.#form) {
      this.#form = Object.assign(document.createElement('form'), { id: this.#uid, className: 'bcf', noValidate: true, slot: 'form' });
      this.#end = Object.assign(document.createElement('div'), { className: 'bcf bcf-end', slot: 'end' });
      this.#form.method = 'post';
      for (const part of [this.#form, this.#end]) for (const type of EVENTS) part.addEventListener(type, this.#handle);
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
    if (this.hasUpdated) this.#load().then((session) => session?.prefill(data));
    else this.#pending.push(data);
  }

  protected override render() {
    return html`<div part="base" class="base">
      <slot name="form"></slot><slot name="extra"></slot><slot name="captcha"></slot><slot name="end"></slot>
    </div>`;
  }

  protected override update(changed: Map<PropertyKey, unknown>): void {
    super.update(changed);
    const view = this.#view();
    render(renderFields(view), this.#form!);
    render(renderEnd(view), this.#end!);
    this.setAttribute('state', this.#state.status);
  }

  protected override firstUpdated(): void {
    // The session restores a draft, so an opted-in draft loads it at once.
    if (this.draft) this.#load();
    const fromUrl = new URLSearchParams(location.search).getAll('treatment').flatMap((value) => value.split(','));
    if (fromUrl.length) this.prefill({ treatments: fromUrl });
    for (const data of this.#pending.splice(0)) this.prefill(data);
  }

  /**
   * Checking and sending are a separate chunk, fetched when the visitor first focuses, types or
   * submits. Events that arrive before it are replayed in order; the submit is held (never sent
   * natively) meanwhile, so nothing typed is lost. A failed fetch warns once and is tried again
   * on the visitor's next action.
   */
  #handle = (event: Event) => {
    if (this.#session) return this.#session.handle(event);
    if (event.type === 'submit') event.preventDefault();
    this.#load().then((session) => session?.handle(event));
  };

  async #load(): Promise<Session | undefined> {
    const module = await sessionCode.load(this);
    // The status line says so (the visitor's next action tries again; what they typed stays).
    if (!module) return void this.requestUpdate();
    later = module.later;
    return (this.#session ??= new module.Session({
      element: this,
      form: this.#form!,
      state: this.#state,
      startedAt: this.#startedAt,
      view: () => this.#view(),
      update: () => {
        this.requestUpdate();
        return this.updateComplete;
      },
      emit: (name, detail, options) => this.emit(name, detail, options),
      warn: (message) => this.warn(message),
    }));
  }

  #messages() {
    return this.localization.messages(consultFormWords);
  }

  #tokens(value: string | undefined, attribute: string): FieldId[] {
    return parseFieldList(value, (token) =>
      this.warn(
        `${attribute}=${quote(value)} names an unknown field ${quote(token)}; use ${OPTIONAL_FIELDS.join(', ')}, name, email or privacy.`,
      ),
    );
  }

  #offered(): Treatment[] {
    if (!this.treatments) return [...getCatalog()];
    const ids = this.treatments.split(/[\s,]+/).filter(Boolean);
    const unknown = ids.filter((id) => !getTreatment(id));
    if (unknown.length)
      this.warn(`treatments=${quote(this.treatments)} has unknown ids ${unknown.join(', ')}; use catalog ids such as botox, filler-lips.`);
    return ids.map((id) => getTreatment(id)).filter((t): t is Treatment => !!t);
  }

  #view(): FormView {
    const hidden = new Set(this.#tokens(this.hide, 'hide'));
    const shown = new Set<FieldId>(['firstName', 'lastName', 'email', 'privacy', ...OPTIONAL_FIELDS.filter((field) => !hidden.has(field))]);
    const required = new Set<FieldId>([
      ...(this.requiredFields == null ? DEFAULT_REQUIRED : this.#tokens(this.requiredFields, 'required-fields')),
      'privacy',
    ]);
    const treatments = [...this.#offered(), ...this.#state.added.map((id) => getTreatment(id)!)];
    const m = this.#messages();
    return {
      m,
      language: this.localization.language,
      locale: this.localization.locale,
      uid: this.#uid,
      shown,
      required: new Set([...required].filter((field) => shown.has(field))),
      ...this.#state,
      later,
      treatments,
      locations:
        this.locations
          ?.split(',')
          .map((place) => place.trim())
          .filter(Boolean) ?? [],
      clinic: this.clinicName?.trim() || m.theClinic,
      phone: this.phone?.trim() || null,
      privacyUrl: safeLinkUrl(this.privacyUrl),
      unavailable: sessionCode.failed ? this.localization.messages(commonWords).contentUnavailable : undefined,
      host: this,
      bookingUrl: this.bookingUrl,
    };
  }
}
