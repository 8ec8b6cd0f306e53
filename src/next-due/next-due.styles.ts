import { css } from 'lit';

export const nextDueStyles = css`
  :host {
    max-inline-size: var(--blush-next-due-max-width, 40rem);
    padding: var(--_blush-space-5);
    border: 1px solid var(--_blush-border);
    border-radius: var(--_blush-radius);
    background: var(--_blush-surface);
  }

  ::slotted(*) {
    margin-block: 0 var(--_blush-space-4);
  }

  p {
    margin: 0;
  }

  .form {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 14rem), 1fr));
    gap: var(--_blush-space-4);
    align-items: start;
  }

  .field {
    display: grid;
    gap: var(--_blush-space-1);
  }

  label,
  .label {
    font-weight: 600;
    font-size: 0.9375em;
  }

  .fixed {
    display: grid;
    gap: var(--_blush-space-1);
  }

  .fixed strong {
    display: flex;
    align-items: center;
    min-block-size: 2.75rem;
    font-size: 1.0625em;
  }

  select,
  input[type='date'] {
    min-block-size: 2.75rem;
    inline-size: 100%;
    padding-block: var(--_blush-space-2);
    padding-inline: var(--_blush-space-3);
    border: 1px solid color-mix(in srgb, currentColor 35%, transparent);
    border-radius: var(--_blush-radius-small);
    background: var(--_blush-surface-raised);
    color: inherit;
    font: inherit;
  }

  input[aria-invalid='true'] {
    border-color: var(--_blush-danger);
  }

  .hint,
  .disclaimer,
  .note,
  .notice {
    color: var(--_blush-text-muted);
    font-size: 0.875em;
  }

  .remember {
    grid-column: 1 / -1;
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    column-gap: var(--_blush-space-2);
    row-gap: var(--_blush-space-1);
  }

  .remember label {
    font-weight: 400;
  }

  .remember .hint {
    flex-basis: 100%;
    padding-inline-start: calc(1.25rem + var(--_blush-space-2));
  }

  input[type='checkbox'] {
    inline-size: 1.25rem;
    block-size: 1.25rem;
    margin: 0;
    accent-color: var(--_blush-accent);
  }

  button,
  .button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    min-block-size: 2.75rem;
    padding-block: var(--_blush-space-2);
    padding-inline: var(--_blush-space-4);
    border: 1px solid var(--_blush-border);
    border-radius: 999px;
    background: var(--_blush-surface-raised);
    color: inherit;
    font: inherit;
    font-size: 0.9375em;
    font-weight: 500;
    text-decoration: none;
    cursor: pointer;
    transition: border-color var(--_blush-duration) var(--_blush-easing), background-color var(--_blush-duration) var(--_blush-easing);
  }

  .button:hover {
    border-color: var(--_blush-accent);
  }

  .primary {
    border-color: var(--_blush-accent);
    background: var(--_blush-accent);
    color: var(--_blush-accent-contrast);
  }

  .primary:hover {
    background: color-mix(in srgb, var(--_blush-accent) 88%, currentColor);
  }

  button.link {
    min-block-size: 1.5rem;
    padding: 0 var(--_blush-space-1);
    border: 0;
    background: none;
    color: var(--_blush-accent);
    text-decoration: underline;
    text-underline-offset: 0.2em;
  }

  .message,
  .notice {
    margin-block-start: var(--_blush-space-4);
  }

  .error {
    color: var(--_blush-danger);
    font-weight: 500;
  }

  [hidden] {
    display: none !important;
  }
`;
