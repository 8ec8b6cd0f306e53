import { html, nothing, svg, type TemplateResult } from 'lit';
import { keyed } from 'lit/directives/keyed.js';

// The enlarged view is fetched on a case's first opening (with the slider), so a page of thumbnails
// never pays for its template, handlers and styles. It imports nothing of the gallery's own chunk:
// the gallery hands over everything it needs as `DialogParts`, and calls the controls below.

export { dialogStyles } from './gallery.dialog.styles.js';

/** What the gallery gives the dialog on each render; `item` is unset while it is closed. */
export interface DialogParts {
  item?: {
    id: string;
    before: string;
    after: string;
    beforeAlt?: string;
    afterAlt?: string;
    caption?: string;
    sensitive?: boolean;
    alignment: Record<string, string | undefined>;
  };
  title: string;
  position: string;
  closeLabel: string;
  previous: string;
  next: string;
  ratio: string;
  details: unknown;
  disclaimer: string;
  /** The link to book the opened case's treatment, when the gallery or the page has one. */
  book?: { url: string; label: string; click(event: Event): void };
  canStep: boolean;
  rtl(): boolean;
  step(delta: number): void;
  closed(): void;
}

const SWIPE_DISTANCE = 48;
// One touch gesture at a time, and a modal dialog has it: one module-wide start is enough.
let swipeStart: { x: number; y: number; id: number } | null = null;

const onSlider = (event: Event) => event.composedPath().some((node) => (node as Element).localName === 'blush-before-after');

const chevron = (direction: 'previous' | 'next') =>
  html`<svg class="chevron ${direction}" viewBox="0 0 24 24" aria-hidden="true">${svg`<path d="M15 5l-7 7 7 7" />`}</svg>`;

export function renderDialog(parts: DialogParts): TemplateResult {
  const { item } = parts;
  const keydown = (event: KeyboardEvent) => {
    // Arrow keys belong to the slider while it has focus.
    if ((event.key !== 'ArrowLeft' && event.key !== 'ArrowRight') || onSlider(event)) return;
    event.preventDefault();
    parts.step((event.key === 'ArrowRight') !== parts.rtl() ? 1 : -1);
  };
  // A click on the backdrop lands on the <dialog> itself, outside the panel.
  const click = (event: MouseEvent) => event.target === event.currentTarget && (event.currentTarget as HTMLDialogElement).close();
  const pointerdown = (event: PointerEvent) => {
    swipeStart = event.pointerType === 'touch' && !onSlider(event) ? { x: event.clientX, y: event.clientY, id: event.pointerId } : null;
  };
  const pointerup = (event: PointerEvent) => {
    const start = swipeStart;
    swipeStart = null;
    if (!start || start.id !== event.pointerId) return;
    const dx = event.clientX - start.x;
    if (Math.abs(dx) < SWIPE_DISTANCE || Math.abs(dx) < Math.abs(event.clientY - start.y) * 1.5) return;
    // Swiping left brings the next case in from the end side.
    parts.step(dx < 0 !== parts.rtl() ? 1 : -1);
  };
  // Previous and next share the meta's scroll area, pinned to its end: a long disclaimer on a small
  // screen scrolls there, and keyboards reach it from them (Up/Down). With no buttons, the area itself
  // takes focus (WCAG 2.1.1).
  return html`<dialog part="dialog" aria-labelledby="dialog-title" @close=${parts.closed} @keydown=${keydown} @click=${click} @pointerdown=${pointerdown} @pointerup=${pointerup} @pointercancel=${() => (swipeStart = null)}>
    ${
      item
        ? html`<div class="panel">
          <header class="dialog-header">
            <h2 id="dialog-title" class="dialog-title">${parts.title}</h2>
            <p class="position" aria-live="polite">${parts.position}</p>
            <button type="button" part="nav-button" class="icon-button close" aria-label=${parts.closeLabel} @click=${(event: Event) => (event.currentTarget as Element).closest('dialog')!.close()}>
              <svg viewBox="0 0 24 24" aria-hidden="true"><path d="M6 6l12 12M18 6L6 18" /></svg>
            </button>
          </header>
          <div class="stage">
            ${keyed(item.id, html`<blush-before-after part="slider" class="slider" before=${item.before} after=${item.after} before-alt=${item.beforeAlt} after-alt=${item.afterAlt} aspect-ratio=${parts.ratio} ?sensitive=${item.sensitive} before-position=${item.alignment['before-position'] ?? nothing} after-position=${item.alignment['after-position'] ?? nothing} before-scale=${item.alignment['before-scale'] ?? nothing} after-scale=${item.alignment['after-scale'] ?? nothing} before-offset=${item.alignment['before-offset'] ?? nothing} after-offset=${item.alignment['after-offset'] ?? nothing}></blush-before-after>`)}
          </div>
          <div class="meta" tabindex=${parts.canStep ? nothing : 0}>
            ${parts.details}
            <p part="disclaimer" class="disclaimer">${parts.disclaimer}</p>
            ${parts.book ? html`<a part="book" class="book" href=${parts.book.url} @click=${parts.book.click}>${parts.book.label}</a>` : nothing}
            ${
              parts.canStep
                ? html`<div class="dialog-nav">
                  <button type="button" part="nav-button" class="nav previous" @click=${() => parts.step(-1)}>${chevron('previous')}<span>${parts.previous}</span></button>
                  <button type="button" part="nav-button" class="nav next" @click=${() => parts.step(1)}><span>${parts.next}</span>${chevron('next')}</button>
                </div>`
                : nothing
            }
          </div>
        </div>`
        : nothing
    }
  </dialog>`;
}

type Case = NonNullable<DialogParts['item']>;

/** Shows the view as a modal and focuses its close button; false when it is not in the page. */
export function showModal(root: ParentNode): boolean {
  const dialog = root.querySelector('dialog');
  if (!dialog?.isConnected) return false;
  if (!dialog.open) dialog.showModal();
  // Explicit, because engines differ on autofocus inside a shadow root.
  root.querySelector<HTMLElement>('.close')?.focus();
  return true;
}

/** The case `delta` away among those the filter shows, wrapping around so the focused button never disappears. */
export function stepFrom<T extends Case>(visible: readonly T[], current: T | undefined, delta: number): T | undefined {
  const position = current ? visible.indexOf(current) : -1;
  if (position < 0 || visible.length < 2) return undefined;
  return visible[(position + delta + visible.length) % visible.length];
}

/** Once the view closes, focus goes back to the case's button in the grid. */
export function returnFocus(root: ShadowRoot, item: Case): void {
  const button = root.querySelector<HTMLElement>(`[data-case="${CSS.escape(item.id)}"]`);
  if (!button) return;
  button.focus();
  // The dialog's own focus restoration (to the case that opened it) can land after this; the case shown last wins.
  setTimeout(() => {
    const active = root.activeElement;
    if (active !== button && active?.hasAttribute('data-case')) button.focus();
  });
}
