import type { IsoDate } from '../core/dates.js';
import type { DueStatus } from './next-due.model.js';

/**
 * Detail of `blush-next-due-change`: the treatment id and the computed window — ids, dates and
 * a status only. The visitor's own last-treatment date is not in it (read `lastDate` if you must).
 */
export interface BlushNextDueChangeDetail {
  treatment: string;
  earliest: IsoDate;
  latest: IsoDate;
  status: DueStatus;
  weeks: number;
}

export type BlushNextDueChangeEvent = CustomEvent<BlushNextDueChangeDetail>;

declare global {
  interface HTMLElementEventMap {
    'blush-next-due-change': BlushNextDueChangeEvent;
  }
}
