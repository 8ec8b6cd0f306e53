import { isIsoDate, type IsoDate } from '../core/dates.js';

/** The one `localStorage` key this element uses; it holds a treatment id and a date, nothing else. */
export const STORAGE_KEY = 'blush-widgets:next-due';

export interface RememberedVisit {
  treatment: string;
  lastDate: IsoDate;
}

// Storage throws in sandboxed iframes, with cookies blocked and in some private modes:
// remembering is a convenience, so every failure reads as "nothing remembered".
function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

export function readRemembered(): RememberedVisit | null {
  try {
    const data = JSON.parse(storage()?.getItem(STORAGE_KEY) ?? 'null') as Partial<RememberedVisit> | null;
    if (data && typeof data.treatment === 'string' && isIsoDate(data.lastDate))
      return { treatment: data.treatment, lastDate: data.lastDate };
  } catch {
    /* unreadable: treat as nothing stored */
  }
  return null;
}

export function writeRemembered(visit: RememberedVisit): boolean {
  try {
    storage()?.setItem(STORAGE_KEY, JSON.stringify({ treatment: visit.treatment, lastDate: visit.lastDate }));
    return true;
  } catch {
    return false;
  }
}

export function forgetRemembered(): void {
  try {
    storage()?.removeItem(STORAGE_KEY);
  } catch {
    /* nothing to forget */
  }
}
