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

  /* The arrow in the clinic's accent, as on the form's select (forced colours: the native arrow). */
  select {
    appearance: none;
    padding-inline-end: 2.25rem;
    background-image: linear-gradient(45deg, transparent 50%, var(--_blush-accent) 50%), linear-gradient(135deg, var(--_blush-accent) 50%, transparent 50%);
    background-position:
      right 1.1rem center,
      right 0.75rem center;
    background-size: 0.35rem 0.35rem;
    background-repeat: no-repeat;
  }

  select:dir(rtl) {
    background-position:
      left 0.75rem center,
      left 1.1rem center;
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

  /* Drawn in the clinic's accent like the form's choices: outlined, then filled with a tick. */
  input[type='checkbox'] {
    appearance: none;
    display: inline-grid;
    place-content: center;
    flex: none;
    inline-size: 1.25rem;
    block-size: 1.25rem;
    margin: 0;
    border: 2px solid var(--_blush-accent);
    border-radius: 0.3em;
    background: var(--_blush-surface-raised);
  }

  input[type='checkbox']:checked {
    background: var(--_blush-accent);
  }

  input[type='checkbox']:checked::before {
    content: '';
    inline-size: 0.3rem;
    block-size: 0.6rem;
    margin-block-start: -0.12rem;
    border: solid var(--_blush-accent-contrast);
    border-width: 0 0.15rem 0.15rem 0;
    rotate: 45deg;
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

  @media (forced-colors: active) {
    select,
    input[type='checkbox'] {
      appearance: auto;
    }

    /* The native box draws its own tick. */
    input[type='checkbox']:checked::before {
      content: none;
    }
  }
`;
