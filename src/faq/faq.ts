import { html, nothing, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import { track } from '../core/analytics.js';
import { BlushElement } from '../core/blush-element.js';
import { ContentController } from '../core/controllers/content-controller.js';
import { safeLinkUrl } from '../core/safe-url.js';
import type { CtaContext } from './faq.cta.js';
import { faqWords, type FaqMessages } from './faq.messages.js';
import { answerText, cleanAttribute, fold, headingLevel, mergeFaqLists, questionEntities, readLightDomItems } from './faq.model.js';
import type { FaqDraft, FaqItem, FaqItemInput } from './faq.model.js';
import { renderItem, type Marker } from './faq.render.js';
import type { FaqQuestionEntity } from './faq.structured-data.js';
import { focusFirstQuestion, moveBetweenQuestions, PanelMotion } from './faq.dom.js';
import { claimFaqId, FaqLinks, releaseFaqIds } from './faq.links.js';
import { faqStyles } from './faq.styles.js';
import { PACK_SIZES } from './faq.pack-sizes.js';
import { bringParts, ctaCode, partTurnedOn, reader, retryFailedParts, searchCode, sourcesCode, updateStructuredData } from './faq.parts.js';

const unmarked: Marker = (text) => text;
// Yields to the browser: the scheduler's continuation where there is one (it runs before tasks
// already queued, such as the next element's registration), else a timer.
const nextTask = (): Promise<unknown> =>
  (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler?.yield?.() ?? new Promise((resolve) => setTimeout(resolve));
const NO_QUESTIONS =
  'has no questions; add <details><summary>Question</summary>Answer</details> children, an inline <script type="application/json">, src="…json" or pack="botox"';

/**
 * Treatment questions and answers as an accessible, searchable, linkable accordion.
 *
 * Content comes from `<details><summary>` children (readable without JavaScript and by
 * crawlers), an inline `<script type="application/json">` child or `src` URL, a built-in
 * `pack`, or the `items` property; all of them become one list, later sources overriding
 * earlier ones by id: pack, then JSON, then `items`, then `<details>`.
 *
 * Openings and calls to action are also `blush-analytics` events (`blush_faq_toggle`,
 * `blush_faq_book`), with no question or treatment in them, handed to the page's tag manager with
 * the `analytics` attribute (or `<html data-blush-analytics>`); search text never leaves the page.
 *
 * @tag blush-faq
 * @slot - `<details>` items (`<summary>` question, answer HTML: paragraphs, lists, links, emphasis),
 *   or one `<script type="application/json">` with `[{ "question", "answer", "id"?, "open"? }]`.
 *   Shown as-is until the element has read them.
 * @csspart item - One question with its answer.
 * @csspart question - The button that opens and closes an answer.
 * @csspart icon - The plus/minus sign beside a question.
 * @csspart answer - The region holding an answer.
 * @csspart search - The search field (with `searchable`).
 * @csspart toolbar - The row holding "Expand all".
 * @csspart cta - "Book a consultation" under an answer.
 * @csspart copy-link - The "Copy link" button under an answer.
 * @csspart source - Source and review date (with `show-sources`).
 * @csspart mark - A search match.
 * @csspart empty - The message when no question matches the search.
 * @csspart error - The message shown when there is no content to show.
 * @cssprop [--blush-faq-gap=0] - Space between items (a gap turns the lines into separate cards).
 * @cssprop [--blush-faq-question-size=1.0625em] - Font size of the questions.
 * @cssprop [--blush-faq-question-weight=600] - Font weight of the questions.
 * @fires {BlushFaqToggleEvent} blush-faq-toggle - An answer opened or closed; detail `{ id, open }`.
 * @fires {BlushFaqCtaEvent} blush-faq-cta - "Book a consultation" was chosen; detail `{ id, treatment, target }`.
 * @fires {BlushBookEvent} blush-book - A book link was used; detail `{ treatment, url, widget }`. Cancelable: `preventDefault()` keeps the page where it is (to open a booking overlay instead).
 * @attr {boolean} analytics - Hands this widget's `blush-analytics` events to the page's tag manager (gtag.js, or Google Tag Manager's `window.dataLayer`); `<html data-blush-analytics>` does it for every widget. Events say which widget did what, never a treatment, a date or anything typed.
 * @fires {BlushAnalyticsEvent} blush-analytics - A measurable step (`blush_faq_toggle`, `blush_faq_book`), for analytics; detail `{ event, params }`, cancelable. Handed to the page's tag manager with `analytics`.
 */
export class BlushFaq extends BlushElement {
  static override styles = [...BlushElement.styles, faqStyles];
  static override translations = [faqWords];

  static override properties: PropertyDeclarations = {
    pack: {},
    src: {},
    items: { attribute: false },
    single: { type: Boolean, reflect: true },
    searchable: { type: Boolean },
    headingLevel: { attribute: 'heading-level' },
    structuredData: { type: Boolean, reflect: true, attribute: 'structured-data' },
    cta: { type: Boolean },
    bookingUrl: { attribute: 'booking-url' },
    treatment: {},
    showSources: { type: Boolean, attribute: 'show-sources' },
    model: { state: true, attribute: false },
    status: { state: true, attribute: false },
    query: { state: true, attribute: false },
    announcement: { state: true, attribute: false },
  };

  /** Built-in content pack, e.g. `botox`. Your own `<details>` or JSON items with the same id replace its answers; others are added. */
  pack?: string;

  /** URL of a JSON file of questions (`[{ "question", "answer" }]`, `{ "items": [...] }` or schema.org `FAQPage`). @url @owner */
  src?: string;

  /** Questions set from script, in the same shape as the JSON. */
  items?: FaqItemInput[];

  /** Only one answer open at a time. Default: `false` (any number open). */
  single = false;

  /** Shows a search field that filters questions and answers as the visitor types. Default: `false`. */
  searchable = false;

  /** Heading level (1–6) of each question, to fit the page's outline. Default: `3`. */
  headingLevel: number | string = 3;

  /** Adds schema.org `FAQPage` JSON-LD to the page (one script for all FAQs). Default: `false`. */
  structuredData = false;

  /** Ends each answer with "Book a consultation", which opens the page's `<blush-consult-form>`. Default: `false`. */
  cta = false;

  /** Booking page for "Book a consultation" (implies `cta`); `{treatment}` becomes the treatment's id. Without it, `cta` uses the page's `blushWidgetsConfig.booking` link for the treatment, else the page's `<blush-consult-form>`. @url */
  bookingUrl?: string;

  /** Catalog id of the treatment these questions are about (pre-filled in the consultation form). Packs set their own. */
  treatment?: string;

  /** Shows each answer's source and review date. Default: `false`. */
  showSources = false;

  private model: FaqItem[] = [];
  private status: 'loading' | 'ready' | 'error' | 'empty' = 'loading';
  private query = '';
  private announcement = '';

  #openIds = new Set<string>();
  #seenIds = new Set<string>();
  #motion = new PanelMotion(this);
  #searchIndex = new WeakMap<FaqItem, string>();
  #packTreatment?: string;
  // Children, inline JSON, `src`, `pack` and `items`, read again when any changes, or the language
  // (a pack speaks it).
  protected readonly content = new ContentController(this, {
    watch: { childList: true, subtree: true, characterData: true },
    args: () => [this.pack, this.src, this.items, this.localization.language],
    read: (signal) => this.#load(signal),
  });

  #links = new FaqLinks(this, {
    has: (id) => this.model.some((item) => item.id === id),
    reveal: (id) => {
      if (!this.#visibleItems().some((item) => item.id === id)) this.query = '';
      this.#setOpen(id, true);
    },
    announce: (text) => (this.announcement = text),
    words: () => this.localization.messages(faqWords),
  });

  /** Opens the answer with this id (closing others in `single` mode). */
  show(id: string): void {
    this.#setOpen(id, true);
  }

  /** Closes the answer with this id. */
  hide(id: string): void {
    this.#setOpen(id, false);
  }

  /** Opens every answer shown (every match while searching). Ignored in `single` mode. */
  expandAll(): void {
    if (!this.single) for (const item of this.#visibleItems()) this.#setOpen(item.id, true);
  }

  /** Closes every answer. */
  collapseAll(): void {
    for (const item of this.model) this.#setOpen(item.id, false);
  }

  /** The questions as schema.org `Question` entities, built from the content shown. */
  getStructuredData(): FaqQuestionEntity[] {
    return questionEntities(this.model);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    if (this.structuredData) updateStructuredData(this);
  }

  // A setting turned on after the first render: bring its part, then draw again (the questions
  // need no new read; the first read brings the parts itself).
  protected override willUpdate(changed: PropertyValues<BlushFaq>): void {
    if (this.hasUpdated && partTurnedOn(this, changed)) void bringParts(this).then(() => this.requestUpdate());
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('structuredData') && changed.get('structuredData') !== undefined) updateStructuredData(this);
  }

  async #load(signal: AbortSignal): Promise<void> {
    const language = this.localization.language;
    let read: { lists: FaqDraft[][]; failed: boolean; treatment?: string } = { lists: [], failed: false };
    if (this.pack || this.src || this.items || this.querySelector(':scope > script[type="application/json"]')) {
      const loader = await reader.load(this);
      const sources = { pack: this.pack, src: this.src, items: this.items, language };
      read = loader ? await loader.loadFaqSources(this, sources, signal, (message) => this.warn(message)) : { lists: [], failed: true };
    }
    const { lists, failed } = read;
    this.#packTreatment = read.treatment;
    // The optional parts bring their own styles.
    await bringParts(this);
    // The first drawing of the questions is the largest piece of a page's start-up: in a task of
    // its own, after the upgrade and the read (where both ran in one task, as in the all-in-one
    // file, a slow phone had one long task). The loading state keeps the place meanwhile.
    if (this.status === 'loading') await nextTask();
    if (signal.aborted) return;
    releaseFaqIds(this);
    const light = readLightDomItems(this);
    // A pack's questions written into the page hold its place until the pack (in the page's
    // language) replaces them; the clinic's own questions, after, still win over the pack's.
    const model = mergeFaqLists(
      lists.length ? [light.filter((item) => item.copy), ...lists, light.filter((item) => !item.copy)] : [light],
    ).map((item) => ({ ...item, id: claimFaqId(this, item.id) }));
    for (const item of model) {
      if (!this.#seenIds.has(item.id) && item.open && !(this.single && this.#openIds.size)) this.#openIds.add(item.id);
      this.#seenIds.add(item.id);
      this.#searchIndex.set(item, fold(`${item.question}\n${answerText(item.answer)}`));
    }
    this.model = model;
    this.status = model.length ? 'ready' : failed ? 'error' : 'empty';
    if (this.status === 'empty') this.warn(NO_QUESTIONS);
    if (this.structuredData) updateStructuredData(this);
    this.#links.follow(false);
  }

  #setOpen(id: string, open: boolean): void {
    if (!this.model.some((item) => item.id === id) || this.#openIds.has(id) === open) return;
    if (open && this.single) for (const other of [...this.#openIds]) this.#setOpen(other, false);
    if (open) this.#openIds.add(id);
    else this.#openIds.delete(id);
    this.#motion.change(id, open);
    this.requestUpdate();
    void retryFailedParts(this);
    this.emit('blush-faq-toggle', { id, open });
    track(this, 'blush_faq_toggle', { open });
  }

  #visibleItems(): FaqItem[] {
    const terms = searchCode.value?.searchTerms(this.query) ?? [];
    return terms.length ? this.model.filter((item) => terms.every((term) => this.#searchIndex.get(item)?.includes(term))) : this.model;
  }

  #setQuery = (query: string): void => {
    this.query = query;
    const words = this.localization.messages(faqWords);
    this.announcement = searchCode.value?.announcement(words, query, this.#visibleItems().length, this.localization.locale) ?? '';
  };

  // One listener for every question, "Copy link" and call to action in the list: hundreds of
  // items then cost no per-item listeners.
  #handleListClick(event: Event): void {
    const target = (event.target as Element).closest<HTMLElement>('[data-id]');
    const id = target?.dataset.id;
    if (!id) return;
    if (target.classList.contains('question')) this.#setOpen(id, !this.#openIds.has(id));
    else if (target.classList.contains('copy-link')) this.#links.copy(id);
    else if (target.classList.contains('cta')) ctaCode.value?.handleCta(this.#ctaContext(), id, event);
  }

  // Find-in-page revealed text in a closed answer (hidden="until-found"): open it for real.
  // A capturing listener, so it works whether or not the engine lets the event bubble.
  #handleBeforeMatch = {
    handleEvent: (event: Event) => {
      const panel = event.target as HTMLElement;
      if (panel.classList?.contains('panel')) this.#setOpen(panel.id.slice(2), true);
    },
    capture: true,
  };

  #ctaContext(): CtaContext {
    return {
      host: this,
      cta: this.cta,
      bookingUrl: this.bookingUrl,
      treatment: cleanAttribute(this.treatment) || this.#packTreatment,
      emit: (detail) => this.emit('blush-faq-cta', detail),
    };
  }

  #renderCta(id: string, label: string): TemplateResult | typeof nothing {
    if (ctaCode.value) return this.cta || this.bookingUrl ? ctaCode.value.renderCta(this.#ctaContext(), id, label) : nothing;
    // The button's code could not be fetched: a plain link still takes the visitor to the booking page.
    const url = ctaCode.failed && safeLinkUrl(cleanAttribute(this.bookingUrl));
    return url ? html`<a part="cta" class="cta" href=${url}>${label}</a>` : nothing;
  }

  #renderItem(item: FaqItem, mark: Marker, level: number, words: FaqMessages, hidden: boolean): TemplateResult {
    const { id } = item;
    return renderItem(item, {
      mark: hidden ? unmarked : mark,
      level,
      words,
      hidden,
      open: this.#openIds.has(id),
      closing: this.#motion.isClosing(id),
      copied: this.#links.copiedId === id,
      source: this.showSources && sourcesCode.value ? sourcesCode.value.renderSource(item, words, this.localization.locale) : nothing,
      cta: item.cta === false ? nothing : this.#renderCta(id, words.bookConsultation),
    });
  }

  // Until the questions are read: the page's own <details> as they are (FAQ_ROWS_CSS sizes them
  // like rows), or for a bare built-in pack an empty row for each of its questions.
  #renderLoading(): TemplateResult {
    const rows = !this.querySelector(':scope > details') && PACK_SIZES[cleanAttribute(this.pack)];
    if (!rows) return html`<slot></slot>`;
    const bar = !this.single && rows > 2;
    return html`<div class="skeleton ${this.searchable ? 'search' : ''} ${bar ? 'bar' : ''}"><div class="rows">${Array.from({ length: rows }, () => html`<div></div>`)}</div></div><slot></slot>`;
  }

  protected override render(): TemplateResult {
    const messages = this.localization.messages(faqWords);
    if (this.status === 'loading') return this.#renderLoading();
    if (this.status !== 'ready')
      return html`<p part="error" class="error">${this.status === 'error' ? messages.unavailable : messages.empty}</p>`;
    const search = searchCode.value;
    const terms = search?.searchTerms(this.query) ?? [];
    const mark: Marker = search && terms.length ? (text) => search.highlight(text, terms) : unmarked;
    const visible = this.#visibleItems();
    const level = headingLevel(this.headingLevel, (message) => this.warn(message));
    const isAllOpen = visible.every((item) => this.#openIds.has(item.id));
    // Filtered-out items stay in the DOM, hidden: a keystroke then changes attributes, not whole subtrees.
    const shown = new Set(visible);
    const words = search && messages;
    return html`
      ${this.searchable && search && words ? search.renderSearch(words, this.query, this.#setQuery, () => focusFirstQuestion(this.renderRoot)) : nothing}
      ${
        !this.single && this.model.length > 2 && visible.length
          ? html`<div part="toolbar" class="toolbar">
            <button class="toggle-all" @click=${() => (isAllOpen ? this.collapseAll() : this.expandAll())}>${isAllOpen ? messages.collapseAll : messages.expandAll}</button>
          </div>`
          : nothing
      }
      <div class="list" ?hidden=${!visible.length} @keydown=${(event: KeyboardEvent) => moveBetweenQuestions(this.renderRoot, event)} @click=${this.#handleListClick} @beforematch=${this.#handleBeforeMatch}>
        ${this.model.map((item) => this.#renderItem(item, mark, level, messages, !shown.has(item)))}
      </div>
      ${visible.length || !search || !words ? nothing : search.renderNoMatches(words, this.query, this.#renderCta('', words.askUs))}
      <div class="visually-hidden" role="status">${this.announcement}</div>
    `;
  }
}
