import { html, nothing, type PropertyValues, type PropertyDeclarations } from 'lit';
import { track } from '../core/analytics.js';
import { announceBooking, bookingTemplate } from '../core/booking.js';
import { BlushElement } from '../core/blush-element.js';
import { getCatalog, getTreatment, treatmentName, type Treatment } from '../core/catalog.js';
import { compareIsoDates, isIsoDate, visitorToday, type IsoDate } from '../core/dates.js';
import { commonWords } from '../core/i18n/common.js';
import { adoptLateStyles, Chunk } from '../core/lazy.js';
import { checkSettings } from './next-due.checks.js';
import type { ResultView } from './next-due.result.js';
import { nextDueWords } from './next-due.messages.js';
import { computeDue, fillBookingUrl, parseDurations } from './next-due.model.js';
import type { DateProblem, Due, DueResult, DurationOverrides } from './next-due.model.js';
import { forgetRemembered, readRemembered, writeRemembered } from './next-due.storage.js';
import { nextDueStyles } from './next-due.styles.js';

/** The result view, calendar writers and hand-off: fetched once a result is shown or a consultation form is on the page. */
// Its English words join the table as it arrives (a call here, where no bundler can drop it as unused).
const resultView = new Chunk(
  () => import('./next-due.result.js').then((module) => (nextDueWords.add('en', module.enResult), module)),
  'result view',
);

/**
 * "When is my next treatment due?": a visitor picks a treatment and the date of their last
 * visit; the element shows the due window, whether it is due, a timeline, calendar reminders
 * (.ics, Google Calendar, Outlook.com, Microsoft 365) and a way to book. Inside a social app's
 * browser (Instagram, Facebook, Messenger, TikTok, LinkedIn, Snapchat, Pinterest), which drops
 * calendar links, it explains how to open the page in the phone's browser and offers "Copy link".
 *
 * Booking presets for `booking-url` (only the treatment id and a date ever enter the link; the
 * date is the window's first day, or today once the window has opened):
 * - Calendly: `https://calendly.com/your-clinic/botox?month={month}&date={date}` opens the right month and day.
 * - Acuity Scheduling: `https://your-clinic.acuityscheduling.com/schedule.php?appointmentType=12345&datetime={date}`
 *   (`appointmentType` is your own id from "Direct Scheduling Link").
 * - Zenoti-style web stores and other booking pages: paste your booking page's address and put
 *   `{treatment}` or `{date}` where its URL takes a service or a date, e.g.
 *   `https://your-clinic.zenoti.com/webstoreNew/services?service={treatment}&date={date}`.
 *
 * @tag blush-next-due
 * @slot - Introductory text shown above the calculator (also the content without JavaScript).
 * @csspart form - The treatment and date fields.
 * @csspart result - The due window, status, timeline and actions.
 * @csspart status - The "due in 6 weeks" / "due now" / "overdue" badge.
 * @csspart timeline - The visual timeline (its text alternative is the legend beside it).
 * @csspart calendar - The add-to-calendar links (or, in an in-app browser, the guidance and "Copy link").
 * @csspart book - The booking link or "request an appointment" button.
 * @csspart message - The prompt or the error message about the date.
 * @csspart forget - The "Forget my date" button shown while a date is remembered.
 * @cssprop [--blush-next-due-max-width=40rem] - Widest the calculator grows.
 * @fires {BlushNextDueChangeEvent} blush-next-due-change - A new due window was computed (treatment id, dates, status; never the visitor's own date).
 * @fires {BlushBookEvent} blush-book - A book link was used; detail `{ treatment, url, widget }`. Cancelable: `preventDefault()` keeps the page where it is (to open a booking overlay instead).
 * @attr {boolean} analytics - Hands this widget's `blush-analytics` events to the page's tag manager (gtag.js, or Google Tag Manager's `window.dataLayer`); `<html data-blush-analytics>` does it for every widget. Events say which widget did what, never a treatment, a date or anything typed.
 * @fires {BlushAnalyticsEvent} blush-analytics - A measurable step (`blush_next_due_calendar`, `blush_next_due_book`), for analytics; detail `{ event, params }`, cancelable. Handed to the page's tag manager with `analytics`.
 */
export class BlushNextDue extends BlushElement {
  static override styles = [...BlushElement.styles, nextDueStyles];
  static override translations = [commonWords, nextDueWords];

  static override properties: PropertyDeclarations = {
    treatment: {},
    lastDate: { attribute: 'last-date' },
    today: {},
    durations: {},
    bookingUrl: { attribute: 'booking-url' },
    reminderDays: { attribute: 'reminder-days', type: Number },
    chosen: { state: true, attribute: false },
    remember: { state: true, attribute: false },
    stored: { state: true, attribute: false },
    inputIsBad: { state: true, attribute: false },
    notice: { state: true, attribute: false },
    inlineDurations: { state: true, attribute: false },
  };

  /** Fixes the treatment (catalog id such as `botox`); unset shows a treatment picker. */
  treatment?: string;

  /** Date of the last treatment, `YYYY-MM-DD`. Follows what the visitor enters. */
  lastDate?: string;

  /** Pins "today" (`YYYY-MM-DD`), for stories, tests and screenshots. Default: the visitor's date. */
  today?: string;

  /** A clinic's own duration ranges in whole months, as JSON: `{"botox":[3,5]}`. Overrides the catalog for this element. */
  durations?: string;

  /** Booking link template with `{treatment}`, `{date}` (`YYYY-MM-DD`) and `{month}` (`YYYY-MM`) placeholders; without it, the page's `blushWidgetsConfig.booking` link for the treatment. @url */
  bookingUrl?: string;

  /** Days before the window opens for the calendar reminder's alarm. Default 3. */
  reminderDays = 3;

  private chosen = '';
  private remember = false;
  private stored = false;
  private inputIsBad = false;
  private notice = '';
  private inlineDurations: DurationOverrides = {};

  #icsUrl = '';
  #lastEmitted = '';

  /** The computed window `{ earliest, latest, status, weeks, days }`, or null while the date is missing or wrong. */
  get due(): Due | null {
    const result = this.#result();
    return result?.ok ? result.due : null;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    const saved = readRemembered();
    if (saved && (!this.treatment || getTreatment(this.treatment)?.id === saved.treatment)) {
      this.remember = this.stored = true;
      if (!this.lastDate) this.lastDate = saved.lastDate;
      if (!this.chosen) this.chosen = saved.treatment;
    }
    // A clinic's per-element durations may also sit in an inline JSON child (same shape as the
    // attribute). Read synchronously: no request, no flash of catalog figures.
    const script = this.querySelector(':scope > script[type="application/json"]');
    if (script) {
      const { durations, problem } = parseDurations(script.textContent);
      if (problem)
        this.warn(
          `the inline <script type="application/json"> ${problem}; use JSON such as {"botox":[3,5]}. Using the catalog's durations.`,
        );
      this.inlineDurations = durations;
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    if (this.#icsUrl) URL.revokeObjectURL(this.#icsUrl);
    this.#icsUrl = '';
  }

  #today(): IsoDate {
    return isIsoDate(this.today) ? this.today : visitorToday();
  }

  #fixedTreatment(): Treatment | undefined {
    return getTreatment(this.treatment);
  }

  #currentTreatment(): Treatment | undefined {
    // An unknown fixed treatment leaves the picker empty until the visitor chooses one.
    const base = this.#fixedTreatment() ?? (this.chosen ? getTreatment(this.chosen) : this.treatment ? undefined : getCatalog()[0]);
    if (!base) return undefined;
    const range = parseDurations(this.durations).durations[base.id] ?? this.inlineDurations[base.id];
    return range ? { ...base, durationMonths: range } : base;
  }

  #result(): DueResult | null {
    const treatment = this.#currentTreatment();
    if (!treatment) return null;
    if (this.inputIsBad) return { ok: false, problem: 'invalid' };
    return computeDue(treatment, this.lastDate, this.#today());
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    checkSettings(this, changed, Boolean(this.#fixedTreatment()), this.#today(), (message) => this.warn(message));
    const due = this.due;
    if (due && this.remember && this.lastDate)
      this.stored = writeRemembered({ treatment: this.#currentTreatment()!.id, lastDate: this.lastDate }) || this.stored;
    this.#updateCalendarFile();
  }

  protected override updated(): void {
    const due = this.due;
    const treatment = this.#currentTreatment();
    if (due && treatment) {
      const key = [treatment.id, due.earliest, due.latest, due.status, due.weeks].join('|');
      if (key !== this.#lastEmitted) {
        this.#lastEmitted = key;
        const { earliest, latest, status, weeks } = due;
        this.emit('blush-next-due-change', { treatment: treatment.id, earliest, latest, status, weeks });
      }
      if (resultView.value) resultView.value.placeTimeline(this.renderRoot, this.#view(treatment, due));
    } else {
      this.#lastEmitted = '';
    }
  }

  /** The reminder event's day: the window's first day, or today once that has passed. */
  #reminderDate(due: Due): IsoDate {
    const today = this.#today();
    return compareIsoDates(due.earliest, today) > 0 ? due.earliest : today;
  }

  #updateCalendarFile(): void {
    if (this.#icsUrl) URL.revokeObjectURL(this.#icsUrl);
    const due = this.due;
    const treatment = this.#currentTreatment();
    this.#icsUrl = due && treatment && resultView.value ? resultView.value.calendarFile(this.#view(treatment, due), this.reminderDays) : '';
  }

  #view(treatment: Treatment, due: Due): ResultView {
    const { language, locale } = this.localization;
    return { host: this, m: this.#messages(), language, locale, treatment, due, lastDate: this.lastDate, today: this.#today() };
  }

  #messages() {
    return this.localization.messages(nextDueWords);
  }

  // The result's styles and calendar code are a chunk of their own; the update waits for it
  // (and, in the base class, for the words) rather than show a result that restyles a moment later.
  protected override scheduleUpdate(): void | Promise<unknown> {
    const view = !resultView.value && this.due ? resultView.load(this) : null;
    return view ? view.then(() => this.#performScheduled()) : this.#performScheduled();
  }

  #performScheduled(): void | Promise<unknown> {
    adoptLateStyles(this, [resultView.value?.resultStyles]);
    return super.scheduleUpdate();
  }

  #handleTreatmentChange(event: Event): void {
    this.chosen = (event.target as HTMLSelectElement).value;
    this.notice = '';
  }

  #handleDateInput(event: Event): void {
    const input = event.target as HTMLInputElement;
    // A half-typed or impossible date (Feb 30) leaves value empty with badInput set; keep what
    // was typed on screen and say so, rather than treating it as "no date". Chromium and WebKit
    // fire no input event while the value stays empty, hence the check on blur too.
    this.inputIsBad = input.validity.badInput;
    if (!this.inputIsBad) this.lastDate = input.value;
    this.notice = '';
  }

  #handleRememberChange(event: Event): void {
    this.remember = (event.target as HTMLInputElement).checked;
    this.notice = '';
    if (!this.remember) this.#forget();
  }

  #handleForgetClick(): void {
    this.#forget();
    this.notice = this.#messages().forgotten;
    // The Forget button disappears with the stored date; keep focus on the checkbox it relates to.
    this.updateComplete.then(() => this.renderRoot.querySelector<HTMLInputElement>('#remember')?.focus());
  }

  #forget(): void {
    forgetRemembered();
    this.remember = this.stored = false;
  }

  #handleRequestClick(treatment: Treatment, due: Due): void {
    track(this, 'blush_next_due_book', { via: 'consult-form' });
    const data = { treatments: [treatment.id], preferredDate: this.#reminderDate(due) };
    if (resultView.value) resultView.value.handOffToConsultForm(data);
    else resultView.load(this).then((view) => view?.handOffToConsultForm(data));
  }

  protected override render() {
    const m = this.#messages();
    const language = this.localization.language;
    const treatment = this.#currentTreatment();
    const fixed = this.#fixedTreatment();
    const result = this.#result();
    const today = this.#today();
    const problem: DateProblem | 'treatment' | null = !treatment ? 'treatment' : result && !result.ok ? result.problem : null;
    const message = problem && { treatment: m.chooseTreatment, empty: m.empty, invalid: m.invalid, future: m.future }[problem];
    // The result view could not be fetched: say so where the result would be (tried again on the next change).
    const unavailable = result?.ok && treatment && resultView.failed && this.localization.messages(commonWords).contentUnavailable;
    const isError = problem === 'invalid' || problem === 'future';
    const said = message || unavailable;
    return html`
      <slot></slot>
      <div class="form" part="form">
        ${
          fixed
            ? html`<p class="fixed"><span class="label">${m.treatment}</span> <strong>${treatmentName(fixed, language)}</strong></p>`
            : html`<div class="field">
              <label for="treatment">${m.treatment}</label>
              <select id="treatment" @change=${this.#handleTreatmentChange}>
                ${treatment ? nothing : html`<option value="" selected disabled>${'\u2014'}</option>`}
                ${getCatalog().map((t) => html`<option value=${t.id} ?selected=${t.id === treatment?.id}>${treatmentName(t, language)}</option>`)}
              </select>
            </div>`
        }
        <div class="field">
          <label for="last-date">${m.lastDate}</label>
          <input id="last-date" type="date" max=${today} .value=${isIsoDate(this.lastDate) ? this.lastDate : ''}
            aria-describedby="hint message" aria-invalid=${isError ? 'true' : 'false'} @change=${this.#handleDateInput} @input=${this.#handleDateInput} @blur=${this.#handleDateInput} />
          <span class="hint" id="hint">${m.lastDateHint}</span>
        </div>
        <div class="remember">
          <input id="remember" type="checkbox" .checked=${this.remember} aria-describedby="remember-hint" @change=${this.#handleRememberChange} />
          <label for="remember">${m.remember}</label>
          ${this.stored ? html`<button type="button" class="link" part="forget" @click=${this.#handleForgetClick}>${m.forget}</button>` : nothing}
          <span class="hint" id="remember-hint">${m.rememberHint}</span>
        </div>
      </div>
      <p id="message" part="message" class=${isError || unavailable ? 'message error' : 'message'} ?hidden=${!said}>${said || ''}</p>
      ${result?.ok && treatment && resultView.value ? resultView.value.renderResult(this.#view(treatment, result.due), this.#icsUrl, this.#renderBook(treatment, result.due)) : nothing}
      <p class="notice" ?hidden=${!this.notice}>${this.notice}</p>
      <p class="visually-hidden" role="status">${this.notice || said || (result?.ok && treatment && resultView.value ? resultView.value.announcement(this.#view(treatment, result.due)) : '')}</p>
    `;
  }

  #renderBook(treatment: Treatment, due: Due) {
    const m = this.#messages();
    const date = this.#reminderDate(due);
    const template = bookingTemplate(this.bookingUrl, treatment.id);
    const link = template ? fillBookingUrl(template, treatment.id, date) : null;
    if (link) {
      const book = (event: Event) => {
        announceBooking(this, treatment.id, link, event);
        track(this, 'blush_next_due_book', { via: 'link' });
      };
      return html`<a class="button primary" part="book" href=${link} @click=${book}>${m.book}</a>`;
    }
    if (document.querySelector('blush-consult-form')) {
      if (!resultView.value) resultView.load(this);
      return html`<button type="button" class="button primary" part="book" @click=${() => this.#handleRequestClick(treatment, due)}>${m.requestAppointment}</button>`;
    }
    return nothing;
  }
}
