import type { BlushBeforeAfter } from './before-after.js';

/**
 * `<blush-before-after>` fires plain `input` (while the divider moves) and `change` (once it
 * settles) events, like a native `<input type="range">`, so `HTMLElementEventMap` already
 * types them; read the position from the element: `event.currentTarget.value`.
 */
export type BlushBeforeAfterValueEvent = Event & { currentTarget: BlushBeforeAfter };
