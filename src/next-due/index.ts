import { define } from '../core/define.js';
import { BlushNextDue } from './next-due.js';

export { BlushNextDue } from './next-due.js';
export type { BlushNextDueChangeDetail, BlushNextDueChangeEvent } from './next-due.events.js';
export type { Due, DueStatus } from './next-due.model.js';

define('blush-next-due', BlushNextDue);

declare global {
  interface HTMLElementTagNameMap {
    'blush-next-due': BlushNextDue;
  }
}
