import { css } from 'lit';

// A lightbox: the photo takes whatever the dialog's other parts leave. The stage is a size container,
// so the slider fits it both ways with container units (its foot, the side-by-side button, is
// reserved), and no amount of meta text can push the photo to zero. Layouts:
// - stacked (portrait): header, photo, meta, navigation; full screen on phones, photo edge to edge;
// - side (landscape): the photo on the whole height, header, meta and navigation in a column beside
//   it; full screen on short screens (a phone held sideways).
// The meta scrolls within its own area when it is too long, previous/next pinned to its end, so close,
// previous and next stay in view.
export const dialogStyles = css`
  dialog {
    /* The photo's aspect ratio; the gallery sets each case's own. */
    --_fit: 4 / 3;
    --_pad: var(--_blush-space-5);
    --_foot: 3.25rem;
    --_side: clamp(15rem, 26vw, 20rem);
    inline-size: min(96rem, 100vw - 2rem);
    /* Stacked on a tall screen, no taller than the photo at full width needs (plus the other parts). */
    block-size: min(100% - 2rem, (min(96rem, 100vw - 2rem) - 3rem) / (var(--_fit)) + 20rem);
    max-inline-size: none;
    max-block-size: none;
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
    background: rgb(20 14 17 / 0.8);
  }

  .panel {
    display: grid;
    /* The stage is sized first (the photo at full width, up to 55 %), then the meta takes what it
       needs of the rest (and scrolls beyond that), and the stage grows into whatever is left. */
    grid-template:
      'header' auto
      'stage' minmax(min(55%, 100vw / (var(--_fit)) + var(--_foot)), 1fr)
      'meta' minmax(0, auto) / minmax(0, 1fr);
    gap: var(--_gap, var(--_blush-space-4));
    block-size: 100%;
    padding: var(--_pad);
    /* Horizontal swipes reach our pointer handlers; vertical ones still scroll the dialog. */
    touch-action: pan-y;
  }

  .dialog-header {
    grid-area: header;
    display: grid;
    grid-template-columns: minmax(0, 1fr) auto;
    align-items: start;
    column-gap: var(--_blush-space-4);
  }

  .dialog-title {
    margin: 0;
    font-size: 1.25rem;
    line-height: 1.3;
    overflow-wrap: anywhere;
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

  .stage {
    grid-area: stage;
    container-type: size;
    display: grid;
    place-items: center;
  }

  .slider {
    display: block;
    inline-size: min(100cqi, (100cqb - var(--_foot)) * (var(--_fit)));
  }

  /* The dialog's title is the caption, so the slider's foot holds only its side-by-side button, at the end. */
  .slider::part(caption) {
    flex-basis: 0;
  }

  .meta {
    grid-area: meta;
    display: flex;
    flex-direction: column;
    gap: var(--_blush-space-2);
    min-block-size: 0;
    overflow: auto;
    /* Room for the buttons' focus rings, which the scroll area would clip. */
    padding-inline: var(--_blush-space-1);
    margin: 0 calc(-1 * var(--_blush-space-1)) calc(-1 * var(--_blush-space-1));
  }

  dialog .disclaimer {
    margin: 0;
  }

  .book {
    justify-self: start;
    display: inline-flex;
    align-items: center;
    min-block-size: 2.75rem;
    padding-inline: var(--_blush-space-4);
    border-radius: 999px;
    background: var(--_blush-accent);
    color: var(--_blush-accent-contrast);
    font-weight: 600;
    text-decoration: none;
  }

  .book:focus-visible {
    outline: 2px solid var(--_blush-accent);
    outline-offset: 2px;
  }

  @media (forced-colors: active) {
    .book {
      border: 1px solid ButtonText;
    }
  }

  .dialog-nav {
    position: sticky;
    inset-block-end: 0;
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    gap: var(--_blush-space-2);
    margin-block-start: auto;
    padding-block: var(--_blush-space-3) var(--_blush-space-1);
    background: var(--_blush-surface-raised);
  }

  @media (min-aspect-ratio: 5 / 4) {
    dialog {
      /* No taller than the photo needs when the stage's width is what limits it (4.5rem: the padding
         on both sides and the gap between the columns; 6.25rem: the padding and the photo's foot). */
      block-size: min(100% - 2rem, 64rem, (min(96rem, 100vw - 2rem) - 4.5rem - var(--_side)) / (var(--_fit)) + 6.25rem);
    }

    .panel {
      grid-template: 'stage header' auto 'stage meta' minmax(0, 1fr) / minmax(0, 1fr) var(--_side);
      column-gap: var(--_blush-space-5);
    }

    .dialog-nav .nav {
      flex: 1 1 auto;
      justify-content: center;
      padding-inline: var(--_blush-space-3);
    }
  }

  /* Phones: the whole screen. */
  @media (max-width: 40rem), (max-height: 32rem) {
    dialog {
      --_pad: var(--_blush-space-4);
      --_gap: var(--_blush-space-3);
      inline-size: 100%;
      block-size: 100%;
      margin: 0;
      border: 0;
      border-radius: 0;
    }

    .slider {
      --blush-radius: 0;
    }
  }

  /* Portrait phone: the photo runs edge to edge. */
  @media (max-width: 40rem) and (not (min-aspect-ratio: 5 / 4)) {
    .stage {
      margin-inline: calc(-1 * var(--_pad));
    }

    .slider::part(toggle) {
      margin-inline-end: var(--_pad);
    }
  }

  /* Phone held sideways: the photo meets the top and start edges; the column beside it keeps its margins. */
  @media (max-height: 32rem) and (min-aspect-ratio: 5 / 4) {
    dialog {
      --_pad: var(--_blush-space-3);
      --_foot: calc(3.25rem + var(--_pad));
    }

    /* The photo's column is as wide as the photo at full height; the column beside it gets the rest. */
    .panel {
      grid-template-columns: min(100% - var(--_side), (100dvh - var(--_foot)) * (var(--_fit)) - var(--_pad)) minmax(0, 1fr);
    }

    .stage {
      margin-block: calc(-1 * var(--_pad));
      margin-inline-start: calc(-1 * var(--_pad));
      place-items: start;
    }
  }

  /* The narrowest phones: previous and next as icons, their words kept as their names. */
  @media (max-width: 22.5rem) {
    .nav span {
      position: absolute;
      inline-size: 1px;
      block-size: 1px;
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
    }
  }
`;
