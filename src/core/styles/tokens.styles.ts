import { css } from 'lit';

/**
 * The shared design tokens and base host styles every element starts from.
 *
 * Public tokens (`--blush-accent`, `--blush-radius`, …) are read, never declared, here: a
 * declaration on `:host` would shadow the value a page sets on `:root` or on the element.
 * Each is resolved once into a private `--_blush-*` twin that the element's own styles use.
 * Defaults derive from `currentColor` where they can, so the same widget looks native on a white
 * and on a dark page; `light-dark()` follows the page's `color-scheme` (or `theme="dark"`).
 */
export const tokenStyles = css`
  :host {
    --_blush-accent: var(--blush-accent, light-dark(#9b4a63, #e8a5b8));
    --_blush-accent-contrast: var(--blush-accent-contrast, light-dark(#ffffff, #2a1219));
    --_blush-text: var(--blush-text, currentColor);
    --_blush-text-muted: var(--blush-text-muted, color-mix(in srgb, currentColor 68%, transparent));
    --_blush-surface: var(--blush-surface, color-mix(in srgb, currentColor 3%, transparent));
    --_blush-surface-raised: var(--blush-surface-raised, light-dark(#ffffff, #1d1a1c));
    --_blush-border: var(--blush-border, color-mix(in srgb, currentColor 16%, transparent));
    --_blush-danger: var(--blush-danger, light-dark(#b42318, #ff8f85));
    --_blush-success: var(--blush-success, light-dark(#1d6b48, #7fd6a8));
    --_blush-radius: var(--blush-radius, 0.75rem);
    --_blush-radius-small: var(--blush-radius-small, 0.5rem);
    --_blush-font: var(--blush-font, inherit);
    --_blush-font-size: var(--blush-font-size, 1rem);
    --_blush-space-1: var(--blush-space-1, 0.25rem);
    --_blush-space-2: var(--blush-space-2, 0.5rem);
    --_blush-space-3: var(--blush-space-3, 0.75rem);
    --_blush-space-4: var(--blush-space-4, 1rem);
    --_blush-space-5: var(--blush-space-5, 1.5rem);
    --_blush-space-6: var(--blush-space-6, 2rem);
    --_blush-focus-color: var(--blush-focus-color, var(--_blush-accent));
    --_blush-shadow: var(--blush-shadow, 0 1px 2px rgb(0 0 0 / 0.04), 0 8px 24px rgb(0 0 0 / 0.06));
    --_blush-duration: var(--blush-duration, 220ms);
    --_blush-easing: var(--blush-easing, cubic-bezier(0.2, 0, 0, 1));

    /* !important in a shadow root beats the page's normal and important rules for the host,
       so a theme's "* { all: revert }" or "div { display: inline }" cannot collapse us. */
    display: block !important;
    box-sizing: border-box !important;
    color: var(--_blush-text);
    font-family: var(--_blush-font);
    font-size: var(--_blush-font-size);
    line-height: 1.55;
    text-align: start;
    text-transform: none;
    letter-spacing: normal;
    -webkit-text-size-adjust: 100%;
  }

  :host([hidden]) {
    display: none !important;
  }

  /* An explicit theme paints its own background and text: a dark widget on a light page (or a
     light one on a dark page) would otherwise keep the page's text colour on its own surfaces,
     e.g. the page's dark text on a dark select (contrast 1.12). The background is the raised
     surface (a clinic's --blush-surface-raised too); the text is the scheme's own, CanvasText,
     unless --blush-text is set. Unset, both follow the page. System colours and the existing
     token keep this to a few bytes. */
  :host([theme]) {
    background: var(--_blush-surface-raised);
    --_blush-text: var(--blush-text, CanvasText);
  }

  :host([theme='dark']) {
    color-scheme: dark;
  }

  :host([theme='light']) {
    color-scheme: light;
  }

  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }

  :focus-visible {
    outline: 2px solid var(--_blush-focus-color);
    outline-offset: 2px;
  }

  .visually-hidden {
    position: absolute !important;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }

  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation-duration: 0.01ms !important;
      animation-iteration-count: 1 !important;
      transition-duration: 0.01ms !important;
      scroll-behavior: auto !important;
    }
  }

  @media (forced-colors: active) {
    :focus-visible {
      outline-color: Highlight;
    }
  }

  @media print {
    :host {
      color: #000;
    }
  }
`;
