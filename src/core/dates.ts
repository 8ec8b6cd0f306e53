/**
 * Calendar dates as ISO `YYYY-MM-DD` strings. Arithmetic runs on whole day numbers
 * (days since 1970-01-01 in the proleptic Gregorian calendar), never on `Date` times, so a
 * result cannot move by a day across a DST change or in a far-off time zone.
 */
import { intl } from './i18n/format.js';
export type IsoDate = string;

export interface CalendarDate {
  year: number;
  month: number; // 1–12
  day: number; // 1–31
}

const ISO_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  return month === 2 ? (isLeapYear(year) ? 29 : 28) : [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
}

/** Parses `YYYY-MM-DD`; null for anything else, including impossible dates such as `2025-02-30`. */
export function parseIsoDate(value: string | null | undefined): CalendarDate | null {
  const match = ISO_PATTERN.exec((value ?? '').trim());
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (year < 1 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

export function isIsoDate(value: string | null | undefined): value is IsoDate {
  return parseIsoDate(value) !== null;
}

export function formatIsoDate({ year, month, day }: CalendarDate): IsoDate {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

// Days-from-civil and its inverse (Howard Hinnant's well-known algorithms), exact for all years.
export function toDayNumber({ year, month, day }: CalendarDate): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

export function fromDayNumber(dayNumber: number): CalendarDate {
  const z = dayNumber + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) / 365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

function requireDate(value: IsoDate): CalendarDate {
  const date = parseIsoDate(value);
  if (!date) throw new RangeError(`Not a calendar date: ${JSON.stringify(value)} (use YYYY-MM-DD)`);
  return date;
}

export function addDays(value: IsoDate, days: number): IsoDate {
  return formatIsoDate(fromDayNumber(toDayNumber(requireDate(value)) + Math.trunc(days)));
}

/**
 * Adds whole months, clamping to the end of a shorter month: Jan 31 + 1 month is Feb 28
 * (Feb 29 in a leap year), the way people and calendar apps count "in a month".
 */
export function addMonths(value: IsoDate, months: number): IsoDate {
  const { year, month, day } = requireDate(value);
  const index = year * 12 + (month - 1) + Math.trunc(months);
  const newYear = Math.floor(index / 12);
  const newMonth = index - newYear * 12 + 1;
  return formatIsoDate({ year: newYear, month: newMonth, day: Math.min(day, daysInMonth(newYear, newMonth)) });
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return toDayNumber(requireDate(to)) - toDayNumber(requireDate(from));
}

export function compareIsoDates(a: IsoDate, b: IsoDate): number {
  return daysBetween(b, a);
}

export { visitorToday } from './today.js';

/** @deprecated The same as `visitorToday()`, the visitor's calendar date; kept for existing code. */
export { visitorToday as todayIso } from './today.js';

/**
 * Formats a calendar date for people with `Intl`. The date is pinned to noon UTC and formatted
 * in UTC, so no time zone can shift it to the day before or after.
 */
export function formatDate(value: IsoDate, locale: string, options: Intl.DateTimeFormatOptions = { dateStyle: 'long' }): string {
  const { year, month, day } = requireDate(value);
  const date = new Date(Date.UTC(year, month - 1, day, 12));
  if (year < 100) date.setUTCFullYear(year);
  // Building an Intl.DateTimeFormat costs far more than formatting with one: the shared cache keeps it.
  return intl(Intl.DateTimeFormat, locale, { ...options, timeZone: 'UTC' }).format(date);
}

/** `2026-03-01` as basic `20260301`, the form iCalendar's `VALUE=DATE` wants. */
export function toBasicDate(value: IsoDate): string {
  return value.replaceAll('-', '');
}
