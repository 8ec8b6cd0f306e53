import { html, nothing, type PropertyValues, type PropertyDeclarations } from 'lit';
import { track } from '../core/analytics.js';
import { announceBooking, bookingTemplate, fillTreatment } from '../core/booking.js';
import { BlushElement } from '../core/blush-element.js';
import { ContentController } from '../core/controllers/content-controller.js';
import { adoptLateStyles, Chunk } from '../core/lazy.js';
import { commonWords } from '../core/i18n/common.js';
import { formatNumber } from '../core/i18n/format.js';
import { quote } from '../core/warn.js';
import { galleryWords } from './gallery.messages.js';
import { CASE_ATTRIBUTES, readCaseInputs } from './gallery.content.js';
import { visitorToday } from '../core/today.js';
import { parseCases, type GalleryCase, type GalleryCaseInput } from './gallery.model.js';
import { galleryStyles } from './gallery.styles.js';
import {
  applyRatios,
  caseTitle,
  cssRatio,
  renderCase,
  renderDetails,
  renderFilters,
  slottedText,
  treatmentLabel,
} from './gallery.templates.js';
import { NearThumbnails } from './gallery.thumbnails.js';
import { UrlSync } from './gallery.url.js';

// Each part is fetched on first need (a failed fetch warns once and is tried again on the next). The
// slider comes when a visitor first reaches for a case, not with the grid: a page of thumbnails never
// pays for it, and the light-DOM case children are not upgraded at start-up (where the slider is
// defined anyway, as in the all-in-one file, a case child draws nothing: before-after.ts).
const slider = new Chunk(() => import('../before-after/index.js'), 'comparison slider');
const dialogCode = new Chunk(() => import('./gallery.dialog.js'), 'enlarged view');
type DialogModule = typeof import('./gallery.dialog.js');

/**
 * A clinic's before-and-after results: filter chips by treatment, a responsive grid of cases,
 * and an enlarged comparison (`<blush-before-after>`) in a modal dialog with previous/next,
 * arrow keys, swipe and Escape. A "results vary" disclaimer is always shown.
 *
 * Grid thumbnails are plain image pairs, not sliders: hundreds of cases stay cheap (two lazy
 * images per case, no shadow root or pointer handlers each), and the full slider appears once,
 * in the dialog, where there is room to use it.
 *
 * @tag blush-gallery
 * @slot - Cases as `<blush-before-after>` children with `treatment`, `area`, `sessions`, `time-since`, `photo-date`, `unretouched`, `consent-expires` attributes (readable without JavaScript; the gallery renders its own grid from them); their `before-position`, `after-scale`, `after-offset`… alignment reaches the enlarged slider (in JSON as `beforePosition`, `afterScale`, …). Give their `<img>` `loading="lazy"`: the children are never shown, so only then do they not download. Or one `<script type="application/json">` child.
 * @slot disclaimer - The clinic's own wording of the "results vary" notice. Left blank, the default text is shown (with a warning).
 * @csspart filters - The group of treatment filter buttons.
 * @csspart filter - One treatment filter button (`aria-pressed` marks the current one).
 * @csspart grid - The list of cases.
 * @csspart case - The button that opens one case (its before/after thumbnails).
 * @csspart case-title - A case's title under its thumbnails.
 * @csspart details - A case's advertising details (time since treatment, sessions, photo date, unretouched).
 * @csspart disclaimer - The "results vary" notice.
 * @csspart dialog - The enlarged view.
 * @csspart book - The enlarged view's "Book a consultation" link (with `booking-url` or the page's booking links).
 * @csspart slider - The `<blush-before-after>` inside the enlarged view.
 * @csspart nav-button - Previous, next and close buttons in the enlarged view.
 * @csspart error - The message shown when cases could not be loaded.
 * @cssprop [--blush-gallery-min-column=16rem] - Narrowest grid column before the grid drops a column.
 * @cssprop [--blush-gallery-gap=1.5rem] - Space between cases.
 * @fires {BlushGalleryFilterEvent} blush-gallery-filter - The visitor chose a treatment filter; detail `{ treatment, count }` (`treatment` is `null` for all).
 * @fires {BlushGalleryOpenEvent} blush-gallery-open - A case is shown in the enlarged view (on open and on previous/next); detail `{ caseId, treatment }`.
 * @fires {BlushBookEvent} blush-book - A book link was used; detail `{ treatment, url, widget }`. Cancelable: `preventDefault()` keeps the page where it is (to open a booking overlay instead).
 * @attr {boolean} analytics - Hands this widget's `blush-analytics` events to the page's tag manager (gtag.js, or Google Tag Manager's `window.dataLayer`); `<html data-blush-analytics>` does it for every widget. Events say which widget did what, never a treatment, a date or anything typed.
 * @fires {BlushAnalyticsEvent} blush-analytics - A measurable step (`blush_gallery_filter`, `blush_gallery_open`), for analytics; detail `{ event, params }`, cancelable. Handed to the page's tag manager with `analytics`.
 */
export class BlushGallery extends BlushElement {
  static override styles = [...BlushElement.styles, galleryStyles];
  static override translations = [commonWords, galleryWords];

  static override properties: PropertyDeclarations = {
    src: {},
    cases: { attribute: false },
    bookingUrl: { attribute: 'booking-url' },
    treatment: { reflect: true },
    disclaimer: {},
    urlParam: { attribute: 'url-param' },
    aspectRatio: { attribute: 'aspect-ratio' },
    shown: { state: true, attribute: false },
    status: { state: true, attribute: false },
    broken: { state: true, attribute: false },
    openIndex: { state: true, attribute: false },
    slottedDisclaimer: { state: true, attribute: false },
    announcement: { state: true, attribute: false },
    dialogView: { state: true, attribute: false },
    unopened: { state: true, attribute: false },
  };

  /** URL of a JSON file of cases (`[{ "treatment": "botox", "before": "…", "after": "…", … }]` or `{ "cases": [...] }`). @url @owner */
  src?: string;

  /** Cases set from script; takes precedence over JSON and children. Same shape as the JSON entries. */
  cases?: GalleryCaseInput[];

  /** Booking page for the enlarged case's "Book a consultation" link; `{treatment}` becomes its treatment's id. Without it, the page's `blushWidgetsConfig.booking` link for the treatment. @url */
  bookingUrl?: string;

  /** The treatment filter in force (catalog id, e.g. `botox`); unset shows every case. The URL parameter wins on load. */
  treatment?: string;

  /** The clinic's wording of the "results vary" notice. Blank falls back to the default text. */
  disclaimer?: string;

  /** Query parameter that mirrors the filter so a filtered gallery can be shared (`?gallery=botox`). Empty turns URL sync off. */
  urlParam = 'gallery';

  /** Aspect ratio of thumbnails and of the enlarged view when a case gives none, e.g. `4/3` or `1`. Default `4/3`. */
  aspectRatio?: string;

  private shown: GalleryCase[] = [];
  private status: 'loading' | 'ready' | 'error' = 'loading';
  /** Thumbnails that failed to load, as `caseId before|after`. */
  private broken = new Set<string>();
  private openIndex = -1;
  private slottedDisclaimer: string | null = null;
  private announcement = '';
  private dialogView?: DialogModule;
  /** The case whose enlarged view could not be fetched: it says so until a later try opens one. */
  private unopened?: string;

  private get dialog(): HTMLDialogElement | null {
    return this.renderRoot?.querySelector('dialog') ?? null;
  }

  #url = new UrlSync(this);
  #thumbnails = new NearThumbnails(this, () => this.shown.map((item) => item.id));
  // Cases from the property, inline JSON, `src` or children, read again when any changes.
  protected readonly content = new ContentController(this, {
    watch: { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: CASE_ATTRIBUTES },
    args: () => [this.src, this.cases],
    read: (signal) => this.#load(signal),
  });

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    // WebKit can leave the document inert when an open modal dialog is removed with its host.
    if (this.dialog?.open) this.dialog.close();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('disclaimer') && this.disclaimer !== undefined && this.disclaimer !== null && !this.disclaimer.trim()) {
      this.warn('disclaimer="" is blank, so the default "results vary" notice is shown; give your wording or remove the attribute.');
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('aspectRatio') || changed.has('shown' as keyof BlushGallery))
      applyRatios(this.renderRoot, this.aspectRatio, (message) => this.warn(message));
    const item = this.shown[this.openIndex];
    // The enlarged photo fills the lightbox's stage in both directions; the dialog sizes itself by the ratio too.
    if (item)
      this.renderRoot
        .querySelector<HTMLElement>('dialog')
        ?.style.setProperty('--_fit', cssRatio(item.aspectRatio ?? this.aspectRatio) ?? '4 / 3');
  }

  /** The filter actually applied: the requested treatment when some case has it, else all. */
  get #activeTreatment(): string | null {
    const wanted = this.treatment?.trim().toLowerCase();
    return wanted && this.shown.some((item) => item.treatment === wanted) ? wanted : null;
  }

  get #visibleCases(): GalleryCase[] {
    const active = this.#activeTreatment;
    return active ? this.shown.filter((item) => item.treatment === active) : this.shown;
  }

  /** The clinic's wording, else one that follows the cases: it never calls an illustration a real outcome. */
  get #disclaimerText(): string {
    const words = this.localization.messages(galleryWords);
    const illustrations = this.shown.filter((item) => item.illustration).length;
    const fallback =
      illustrations === 0
        ? this.localization.messages(commonWords).resultsVary
        : illustrations === this.shown.length
          ? words.illustrationsOnly
          : words.someIllustrations;
    if (this.slottedDisclaimer !== null) return this.slottedDisclaimer || fallback;
    return this.disclaimer?.trim() || fallback;
  }

  async #load(signal: AbortSignal): Promise<void> {
    const read = readCaseInputs(
      this,
      signal,
      (message) => this.warn(message),
      () => (this.status = 'loading'),
    );
    // The property and the children are read at once, so the first render has them.
    const inputs = read instanceof Promise ? await read : read;
    if (!inputs) return;
    if (inputs === 'error') {
      this.status = 'error';
      return;
    }
    const { cases, problems } = parseCases(inputs, visitorToday());
    for (const problem of problems) this.warn(problem);
    this.shown = cases;
    this.broken = new Set();
    this.status = 'ready';
  }

  #select(treatment: string | null): void {
    this.treatment = treatment ?? undefined;
    const count = this.#visibleCases.length;
    this.#url.write(treatment);
    this.announcement = this.localization.messages(galleryWords).showing(count);
    this.emit('blush-gallery-filter', { treatment, count });
    track(this, 'blush_gallery_filter', { all: !treatment });
  }

  /** Opens the enlarged view on a case (by id); returns false when no shown case has that id. */
  async open(caseId: string): Promise<boolean> {
    const index = this.shown.findIndex((item) => item.id === caseId);
    if (index < 0 || this.shown[index].treatment !== (this.#activeTreatment ?? this.shown[index].treatment)) return false;
    // Without the slider the enlarged view would have no photos: either missing, the case says so.
    const [view, photos] = await Promise.all([dialogCode.load(this), slider.load(this)]);
    this.unopened = view && photos ? undefined : caseId;
    if (!view || !photos) return false;
    // Its styles join the element's own, still as constructed sheets (strict-CSP safe).
    adoptLateStyles(this, [view.dialogStyles]);
    this.dialogView = view;
    this.openIndex = index;
    await this.updateComplete;
    if (!view.showModal(this.renderRoot)) return false;
    this.#announceOpen();
    return true;
  }

  /** Closes the enlarged view; focus returns to the case's button in the grid. */
  close(): void {
    if (this.dialog?.open) this.dialog.close();
  }

  #announceOpen(): void {
    const item = this.shown[this.openIndex];
    if (!item) return;
    this.emit('blush-gallery-open', { caseId: item.id, treatment: item.treatment });
    track(this, 'blush_gallery_open');
  }

  #step(delta: number): void {
    const next = this.dialogView!.stepFrom(this.#visibleCases, this.shown[this.openIndex], delta);
    if (!next) return;
    this.openIndex = this.shown.indexOf(next);
    this.#announceOpen();
  }

  #handleGridClick = (event: Event): void => {
    const button = (event.target as Element).closest<HTMLElement>('[data-case]');
    if (button) void this.open(button.dataset.case!);
  };

  #handleDialogClose = (): void => {
    const item = this.shown[this.openIndex];
    this.openIndex = -1;
    if (item) this.dialogView!.returnFocus(this.renderRoot as ShadowRoot, item);
  };

  #handleDisclaimerSlotChange = (event: Event): void => {
    this.slottedDisclaimer = slottedText(event.target as HTMLSlotElement, () =>
      this.warn('the "disclaimer" slot is empty, so the default "results vary" notice is shown; put your wording in it or remove it.'),
    );
  };

  #renderFilters() {
    const { language, locale } = this.localization;
    return renderFilters(
      this.shown,
      this.#activeTreatment,
      this.localization.messages(galleryWords),
      (id) => treatmentLabel(id, language),
      (id) => this.#select(id),
      // Counts in the page's own digits (Persian ۵, not 5), as the words around them.
      (count) => formatNumber(locale, count),
    );
  }

  #renderCase(item: GalleryCase, index: number, active: string | null) {
    return renderCase(item, index, {
      hidden: active !== null && item.treatment !== active,
      near: this.#thumbnails.near.has(item.id),
      ratio: item.aspectRatio ?? this.aspectRatio,
      title: caseTitle(item, this.localization.language),
      words: this.localization.messages(galleryWords),
      localization: this.localization,
      broken: (side) => this.broken.has(`${item.id} ${side}`),
      failed: (side) => this.#thumbnailFailed(item, side),
      unavailable: this.unopened === item.id ? this.localization.messages(commonWords).contentUnavailable : undefined,
    });
  }

  /** A thumbnail that cannot load shows a placeholder in its place, and the clinic gets one warning for it. */
  #thumbnailFailed(item: GalleryCase, side: string): void {
    if (!this.isConnected) return;
    this.broken = new Set(this.broken).add(`${item.id} ${side}`);
    this.warn(`the ${side} photo of case ${quote(item.id)} (${quote(item[side as 'before'])}) could not be loaded; check its URL.`);
  }

  #renderDialog() {
    const messages = this.localization.messages(galleryWords);
    const item = this.shown[this.openIndex];
    const visible = this.#visibleCases;
    return this.dialogView!.renderDialog({
      item,
      title: item ? caseTitle(item, this.localization.language) : '',
      position: messages.position(visible.indexOf(item) + 1, visible.length),
      closeLabel: this.localization.messages(commonWords).close,
      previous: messages.previous,
      next: messages.next,
      ratio: item?.aspectRatio ?? this.aspectRatio ?? '4/3',
      details: item ? renderDetails(item, this.localization) : nothing,
      disclaimer: this.#disclaimerText,
      book: item && this.#bookLink(item.treatment, messages.book),
      canStep: visible.length > 1,
      rtl: () => getComputedStyle(this).direction === 'rtl',
      step: (delta) => this.#step(delta),
      closed: this.#handleDialogClose,
    });
  }

  /** The enlarged case's book link: `booking-url`, else the page's link for its treatment (core/booking.ts). */
  #bookLink(treatment: string, label: string) {
    const template = bookingTemplate(this.bookingUrl, treatment);
    const url = template && fillTreatment(template, treatment);
    return url ? { url, label, click: (event: Event) => announceBooking(this, treatment, url, event) } : undefined;
  }

  #warmSlider = () => void slider.load(this);

  protected override render() {
    const messages = this.localization.messages(galleryWords);
    const active = this.#activeTreatment;
    const isDisclaimerBlank = this.slottedDisclaimer === '';
    return html`
      ${this.status === 'ready' ? this.#renderFilters() : nothing}
      <p part="disclaimer" class="disclaimer">
        <span ?hidden=${isDisclaimerBlank}><slot name="disclaimer" @slotchange=${this.#handleDisclaimerSlotChange}>${this.#disclaimerText}</slot></span>${isDisclaimerBlank ? this.#disclaimerText : nothing}
      </p>
      ${this.status === 'loading' ? html`<p class="state" role="status">${this.localization.messages(commonWords).loading}</p>` : nothing}
      ${this.status === 'error' ? html`<p part="error" class="state error" role="alert">${this.localization.messages(commonWords).contentUnavailable}</p>` : nothing}
      ${this.status === 'ready' && !this.shown.length ? html`<p class="state">${messages.empty}</p>` : nothing}
      <ul part="grid" class="grid" role="list" aria-label=${messages.resultsHeading} @click=${this.#handleGridClick} @pointerover=${this.#warmSlider} @focusin=${this.#warmSlider}>
        ${this.shown.map((item, index) => this.#renderCase(item, index, active))}
      </ul>
      <p class="visually-hidden" role="status">${this.announcement}</p>
      ${this.dialogView ? this.#renderDialog() : nothing}
    `;
  }
}
