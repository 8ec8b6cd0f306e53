import { css, html, nothing, svg, type TemplateResult } from 'lit';
import { keyed } from 'lit/directives/keyed.js';

// The enlarged view is fetched on a case's first opening (with the slider), so a page of thumbnails
// never pays for its template, handlers and styles. It imports nothing of the gallery's own chunk:
// the gallery hands over everything it needs as `DialogParts`.

/** What the gallery gives the dialog on each render; `item` is unset while it is closed. */
export interface DialogParts {
  item?: { id: string; before: string; after: string; beforeAlt?: string; afterAlt?: string; caption?: string; sensitive?: boolean; alignment: Record<string, string | undefined> };
  title: string;
  position: string;
  closeLabel: string;
  previous: string;
  next: string;
  ratio: string;
  details: unknown;
  disclaimer: string;
  canStep: boolean;
  rtl(): boolean;
  step(delta: number): void;
  closed(): void;
}

const SWIPE_DISTANCE = 48;
// One touch gesture at a time, and a modal dialog has it: one module-wide start is enough.
let swipeStart: { x: number; y: number; id: number } | null = null;

const onSlider = (event: Event) => event.composedPath().some((node) => (node as Element).localName === 'blush-before-after');

const chevron = (direction: 'previous' | 'next') => html`<svg class="chevron ${direction}" viewBox="0 0 24 24" aria-hidden="true">${svg`<path d="M15 5l-7 7 7 7" />`}</svg>`;

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
    parts.step((dx < 0) !== parts.rtl() ? 1 : -1);
  };
  return html`<dialog part="dialog" aria-labelledby="dialog-title" @close=${parts.closed} @keydown=${keydown} @click=${click} @pointerdown=${pointerdown} @pointerup=${pointerup} @pointercancel=${() => (swipeStart = null)}>
    ${item
      ? html`<div class="panel">
          <header class="dialog-header">
            <h2 id="dialog-title" class="dialog-title">${parts.title}</h2>
            <p class="position" aria-live="polite">${parts.position}</p>
            <button type="button" part="nav-button" class="icon-button close" aria-label=${parts.closeLabel} @click=${(event: Event) => (event.currentTarget as Element).closest('dialog')!.close()}>
              <svg viewBox="0 0 24 24" aria-hidden="true"><path d="M6 6l12 12M18 6L6 18" /></svg>
            </button>
          </header>
          ${keyed(item.id, html`<blush-before-after part="slider" class="slider" before=${item.before} after=${item.after} before-alt=${item.beforeAlt} after-alt=${item.afterAlt} caption=${item.caption ?? nothing} aspect-ratio=${parts.ratio} ?sensitive=${item.sensitive} before-position=${item.alignment['before-position'] ?? nothing} after-position=${item.alignment['after-position'] ?? nothing} before-scale=${item.alignment['before-scale'] ?? nothing} after-scale=${item.alignment['after-scale'] ?? nothing} before-offset=${item.alignment['before-offset'] ?? nothing} after-offset=${item.alignment['after-offset'] ?? nothing}></blush-before-after>`)}
          ${parts.details}
          <p part="disclaimer" class="disclaimer">${parts.disclaimer}</p>
          ${parts.canStep
            ? html`<div class="dialog-nav">
                <button type="button" part="nav-button" class="nav previous" @click=${() => parts.step(-1)}>${chevron('previous')}<span>${parts.previous}</span></button>
                <button type="button" part="nav-button" class="nav next" @click=${() => parts.step(1)}><span>${parts.next}</span>${chevron('next')}</button>
              </div>`
            : nothing}
        </div>`
      : nothing}
  </dialog>`;
}

export const dialogStyles = css`
  dialog {
    inline-size: min(60rem, 100vw - 2rem);
    max-inline-size: none;
    max-block-size: calc(100dvh - 2rem);
    padding: 0;
    border: 1px solid var(--_blush-border);
    border-radius: var(--_blush-radius);
    background: var(--_blush-surface-raised);
    color: var(--blush-text, light-dark(#231c1f, #f5eef1));
    box-shadow: 0 24px 64px rgb(0 0 0 / 0.28);
    overflow: auto;
    overscroll-behavior: contain;
  }

  dialog::backdrop {
    background: rgb(20 14 17 / 0.72);
  }

  .panel {
    display: grid;
    gap: var(--_blush-space-4);
    padding: var(--_blush-space-5);
    /* Horizontal swipes reach our pointer handlers; vertical ones still scroll the dialog. */
    touch-action: pan-y;
  }

  .dialog-header {
    display: grid;
    grid-template-columns: 1fr auto;
    align-items: start;
    column-gap: var(--_blush-space-4);
  }

  .dialog-title {
    margin: 0;
    font-size: 1.25rem;
    line-height: 1.3;
  }

  .position {
    grid-row: 2;
    margin: 0;
    font-size: 0.875rem;
    color: var(--_blush-text-muted);
  }

  .icon-button {
    grid-row: 1 / span 2;
    grid-column: 2;
    display: grid;
    place-items: center;
    inline-size: 2.75rem;
    block-size: 2.75rem;
    padding: 0;
    border: 1px solid var(--_blush-border);
    border-radius: 999px;
    background: transparent;
    cursor: pointer;
  }

  svg {
    inline-size: 1.25rem;
    block-size: 1.25rem;
    fill: none;
    stroke: currentColor;
    stroke-width: 1.75;
    stroke-linecap: round;
    stroke-linejoin: round;
  }

  .chevron.next,
  .chevron.previous:dir(rtl) {
    transform: scaleX(-1);
  }

  .chevron.next:dir(rtl) {
    transform: none;
  }

  .slider {
    display: block;
    inline-size: min(100%, calc((100dvh - 27rem) * var(--_fit, 4 / 3)));
    margin-inline: auto;
  }

  dialog .disclaimer {
    margin: 0;
  }

  .dialog-nav {
    display: flex;
    justify-content: space-between;
    gap: var(--_blush-space-3);
  }

  @media (max-width: 40rem) {
    dialog {
      inline-size: 100vw;
      max-block-size: 100dvh;
      block-size: 100dvh;
      margin: 0;
      border: 0;
      border-radius: 0;
    }

    .panel {
      padding: var(--_blush-space-4);
    }
  }
`;
