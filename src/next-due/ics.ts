import { addDays, toBasicDate, type IsoDate } from '../core/dates.js';

/** One all-day reminder event, the input of {@link buildIcs}. */
export interface AllDayEvent {
  /** Stable id: the same treatment and date give the same UID, so a second import updates the event. */
  uid: string;
  /** The day of the event (all-day; ends the next day, exclusive, per RFC 5545 §3.6.1). */
  date: IsoDate;
  summary: string;
  description: string;
  /** When the file was made; written as DTSTAMP in UTC. */
  stamp?: Date;
  /** Days before the event for the reminder alarm (at 9:00 local time). */
  alarmDaysBefore?: number;
  /** Text of the alarm; defaults to the summary. */
  alarmText?: string;
}

const CRLF = '\r\n';
const encoder = new TextEncoder();

/** TEXT value escaping (RFC 5545 §3.3.11): backslash, semicolon, comma and line breaks. */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/**
 * Folds one content line at 75 octets (RFC 5545 §3.1): continuation lines start with a space,
 * which counts toward their 75. Splits only between code points, so a multi-byte UTF-8
 * character (é, ®, emoji) is never cut in half.
 */
export function foldLine(line: string): string {
  const out: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    if (octets + size > 75) {
      out.push(current);
      current = ' ';
      octets = 1;
    }
    current += char;
    octets += size;
  }
  out.push(current);
  return out.join(CRLF);
}

function utcStamp(date: Date): string {
  return date
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

/**
 * An RFC 5545 calendar with one all-day event and a display alarm, CRLF line endings and
 * folded lines: imports cleanly into Apple Calendar, Outlook and Google Calendar.
 */
export function buildIcs(event: AllDayEvent): string {
  const alarmDays = Math.max(0, Math.trunc(event.alarmDaysBefore ?? 3));
  // An all-day event starts at local midnight, so "-P{n-1}DT15H" lands at 09:00 n days before.
  const trigger = alarmDays > 0 ? `-P${alarmDays - 1}DT15H` : 'PT9H';
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Blush Widgets//Next treatment due//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    'BEGIN:VEVENT',
    `UID:${event.uid}`,
    `DTSTAMP:${utcStamp(event.stamp ?? new Date())}`,
    `DTSTART;VALUE=DATE:${toBasicDate(event.date)}`,
    `DTEND;VALUE=DATE:${toBasicDate(addDays(event.date, 1))}`,
    `SUMMARY:${escapeText(event.summary)}`,
    `DESCRIPTION:${escapeText(event.description)}`,
    'TRANSP:TRANSPARENT',
    'BEGIN:VALARM',
    'ACTION:DISPLAY',
    `DESCRIPTION:${escapeText(event.alarmText ?? event.summary)}`,
    `TRIGGER:${trigger}`,
    'END:VALARM',
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join(CRLF) + CRLF;
}
