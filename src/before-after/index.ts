import { define } from '../core/define.js';
import { BlushBeforeAfter } from './before-after.js';

export { BlushBeforeAfter } from './before-after.js';
export type { BlushBeforeAfterValueEvent } from './before-after.events.js';
export type { BeforeAfterMessages } from './before-after.messages.js';

define('blush-before-after', BlushBeforeAfter);

declare global {
  interface HTMLElementTagNameMap {
    'blush-before-after': BlushBeforeAfter;
  }
}
