import { html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { BlushElement } from '../core/blush-element.js';
import { safeImageUrl } from '../core/safe-url.js';
import { quote } from '../core/warn.js';
import { prefersReducedMotion } from '../core/motion.js';
import { styles } from './before-after.styles.js';
import { beforeAfterWords } from './before-after.messages.js';
import { formatNumber } from '../core/i18n/format.js';
import { clamp, DividerDrag } from './before-after.drag.js';
import { applyAlignment, Photos, type Side } from './before-after.media.js';

/**
 * Compares a before and an after photo with a draggable divider: drag (mouse, pen, touch — a
 * vertical swipe still scrolls the page), tap or click to move it there, or use the keyboard.
 * Both photos cover one box of fixed aspect ratio, so pictures of different sizes line up and
 * nothing shifts while they load.
 *
 * Extra attributes a gallery adds (`treatment`, `area`, `sessions`, …) are ignored.
 *
 * @tag blush-before-after
 * @slot before - The before photo: an `<img>` or `<picture>` (with `srcset`/`sizes`); give it `alt`, `width` and `height`.
 * @slot after - The after photo, likewise.
 * @slot caption - Caption under the photos (rich text); overrides `caption`.
 * @csspart before - The layer holding the before photo.
 * @csspart after - The layer holding the after photo.
 * @csspart label - The "Before"/"After" badges.
 * @csspart divider - The line between the photos.
 * @csspart handle - The round grip on the divider.
 * @csspart missing - Placeholder shown over a photo that failed to load.
 * @csspart veil - The cover over `sensitive` photos, with its "Show photos" button.
 * @csspart caption - The caption.
 * @csspart toggle - The "Side by side" button.
 * @cssprop [--blush-before-after-divider=#fff] - Colour of the divider line.
 * @cssprop [--blush-ba-max-block-size=85svh] - Tallest the slider gets on a phone held sideways (a short landscape screen); the photos keep their shape and the slider narrows.
 * @fires input - The divider moves (drag, tap, key); read `value`.
 * @fires change - The divider settles (pointer released, key pressed).
 */
export class BlushBeforeAfter extends BlushElement {
  static override styles = [...BlushElement.styles, styles];
  static override translations = [beforeAfterWords];

  static override properties: PropertyDeclarations = {
    beforeSrc: { attribute: 'before' },
    afterSrc: { attribute: 'after' },
    beforeAlt: { attribute: 'before-alt' },
    afterAlt: { attribute: 'after-alt' },
    beforeLabel: { attribute: 'before-label' },
    afterLabel: { attribute: 'after-label' },
    noLabels: { type: Boolean, attribute: 'no-labels' },
    noToggle: { type: Boolean, attribute: 'no-toggle' },
    caption: {},
    orientation: { reflect: true },
    view: { reflect: true },
    aspectRatio: { attribute: 'aspect-ratio' },
    hover: { type: Boolean },
    hint: { type: Boolean },
    sensitive: { type: Boolean },
    beforePosition: { attribute: 'before-position' },
    afterPosition: { attribute: 'after-position' },
    beforeScale: { attribute: 'before-scale' },
    afterScale: { attribute: 'after-scale' },
    beforeOffset: { attribute: 'before-offset' },
    afterOffset: { attribute: 'after-offset' },
    // No Number converter: a bad attribute is quoted as written in the warning.
    value: { noAccessor: true },
    revealed: { state: true, attribute: false },
    failed: { state: true, attribute: false },
  };

  /** URL of the before photo, attribute `before` (used when there is no `slot="before"` child). @url */
  beforeSrc?: string;
  /** URL of the after photo, attribute `after`. @url */
  afterSrc?: string;
  /** Text alternative of the before photo, e.g. "Frown lines between the brows at rest". */
  beforeAlt?: string;
  /** Text alternative of the after photo. */
  afterAlt?: string;
  /** Badge text instead of the localised "Before" (also used in the slider's spoken value). */
  beforeLabel?: string;
  /** Badge text instead of the localised "After". */
  afterLabel?: string;
  /** Hides the Before/After badges. Default `false`. */
  noLabels?: boolean;
  /** Hides the "Side by side" button. Default `false`. */
  noToggle?: boolean;
  /** Plain-text caption under the photos (the `caption` slot takes precedence). */
  caption?: string;
  /** `horizontal` (default; before on the inline-start side) or `vertical` (before on top). */
  orientation?: 'horizontal' | 'vertical';
  /** `slider` (default), or `side-by-side` to show both photos next to each other. */
  view?: 'slider' | 'side-by-side';
  /** Width/height of the box, e.g. `4/5`. Default: the before photo's `width`/`height` attributes, else 4/3 until the before photo loads and then its natural size (a layout shift, so it warns with the value to set). */
  aspectRatio?: string;
  /** The divider follows the mouse without a click (touch and keyboard work as usual). Default `false`. */
  hover?: boolean;
  /** Sweeps the divider once when the element first scrolls into view (never under reduced motion). Default `false`. */
  hint?: boolean;
  /** Blurs the photos until the visitor presses "Show photos" (photos of body areas). Default `false`. */
  sensitive?: boolean;
  /** Focal point of the before photo (CSS `object-position`), e.g. `50% 30%`; also the centre of its scale. Default centred. */
  beforePosition?: string;
  /** Focal point of the after photo. */
  afterPosition?: string;
  /** Zoom of the before photo (CSS `scale`), e.g. `1.1`, to match the other photo's framing. Default `1`. */
  beforeScale?: string;
  /** Zoom of the after photo. */
  afterScale?: string;
  /** Shift of the before photo (CSS `translate`: x, then y), e.g. `2% -3%`. Default none. */
  beforeOffset?: string;
  /** Shift of the after photo. */
  afterOffset?: string;

  /** @internal */
  private revealed?: boolean;
  /** @internal */
  private failed: Side[] = [];

  #value = 50;
  #touched = false;
  #observer?: IntersectionObserver;
  /** An update was skipped while a gallery's case child (its changes are drawn when it leaves). */
  #skipped?: boolean;
  #photos = new Photos(
    this,
    (message) => this.warn(message),
    (side, failed) => {
      if (failed !== this.failed.includes(side))
        this.failed = failed ? [...this.failed, side] : this.failed.filter((other) => other !== side);
    },
  );
  #drag = new DividerDrag(this, {
    value: () => this.#value,
    setValue: (value) => (this.#value = value),
    paint: () => this.#paint(),
    sync: () => this.#sync(),
    enabled: () => this.view !== 'side-by-side' && !(this.sensitive && !this.revealed),
    emit: (type) => this.#emit(type),
    touched: () => (this.#touched = true),
    focus: () => this.#range?.focus({ preventScroll: true }),
  });

  /**
   * Divider position, 0–100 (default 50): the share of the box showing the before photo,
   * measured from the inline-start edge (or the top when vertical). Out-of-range values are clamped.
   */
  get value(): number {
    return this.#value;
  }

  set value(next: number) {
    next ??= 50;
    if (!Number.isFinite(+next)) {
      this.warn(`value=${quote(String(next))} is not a number; use 0–100.`);
      return;
    }
    this.#value = clamp(+next);
    this.#sync();
  }

  get #range(): HTMLInputElement | null {
    return this.renderRoot?.querySelector('input');
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Moved out of a gallery (see shouldUpdate): drawn now, as it is now.
    if (this.#skipped) this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#observer?.disconnect();
  }

  // A gallery's case child is data the gallery reads for its own grid and enlarged view, never
  // shown (no slot takes it): drawing it would be wasted work at start-up, six sliders on the demo.
  protected override shouldUpdate(): boolean {
    return !(this.#skipped = this.matches('blush-gallery>*'));
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('sensitive')) this.revealed = false;
    const allowed = { orientation: ['horizontal', 'vertical'], view: ['slider', 'side-by-side'] };
    for (const [name, values] of Object.entries(allowed)) {
      const given = this[name as keyof typeof allowed];
      if (given && !values.includes(given)) this.warn(`${name}=${quote(given)} is unknown; use ${values.join(' or ')}.`);
    }
  }

  protected override firstUpdated(): void {
    if (!this.hint || prefersReducedMotion()) return;
    this.#observer = new IntersectionObserver(
      ([entry]) => {
        if (!entry.isIntersecting) return;
        this.#observer!.disconnect();
        const begin = performance.now();
        const step = (now: number) => {
          const progress = (now - begin) / 1600;
          if (progress >= 1 || this.#touched) return this.#paint();
          this.#paint(clamp(this.#value + 12 * Math.sin(progress * 2 * Math.PI) * (1 - progress)));
          requestAnimationFrame(step);
        };
        requestAnimationFrame(step);
      },
      { threshold: 0.6 },
    );
    this.#observer.observe(this);
  }

  protected override updated(): void {
    this.#sync();
    this.#photos.applyRatio();
    applyAlignment(this, (message) => this.warn(message));
  }

  // Templates are kept on few lines: their whitespace ships as is.
  override render() {
    const text = this.localization.messages(beforeAfterWords);
    const veiled = this.sensitive && !this.revealed;
    const sideBySide = this.view === 'side-by-side';
    return html`<figure>
<div class="frame ${veiled ? 'veiled' : ''}" @pointerdown=${this.#drag.down} @pointermove=${this.#drag.move} @pointerup=${this.#drag.up} @pointercancel=${this.#drag.cancel} @pointerenter=${() => this.hover && this.#drag.measure()} @pointerleave=${this.#drag.leave} @dragstart=${(event: Event) => event.preventDefault()} @load=${this.#photos.image} @error=${this.#photos.image}>
${this.#layer('before', this.beforeSrc, this.beforeAlt, text.missing)}${this.#layer('after', this.afterSrc, this.afterAlt, text.missing)}
<input type="range" step="any" aria-label=${text.slider} aria-orientation=${this.orientation === 'vertical' ? 'vertical' : 'horizontal'} ?disabled=${veiled} @keydown=${this.#handleKeydown} @input=${this.#handleRangeInput} @change=${() => this.#emit('change')}>
<div class="track"><div class="divider" part="divider"><div class="handle" part="handle"><svg viewBox="0 0 24 24" aria-hidden="true"><path d="M9 6 3 12l6 6m6-12 6 6-6 6"/></svg></div></div></div>
${veiled ? html`<div class="veil" part="veil"><p>${text.sensitive}</p><button type="button" @click=${this.#reveal}>${text.reveal}</button></div>` : nothing}
</div>
${
  this.caption || this.querySelector(':scope>[slot=caption]') || !this.noToggle
    ? html`<div class="foot"><figcaption part="caption"><slot name="caption">${this.caption}</slot></figcaption>${this.noToggle ? nothing : html`<button type="button" part="toggle" aria-pressed=${sideBySide} @click=${() => (this.view = sideBySide ? 'slider' : 'side-by-side')}>${text.sideBySide}</button>`}</div>`
    : nothing
}
</figure>`;
  }

  #label(side: Side): string {
    return this[`${side}Label`] || this.localization.messages(beforeAfterWords)[side];
  }

  #layer(side: Side, url: string | undefined, alt: string | undefined, missing: (side: string) => string) {
    const label = this.#label(side);
    // Photo URLs come from attributes or JSON: only http(s) (relative ones included) reach <img src>.
    const safe = url ? safeImageUrl(url) : null;
    if (url && !safe) this.warn(`${side}=${quote(url)} is not an http(s) or data:image URL; give the photo's address`);
    return html`<div class="layer ${side}" part=${side}><slot name=${side} @slotchange=${this.#photos.slotChange}>${safe ? html`<img src=${safe} alt=${alt ?? ''} loading="lazy" decoding="async" draggable="false">` : nothing}</slot>${this.noLabels ? nothing : html`<span class="label" part="label">${label}</span>`}${this.failed.includes(side) || (url && !safe) ? html`<div class="missing" part="missing"><span>${missing(label)}</span></div>` : nothing}</div>`;
  }

  /**
   * Moves the divider with two inline styles: the after layer's clip and the track's translate. A
   * move then restyles those two elements and lays out nothing (a custom property on the frame
   * restyled all 16 below it and ran a layout per move). Neither property has a logical form, so
   * the slider's direction is read here.
   */
  #paint(position = this.#value): void {
    const after = this.renderRoot.querySelector<HTMLElement>('.after');
    const track = this.renderRoot.querySelector<HTMLElement>('.track');
    if (!after || !track) return;
    const at = `${position}%`;
    const vertical = this.orientation === 'vertical';
    const rtl = !vertical && this.matches(':dir(rtl)');
    after.style.clipPath = vertical ? `inset(${at} 0 0)` : rtl ? `inset(0 ${at} 0 0)` : `inset(0 0 0 ${at})`;
    track.style.translate = vertical ? `0 ${at}` : rtl ? `-${at}` : at;
  }

  #sync(): void {
    const range = this.#range;
    if (!range) return;
    this.#paint();
    range.value = String(this.#value);
    const share = Math.round(this.#value) / 100;
    const locale = this.localization.locale;
    const percent = (value: number) => formatNumber(locale, value, { style: 'percent' });
    range.setAttribute(
      'aria-valuetext',
      `${percent(share)} ${this.#label('before').toLocaleLowerCase(locale)}, ${percent(1 - share)} ${this.#label('after').toLocaleLowerCase(locale)}`,
    );
  }

  // WAI-ARIA APG slider keys (https://www.w3.org/WAI/ARIA/apg/patterns/slider/); arrows move the
  // divider the way they point on screen, so Right moves it right in right-to-left pages too.
  #handleKeydown = (event: KeyboardEvent): void => {
    const vertical = this.orientation === 'vertical';
    const right = !vertical && this.matches(':dir(rtl)') ? -1 : 1;
    const up = vertical ? -1 : 1;
    const steps: Record<string, number> = {
      ArrowRight: right,
      ArrowLeft: -right,
      ArrowUp: up,
      ArrowDown: -up,
      PageUp: 10 * up,
      PageDown: -10 * up,
    };
    const next = event.key === 'Home' ? 0 : event.key === 'End' ? 100 : Math.round(this.#value + steps[event.key]);
    if (Number.isNaN(next)) return;
    event.preventDefault();
    this.#touched = true;
    const previous = this.#value;
    this.value = next;
    if (this.#value !== previous) {
      this.#emit('input');
      this.#emit('change');
    }
  };

  // Assistive technology (e.g. a screen reader's swipe) sets the range directly.
  #handleRangeInput = (event: Event): void => {
    event.stopPropagation();
    this.value = +(event.target as HTMLInputElement).value;
    this.#emit('input');
  };

  async #reveal(): Promise<void> {
    this.revealed = true;
    await this.updateComplete;
    this.#range?.focus();
  }

  // Like a native range: input is composed, change is not.
  #emit(type: 'input' | 'change'): void {
    const event = new Event(type, { bubbles: true, composed: type === 'input' });
    this.dispatchEvent(event);
  }
}
