import { css } from 'lit';

export const galleryStyles = css`
  .filters {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_blush-space-2);
    margin-block-end: var(--_blush-space-4);
  }

  button {
    font: inherit;
    color: inherit;
  }

  .chip,
  .nav {
    display: inline-flex;
    align-items: center;
    gap: var(--_blush-space-2);
    min-block-size: 2.5rem;
    padding-block: 0;
    padding-inline: var(--_blush-space-4);
    border: 1px solid var(--_blush-border);
    border-radius: 999px;
    background: transparent;
    cursor: pointer;
    transition: background-color var(--_blush-duration) var(--_blush-easing), border-color var(--_blush-duration) var(--_blush-easing);
  }

  .chip:hover,
  .nav:hover,
  .icon-button:hover {
    border-color: color-mix(in srgb, currentColor 40%, transparent);
  }

  .count {
    font-size: 0.8125em;
    font-variant-numeric: tabular-nums;
    color: var(--_blush-text-muted);
  }

  .chip[aria-pressed='true'] {
    background: var(--_blush-accent);
    border-color: var(--_blush-accent);
    color: var(--_blush-accent-contrast);
  }

  .chip[aria-pressed='true'] .count {
    color: inherit;
    opacity: 0.85;
  }

  .disclaimer {
    margin-block: 0 var(--_blush-space-5);
    font-size: 0.875rem;
    color: var(--_blush-text-muted);
    max-inline-size: 70ch;
  }

  .state {
    margin-block: 0 var(--_blush-space-4);
  }

  .error {
    color: var(--_blush-danger);
  }

  .grid {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--blush-gallery-min-column, 16rem)), 1fr));
    gap: var(--blush-gallery-gap, var(--_blush-space-5));
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .case {
    display: flex;
    flex-direction: column;
    gap: var(--_blush-space-2);
    min-inline-size: 0;
    /* Off-screen cases skip layout and paint; the reserved size keeps the scrollbar steady. */
    content-visibility: auto;
    contain-intrinsic-size: auto 20rem;
  }

  .case[hidden] {
    display: none;
  }

  .frame {
    position: relative;
  }

  .thumb {
    position: relative;
    display: grid;
    grid-template-columns: 1fr 1fr;
    gap: 2px;
    inline-size: 100%;
    aspect-ratio: var(--_ratio, 4 / 3);
    padding: 0;
    border: 0;
    border-radius: var(--_blush-radius);
    overflow: hidden;
    background: var(--_blush-border);
    cursor: zoom-in;
  }

  .half {
    position: relative;
    overflow: hidden;
    background: var(--_blush-surface);
  }

  .missing {
    display: grid;
    place-items: center;
    padding: var(--_blush-space-2);
    color: var(--_blush-text-muted);
    font-size: 0.8125rem;
    text-align: center;
  }

  .half img {
    display: block;
    inline-size: 100%;
    block-size: 100%;
    object-fit: cover;
    transition: transform calc(var(--_blush-duration) * 2) var(--_blush-easing);
  }

  .thumb:hover img,
  .thumb:focus-visible img {
    transform: scale(1.03);
  }

  .tag {
    position: absolute;
    inset-block-start: var(--_blush-space-2);
    inset-inline-start: var(--_blush-space-2);
    padding-block: 0.125rem;
    padding-inline: var(--_blush-space-2);
    border-radius: 999px;
    background: rgb(20 14 17 / 0.62);
    color: #fff;
    font-size: 0.75rem;
    letter-spacing: 0.02em;
    pointer-events: none;
  }

  .tag.after {
    inset-inline-start: calc(50% + 1px + var(--_blush-space-2));
  }

  .is-sensitive img {
    filter: blur(18px);
  }

  .veil {
    position: absolute;
    inset: 0;
    display: grid;
    place-items: center;
    /* Dark enough (64 %) that the white words pass 4.5:1 over any photo, a white one included. */
    background: #181114a3;
    border-radius: var(--_blush-radius);
    color: #fff;
    font-size: 0.875rem;
    font-weight: 600;
    pointer-events: none;
  }

  .title {
    margin: 0;
    font-weight: 600;
    overflow-wrap: anywhere;
  }

  .details {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_blush-space-1) var(--_blush-space-3);
    margin: 0;
    padding: 0;
    list-style: none;
    font-size: 0.875rem;
    color: var(--_blush-text-muted);
  }

  .badge {
    padding-block: 0.0625rem;
    padding-inline: var(--_blush-space-2);
    border: 1px solid var(--_blush-border);
    border-radius: 999px;
    font-size: 0.75rem;
    letter-spacing: 0.02em;
  }

  @media (forced-colors: active) {
    .chip[aria-pressed='true'] {
      background: Highlight;
      border-color: Highlight;
      color: HighlightText;
    }

    .tag,
    .badge,
    .thumb {
      border: 1px solid CanvasText;
    }
  }
`;
