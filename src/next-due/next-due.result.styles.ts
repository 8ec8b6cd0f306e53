import { css } from 'lit';

/** The result's styles: the element adopts them once a result is first shown (they come with the lazy chunk). */
export const resultStyles = css`
  .result {
    display: grid;
    gap: var(--_blush-space-4);
    margin-block-start: var(--_blush-space-5);
    padding-block-start: var(--_blush-space-5);
    border-block-start: 1px solid var(--_blush-border);
  }

  .heading {
    color: var(--_blush-text-muted);
    font-size: 0.9375em;
  }

  .summary {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_blush-space-2) var(--_blush-space-3);
  }

  .range {
    font-size: 1.375em;
    font-weight: 600;
    line-height: 1.3;
  }

  .status {
    padding: var(--_blush-space-1) var(--_blush-space-3);
    border: 1px solid currentColor;
    border-radius: 999px;
    color: var(--_blush-accent);
    font-size: 0.875em;
    font-weight: 600;
    white-space: nowrap;
  }

  .status-due {
    border-color: var(--_blush-accent);
    background: var(--_blush-accent);
    color: var(--_blush-accent-contrast);
  }

  .status-overdue {
    color: var(--_blush-danger);
  }

  figure {
    margin: 0;
  }

  .timeline {
    position: relative;
    block-size: 1.5rem;
    margin-inline: 0.375rem;
  }

  .track,
  .window,
  .mark {
    position: absolute;
    inset-block-start: 50%;
    translate: 0 -50%;
  }

  .track {
    inset-inline: 0;
    block-size: 2px;
    background: var(--_blush-border);
  }

  .window {
    inset-inline-start: var(--window-start, 0%);
    inline-size: calc(var(--window-end, 0%) - var(--window-start, 0%));
    min-inline-size: 0.5rem;
    block-size: 0.5rem;
    border-radius: 999px;
    background: var(--_blush-accent);
  }

  .mark {
    inline-size: 0.75rem;
    block-size: 0.75rem;
    margin-inline-start: -0.375rem;
    border-radius: 50%;
  }

  .last {
    inset-inline-start: 0;
    background: var(--_blush-text-muted);
  }

  .now {
    inset-inline-start: var(--today, 0%);
    border: 2px solid currentColor;
    background: var(--_blush-surface-raised);
  }

  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_blush-space-1) var(--_blush-space-4);
    margin: var(--_blush-space-2) 0 0;
    padding: 0;
    list-style: none;
    font-size: 0.875em;
  }

  .legend li::before {
    content: '';
    display: inline-block;
    inline-size: 0.625rem;
    block-size: 0.625rem;
    margin-inline-end: var(--_blush-space-2);
    border-radius: 50%;
    background: var(--_blush-text-muted);
  }

  .legend-window::before {
    background: var(--_blush-accent) !important;
  }

  .legend-today::before {
    border: 2px solid currentColor;
    background: transparent !important;
  }

  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    justify-content: space-between;
    gap: var(--_blush-space-4);
  }

  .calendar {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_blush-space-2);
  }

  .calendar-label {
    flex-basis: 100%;
    font-weight: 600;
    font-size: 0.9375em;
  }

  /* In a social app's browser: guidance, "Copy link", and the address to copy by hand. */
  .in-app {
    max-inline-size: 36rem;
  }

  .in-app-help,
  .page-address-label,
  .copy-status {
    flex-basis: 100%;
  }

  .in-app-help {
    font-size: 0.9375em;
  }

  .page-address-label {
    display: grid;
    gap: var(--_blush-space-1);
    color: var(--_blush-text-muted);
    font-size: 0.875em;
  }

  .page-address {
    min-inline-size: 0;
    min-block-size: 2.75rem;
    padding-inline: var(--_blush-space-3);
    border: 1px solid var(--_blush-border);
    border-radius: var(--_blush-radius-small);
    background: var(--_blush-surface-raised);
    color: var(--_blush-text);
    font: inherit;
    font-size: 1rem;
  }

  .copy-status {
    font-size: 0.875em;
    font-weight: 600;
  }

  /* Kept in the accessibility tree while empty (a live region must exist before it speaks), but out of the flow. */
  .copy-status:empty {
    position: absolute;
  }

  @media (forced-colors: active) {
    .window,
    .legend-window::before,
    .status-due {
      background: Highlight !important;
      forced-color-adjust: none;
    }

    .track,
    .last,
    .legend li::before {
      background: CanvasText;
      forced-color-adjust: none;
    }

    .button {
      border-color: ButtonText;
    }
  }
`;
