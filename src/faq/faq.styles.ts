import { css } from 'lit';

// Notes kept out of the shipped CSS:
// - the plus/minus icon is drawn with borders so forced-colors mode keeps it visible;
// - the panel has no padding or border: hidden="until-found" keeps its box, at zero size;
// - inside an answer the text is already muted, so its controls inherit rather than mute again
//   (muting twice fails contrast);
// - print: paper has no buttons or search field, so every item and answer prints open, whatever
//   the search hid (`.list [hidden]` covers both the filtered-out items and the closed panels).

export const faqStyles = css`
  .list {
    display: grid;
    gap: var(--blush-faq-gap, 0px);
    border-block-start: 1px solid var(--_blush-border);
  }

  .item {
    border-block-end: 1px solid var(--_blush-border);
  }

  .heading {
    margin: 0;
    font: inherit;
  }

  button {
    font: inherit;
    color: inherit;
    cursor: pointer;
  }

  .question {
    display: flex;
    align-items: center;
    gap: var(--_blush-space-4);
    inline-size: 100%;
    min-block-size: 3rem;
    margin: 0;
    padding-block: var(--_blush-space-4);
    padding-inline: var(--_blush-space-1);
    border: 0;
    border-radius: var(--_blush-radius-small);
    background: none;
    text-align: start;
    font-size: var(--blush-faq-question-size, 1.0625em);
    font-weight: var(--blush-faq-question-weight, 600);
    line-height: 1.4;
    letter-spacing: -0.005em;
  }

  .question-text {
    flex: 1;
    transition: color var(--_blush-duration) var(--_blush-easing);
  }

  .question:hover .question-text {
    color: var(--_blush-accent);
  }

  .question:focus-visible {
    outline-offset: -2px;
  }

  .icon {
    position: relative;
    flex: none;
    inline-size: 1.75rem;
    block-size: 1.75rem;
    border: 1px solid var(--_blush-border);
    border-radius: 50%;
    color: var(--_blush-accent);
    transition: transform var(--_blush-duration) var(--_blush-easing), background-color var(--_blush-duration) var(--_blush-easing);
  }

  .icon::before,
  .icon::after {
    content: '';
    position: absolute;
    inset-block-start: calc(50% - 0.75px);
    inset-inline-start: calc(50% - 0.375rem);
    inline-size: 0.75rem;
    border-block-start: 1.5px solid currentColor;
    transition: transform var(--_blush-duration) var(--_blush-easing);
  }

  .icon::after {
    transform: rotate(90deg);
  }

  .question:hover .icon {
    background: color-mix(in srgb, var(--_blush-accent) 10%, transparent);
  }

  [aria-expanded='true'] .icon {
    transform: rotate(180deg);
  }

  [aria-expanded='true'] .icon::after {
    transform: rotate(0deg);
  }

  .answer {
    max-inline-size: 68ch;
    padding-block: 0 var(--_blush-space-5);
    padding-inline: var(--_blush-space-1) calc(1.75rem + var(--_blush-space-4));
    color: var(--_blush-text-muted);
  }

  .answer > :first-child {
    margin-block-start: 0;
  }

  p,
  ul,
  ol {
    margin-block: 0 var(--_blush-space-3);
  }

  ul,
  ol {
    padding-inline-start: 1.25em;
  }

  li + li {
    margin-block-start: var(--_blush-space-1);
  }

  li::marker {
    color: var(--_blush-accent);
  }

  strong {
    color: var(--_blush-text);
    font-weight: 600;
  }

  a {
    color: var(--_blush-accent);
    text-decoration-thickness: 1px;
    text-underline-offset: 0.2em;
  }

  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_blush-space-2) var(--_blush-space-4);
    margin-block-start: var(--_blush-space-4);
  }

  .copy-link,
  .toggle-all {
    display: inline-flex;
    align-items: center;
    gap: var(--_blush-space-1);
    min-block-size: 2rem;
    padding-block: var(--_blush-space-1);
    padding-inline: var(--_blush-space-2);
    border: 0;
    border-radius: var(--_blush-radius-small);
    background: none;
    font-size: 0.875em;
  }

  .toggle-all {
    color: var(--_blush-text-muted);
  }

  .copy-link:hover,
  .toggle-all:hover {
    color: var(--_blush-accent);
    background: color-mix(in srgb, var(--_blush-accent) 8%, transparent);
  }

  .hash {
    color: var(--_blush-accent);
    font-weight: 600;
  }

  /* A bare pack's rows while it loads, under the room its search field and "Expand all" bar take. */
  .rows {
    border-block-start: 1px solid var(--_blush-border);
  }

  .rows > div {
    block-size: calc(3.75rem + 1px);
    border-block-end: 1px solid var(--_blush-border);
  }

  .skeleton.bar {
    padding-block-start: 2.5rem;
  }

  .skeleton.search {
    padding-block-start: 4rem;
  }

  .skeleton.search.bar {
    padding-block-start: 6.5rem;
  }

  .toolbar {
    display: flex;
    justify-content: flex-end;
    margin-block-end: var(--_blush-space-2);
  }

  .error {
    padding: var(--_blush-space-5);
    border: 1px dashed var(--_blush-border);
    border-radius: var(--_blush-radius);
    background: var(--_blush-surface);
    text-align: center;
    margin: 0;
    color: var(--_blush-text-muted);
  }

  @media print {
    .list [hidden] {
      display: block !important;
      content-visibility: visible !important;
    }

    .toolbar,
    .actions,
    .icon {
      display: none !important;
    }

    .item {
      break-inside: avoid;
    }

    .answer {
      color: inherit;
    }
  }
`;
