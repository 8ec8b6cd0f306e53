import { addDays, addMonths, compareIsoDates, daysBetween, isIsoDate, type IsoDate } from '../core/dates.js';
import type { Treatment } from '../core/catalog.js';
import { safeLinkUrl } from '../core/safe-url.js';

/** Where the visitor stands against the due window. */
export type DueStatus = 'upcoming' | 'due' | 'overdue';

/** The next treatment's window, computed from the last treatment date. */
export interface Due {
  /** First day the next treatment is due (never before the labelled minimum interval). */
  earliest: IsoDate;
  /** Last day of the typical window. */
  latest: IsoDate;
  status: DueStatus;
  /** Whole weeks until `earliest` (upcoming) or since `latest` (overdue), rounded up; 0 when due now. */
  weeks: number;
  /** Whole days until `earliest` (upcoming) or since `latest` (overdue); 0 when due now. */
  days: number;
}

/** Why no window can be given for a last-treatment date. */
export type DateProblem = 'empty' | 'invalid' | 'future';

export type DueResult = { ok: true; due: Due } | { ok: false; problem: DateProblem };

/** Per-treatment duration ranges in months, a clinic's own protocol: `{ "botox": [3, 5] }`. */
export type DurationOverrides = Record<string, [number, number]>;

const later = (a: IsoDate, b: IsoDate): IsoDate => (compareIsoDates(a, b) >= 0 ? a : b);

/**
 * The due window for `treatment` after a visit on `lastDate`, seen on `today`.
 * `durationMonths` (whole months, from the catalog or a clinic override) gives the typical
 * window; a labelled minimum interval (Botox: 90 days) pushes the earliest day later when the
 * range alone would allow an earlier visit.
 */
export function computeDue(
  treatment: Pick<Treatment, 'durationMonths' | 'minInterval'>,
  lastDate: string | null | undefined,
  today: IsoDate,
): DueResult {
  const last = (lastDate ?? '').trim();
  if (!last) return { ok: false, problem: 'empty' };
  if (!isIsoDate(last)) return { ok: false, problem: 'invalid' };
  if (compareIsoDates(last, today) > 0) return { ok: false, problem: 'future' };

  const [shortest, longest] = treatment.durationMonths;
  let earliest = addMonths(last, shortest);
  const interval = treatment.minInterval;
  if (interval?.days) earliest = later(earliest, addDays(last, interval.days));
  if (interval?.months) earliest = later(earliest, addMonths(last, interval.months));
  // A clinic range shorter than the labelled interval still yields a window, never an inverted one.
  const latest = later(addMonths(last, longest), earliest);

  const untilEarliest = daysBetween(today, earliest);
  const sinceLatest = daysBetween(latest, today);
  if (untilEarliest > 0)
    return { ok: true, due: { earliest, latest, status: 'upcoming', days: untilEarliest, weeks: Math.ceil(untilEarliest / 7) } };
  if (sinceLatest > 0)
    return { ok: true, due: { earliest, latest, status: 'overdue', days: sinceLatest, weeks: Math.ceil(sinceLatest / 7) } };
  return { ok: true, due: { earliest, latest, status: 'due', days: 0, weeks: 0 } };
}

/** True for a usable range of whole months: two integers, 1 ≤ shortest ≤ longest ≤ 120. */
export function isMonthRange(value: unknown): value is [number, number] {
  return (
    Array.isArray(value) &&
    value.length === 2 &&
    value.every((months) => Number.isInteger(months) && months >= 1 && months <= 120) &&
    value[0] <= value[1]
  );
}

/**
 * Reads a `durations` value (`{"botox":[3,5]}`). Returns the usable entries and a sentence
 * naming what was wrong, for the element's one warning; never throws.
 */
export function parseDurations(text: string | null | undefined): { durations: DurationOverrides; problem?: string } {
  if (!text || !text.trim()) return { durations: {} };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { durations: {}, problem: 'is not valid JSON' };
  }
  if (!data || typeof data !== 'object' || Array.isArray(data))
    return { durations: {}, problem: 'is not an object of treatment ids to [shortest, longest] months' };
  const durations: DurationOverrides = {};
  const bad: string[] = [];
  for (const [id, range] of Object.entries(data)) {
    if (isMonthRange(range)) durations[id.trim().toLowerCase()] = [range[0], range[1]];
    else bad.push(id);
  }
  return bad.length
    ? { durations, problem: `has ranges that are not two whole months, shortest first (${bad.join(', ')})` }
    : { durations };
}

/**
 * Fills a booking-link template: `{treatment}` → the catalog id, `{date}` → `YYYY-MM-DD`,
 * `{month}` → `YYYY-MM`, each URL-encoded. Only these pass into the link — never anything
 * personal. Returns null when the result is not an http(s)/mailto/tel link.
 */
export function fillBookingUrl(template: string, treatment: string, date: IsoDate): string | null {
  const values: Record<string, string> = { treatment, date, month: date.slice(0, 7) };
  const filled = template.replace(/\{(treatment|date|month)\}/g, (_, key: string) => encodeURIComponent(values[key]));
  return safeLinkUrl(filled);
}
