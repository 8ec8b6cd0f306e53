import { css } from 'lit';

/** The builder's look: the demo clinic's calm palette, fine lines, generous space. */
export const baseStyles = css`
  :host {
    --ink: #2a2226;
    --ink-muted: #6b5c62;
    --paper: #fbf8f6;
    --card: #ffffff;
    --line: #e7dcdc;
    --rose: #9b4a63;
    --rose-ink: #ffffff;
    --rose-soft: #f6e9ed;
    --ok: #1d6b48;
    --warn: #8a4b00;
    --bad: #b42318;
    --radius: 14px;
    --focus: 0 0 0 2px var(--card), 0 0 0 4px var(--rose);
    --mono: ui-monospace, 'SF Mono', Menlo, Consolas, monospace;
    color: var(--ink);
    font: inherit;
  }
  @media (prefers-color-scheme: dark) {
    :host {
      --ink: #f2e9e6;
      --ink-muted: #c2b3b8;
      --paper: #161215;
      --card: #1f1a1d;
      --line: #3a3035;
      --rose: #e8a5b8;
      --rose-ink: #2a1219;
      --rose-soft: #33242b;
      --ok: #7fd6a8;
      --warn: #f3c27a;
      --bad: #ff8f85;
    }
  }
  *, *::before, *::after { box-sizing: border-box; }
  h2, h3 {
    font-family: 'Cormorant Garamond', 'Iowan Old Style', 'Palatino Linotype', Palatino, Georgia, serif;
    font-weight: 500;
    letter-spacing: 0.01em;
    line-height: 1.2;
    margin: 0 0 0.75rem;
  }
  h2 { font-size: 1.6rem; }
  h3 { font-size: 1.25rem; }
  p { margin: 0 0 0.75rem; }
  code { font-family: var(--mono); font-size: 0.88em; }
  .card {
    background: var(--card);
    border: 1px solid var(--line);
    border-radius: var(--radius);
    padding: clamp(1rem, 3vw, 1.5rem);
  }
  .muted { color: var(--ink-muted); }
  .step { color: var(--rose); font-variant-numeric: lining-nums; margin-inline-end: 0.35rem; }
  label, legend { font-weight: 600; }
  fieldset { border: 0; margin: 0; padding: 0; min-inline-size: 0; }
  input[type='text'], input[type='number'], input[type='url'], input:not([type]), select, textarea {
    width: 100%;
    min-height: 2.75rem;
    padding: 0.55rem 0.75rem;
    font: inherit;
    color: inherit;
    background: var(--paper);
    border: 1px solid color-mix(in srgb, var(--ink) 28%, transparent);
    border-radius: 10px;
  }
  textarea { min-height: 5.5rem; resize: vertical; }
  textarea.code { font-family: var(--mono); font-size: 0.85rem; }
  input:focus-visible, select:focus-visible, textarea:focus-visible, button:focus-visible, a:focus-visible, summary:focus-visible {
    outline: 2px solid var(--rose);
    outline-offset: 2px;
  }
  [aria-invalid='true'] { border-color: var(--bad); }
  button {
    font: inherit;
    min-height: 2.75rem;
    padding: 0.5rem 1rem;
    border-radius: 999px;
    cursor: pointer;
    border: 1px solid var(--rose);
    background: transparent;
    color: var(--rose);
    font-weight: 600;
  }
  button.primary { background: var(--rose); color: var(--rose-ink); }
  button.quiet { border-color: var(--line); color: var(--ink); font-weight: 500; }
  button:hover { background: var(--rose-soft); }
  button.primary:hover { background: color-mix(in srgb, var(--rose) 88%, var(--ink)); }
  a { color: var(--rose); }
  .field { display: grid; gap: 0.35rem; margin-block-end: 1.1rem; }
  .help { color: var(--ink-muted); font-size: 0.9rem; margin: 0; }
  .attr { font-family: var(--mono); font-size: 0.78rem; font-weight: 400; color: var(--ink-muted); margin-inline-start: 0.4rem; }
  .error { color: var(--bad); font-size: 0.9rem; margin: 0; }
  .warning { color: var(--warn); font-size: 0.9rem; margin: 0; }
  .error::before { content: '⚠ '; }
  .warning::before { content: '△ '; }
  .check { display: flex; gap: 0.6rem; align-items: flex-start; font-weight: 600; }
  .check input { inline-size: 1.25rem; block-size: 1.25rem; margin: 0.15rem 0 0; accent-color: var(--rose); flex: none; }
  .segmented { display: flex; flex-wrap: wrap; gap: 0.4rem; }
  .segmented label {
    position: relative;
    display: inline-flex;
    align-items: center;
    min-height: 2.5rem;
    padding: 0.35rem 0.9rem;
    border: 1px solid var(--line);
    border-radius: 999px;
    font-weight: 500;
    cursor: pointer;
  }
  .segmented input { position: absolute; inset: 0; opacity: 0; margin: 0; cursor: pointer; }
  .segmented label:has(input:checked) { background: var(--rose); border-color: var(--rose); color: var(--rose-ink); }
  .segmented label:has(input:focus-visible) { outline: 2px solid var(--rose); outline-offset: 2px; }
  .visually-hidden {
    position: absolute !important;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  @media (prefers-reduced-motion: no-preference) {
    button, .segmented label { transition: background-color 160ms ease-out, color 160ms ease-out; }
  }
  @media (forced-colors: active) {
    .segmented label:has(input:checked) { outline: 2px solid Highlight; }
  }
`;
