import { css } from 'lit';

/** Shadow styles: the column the light-DOM form and the page's slots sit in. */
export const hostStyles = css`
  .base {
    display: flex;
    flex-direction: column;
    gap: var(--blush-consult-form-gap, 1.25rem);
    max-inline-size: 46em;
  }
  :host([state='sent']) slot:not([name='form']) {
    display: none;
  }
`;

/**
 * Styles for the fields the element renders into its own light DOM, adopted once by the document
 * (or the shadow root the element sits in). Every rule hangs off `:is(blush-consult-form, #_)`:
 * it only matches inside our element, so nothing leaks to the page, and the never-matching id
 * gives it id-level specificity, so a theme's `.entry-content input[type=email]` loses to it.
 * Unlayered, so a page's `@layer` resets lose as well.
 */
export const lightStyles = css`
  :is(blush-consult-form, #_) {
    .bcf,
    .bcf *,
    .bcf ::before,
    .bcf ::after {
      box-sizing: border-box;
    }
    .bcf {
      display: flex;
      flex-direction: column;
      gap: var(--blush-consult-form-gap, 1.25rem);
      margin: 0;
      padding: 0;
      border: 0;
      container-type: inline-size;
      font: inherit;
      line-height: 1.5;
      color: inherit;
      text-align: start;
    }
    /* :where keeps this below our own class rules; themes space every div (line-height: 3, padding). */
    .bcf :where(div) {
      margin: 0;
      padding: 0;
      line-height: inherit;
    }
    .bcf :is(p, ul, h3, fieldset, legend, label) {
      margin: 0;
      padding: 0;
      border: 0;
      font: inherit;
      color: inherit;
      background: none;
      float: none;
      inline-size: auto;
      text-transform: none;
      letter-spacing: normal;
    }
    .bcf-row {
      display: grid;
      gap: inherit;
      grid-template-columns: repeat(auto-fit, minmax(min(100%, 15em), 1fr));
    }
    .bcf-field,
    .bcf-group,
    .bcf-control {
      display: flex;
      flex-direction: column;
      gap: var(--_blush-space-2);
      min-inline-size: 0;
    }
    /* Fields side by side share two lines of the row, label and control (hint and error under
       it), so labels line up and inputs line up even when one label wraps. */
    .bcf-row > .bcf-field {
      display: grid;
      grid-row: span 2;
      grid-template-rows: subgrid;
    }
    .bcf .bcf-label {
      font-weight: 600;
    }
    .bcf .bcf-sublabel {
      font-weight: 500;
      color: var(--_blush-text-muted);
      font-size: 0.9375em;
    }
    .bcf-optional,
    .bcf .bcf-hint {
      font-weight: 400;
      color: var(--_blush-text-muted);
      font-size: 0.9375em;
    }
    .bcf .bcf-input {
      display: block;
      inline-size: 100%;
      max-inline-size: none;
      block-size: auto;
      min-block-size: 2.875rem;
      margin: 0;
      padding: var(--_blush-space-2) var(--_blush-space-3);
      border: 1px solid color-mix(in srgb, currentColor 32%, transparent);
      border-radius: var(--_blush-radius-small);
      background: var(--_blush-surface-raised);
      color: inherit;
      font: inherit;
      line-height: 1.4;
      box-shadow: none;
      transition: border-color var(--_blush-duration) var(--_blush-easing);
    }
    /* The select's arrow in the clinic's accent, like the drawn choices: a small triangle of two
       gradient halves at the end of the field (forced colours drop gradients: the native arrow). */
    .bcf select.bcf-input {
      appearance: none;
      padding-inline-end: 2.25rem;
      background-image: linear-gradient(45deg, transparent 50%, var(--_blush-accent) 50%),
        linear-gradient(135deg, var(--_blush-accent) 50%, transparent 50%);
      background-position:
        right 1.1rem center,
        right 0.75rem center;
      background-size: 0.35rem 0.35rem;
      background-repeat: no-repeat;
    }
    .bcf select.bcf-input:dir(rtl) {
      background-position:
        left 0.75rem center,
        left 1.1rem center;
    }
    textarea.bcf-input {
      resize: vertical;
      min-block-size: 6rem;
    }
    .bcf-date {
      max-inline-size: 14rem;
    }
    .bcf .bcf-input:hover {
      border-color: color-mix(in srgb, currentColor 55%, transparent);
    }
    .bcf :focus-visible {
      outline: 2px solid var(--_blush-focus-color);
      outline-offset: 2px;
    }
    .bcf .bcf-input:focus-visible {
      border-color: var(--_blush-accent);
      outline-offset: 0;
    }
    .bcf-options {
      display: grid;
      gap: var(--_blush-space-2) var(--_blush-space-4);
    }
    .bcf-inline .bcf-options {
      display: flex;
      flex-wrap: wrap;
    }
    .bcf-grid .bcf-options {
      grid-template-columns: repeat(auto-fill, minmax(min(100%, 9.5em), 1fr));
    }
    .bcf-timing {
      display: grid;
      gap: var(--_blush-space-4);
      padding: var(--_blush-space-4);
      border: 1px solid var(--_blush-border);
      border-radius: var(--_blush-radius);
      background: var(--_blush-surface);
    }
    .bcf .bcf-choice {
      display: flex;
      align-items: flex-start;
      gap: var(--_blush-space-2);
      min-block-size: 1.5rem;
      cursor: pointer;
      font-weight: 400;
    }
    .bcf .bcf-choice > span {
      min-inline-size: 0;
      overflow-wrap: anywhere;
    }
    /* Drawn boxes and circles in the clinic's accent, checked or not. The real input lies on top,
       unseen, for the keyboard, screen readers and clicks; a theme's rules for inputs are
       reverted first, and our own span is drawn (Firefox draws nothing on an input's ::before). */
    .bcf .bcf-choice {
      position: relative;
    }
    .bcf-choice input {
      all: revert;
      position: absolute !important;
      inset-block-start: 0.125em;
      inset-inline-start: 0;
      inline-size: 1.25em !important;
      block-size: 1.25em !important;
      margin: 0 !important;
      opacity: 0 !important;
      z-index: 1 !important;
      cursor: pointer;
    }
    .bcf .bcf-mark {
      flex: none;
      display: grid;
      place-items: center;
      inline-size: 1.25em;
      block-size: 1.25em;
      margin-block-start: 0.125em;
      border: 2px solid var(--_blush-accent);
      border-radius: 0.3em;
      background: var(--_blush-surface-raised);
      transition: background-color var(--_blush-duration) var(--_blush-easing);
      /* The drawing never takes a click: the turned tick of a checked box would lie over the input. */
      pointer-events: none;
    }
    .bcf [type='radio'] + .bcf-mark {
      border-radius: 50%;
    }
    .bcf :checked + .bcf-mark {
      background: var(--_blush-accent);
    }
    .bcf :checked + .bcf-mark::before {
      content: '';
      inline-size: 0.3em;
      block-size: 0.6em;
      margin-block-start: -0.12em;
      border: solid var(--_blush-accent-contrast);
      border-width: 0 0.14em 0.14em 0;
      rotate: 45deg;
    }
    .bcf [type='radio']:checked + .bcf-mark::before {
      inline-size: 0.45em;
      block-size: 0.45em;
      margin: 0;
      border: 0;
      border-radius: 50%;
      background: var(--_blush-accent-contrast);
    }
    .bcf [aria-invalid='true'] + .bcf-mark {
      border-color: var(--_blush-danger);
    }
    .bcf :focus-visible + .bcf-mark {
      outline: 2px solid var(--_blush-focus-color);
      outline-offset: 2px;
    }
    .bcf :disabled + .bcf-mark {
      opacity: 0.5;
    }
    .bcf-consent .bcf-choice {
      font-size: 0.9375em;
    }
    .bcf-consent a {
      color: inherit;
      text-decoration: underline;
      text-underline-offset: 0.15em;
    }
    .bcf-trap {
      position: absolute;
      inset-inline-start: -10000px;
      inline-size: 1px;
      block-size: 1px;
      overflow: hidden;
    }
    .bcf-actions {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: var(--_blush-space-3);
    }
    .bcf :is(.bcf-submit, .bcf-retry) {
      display: inline-flex;
      align-items: center;
      justify-content: center;
      gap: var(--_blush-space-2);
      min-block-size: 3rem;
      margin: 0;
      padding: var(--_blush-space-3) var(--_blush-space-6);
      border: 1px solid var(--_blush-accent);
      border-radius: 999px;
      background: var(--_blush-accent) !important;
      color: var(--_blush-accent-contrast);
      font: inherit;
      font-weight: 600;
      text-transform: none;
      letter-spacing: normal;
      box-shadow: var(--_blush-shadow);
      cursor: pointer;
      transition: filter var(--_blush-duration) var(--_blush-easing);
    }
    .bcf .bcf-submit:hover {
      filter: brightness(1.08);
    }
    /* Here, not with the later styles: it also says that those could not be fetched. */
    .bcf-status.failed {
      color: var(--_blush-danger);
      font-weight: 600;
    }
    @media (prefers-reduced-motion: reduce) {
      .bcf * {
        transition: none;
      }
    }
    @media (forced-colors: active) {
      .bcf :is(.bcf-submit, .bcf-retry) {
        border-color: ButtonText;
      }
      .bcf select.bcf-input {
        appearance: auto;
      }
      .bcf .bcf-mark {
        forced-color-adjust: none;
        border-color: ButtonText;
        background: Field;
      }
      .bcf :checked + .bcf-mark {
        border-color: Highlight;
        background: Highlight;
      }
      .bcf :checked + .bcf-mark::before {
        border-color: HighlightText;
      }
      .bcf [type='radio']:checked + .bcf-mark::before {
        background: HighlightText;
      }
      .bcf :focus-visible + .bcf-mark {
        outline-color: Highlight;
      }
    }
  }
`;
