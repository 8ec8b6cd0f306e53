import { addDays, toBasicDate, type IsoDate } from '../core/dates.js';

export interface CalendarLinkEvent {
  date: IsoDate;
  title: string;
  details: string;
}

/** Google Calendar's "create event" template for an all-day event (end date exclusive). */
export function googleCalendarUrl({ date, title, details }: CalendarLinkEvent): string {
  const url = new URL('https://calendar.google.com/calendar/render');
  url.search = new URLSearchParams({
    action: 'TEMPLATE',
    text: title,
    dates: `${toBasicDate(date)}/${toBasicDate(addDays(date, 1))}`,
    details,
  }).toString();
  return url.href;
}

/**
 * Outlook on the web's compose link for an all-day event (end date exclusive). Personal accounts
 * live on Outlook.com, work and school accounts on Microsoft 365: the same link on another host,
 * and a link to the wrong one opens the wrong account's calendar. The `/calendar/0/action/compose`
 * path, not the older `deeplink/compose`, which is reported to hang on desktop.
 */
function outlookWebUrl(host: string, { date, title, details }: CalendarLinkEvent): string {
  const url = new URL(`https://${host}/calendar/0/action/compose`);
  url.search = new URLSearchParams({
    rru: 'addevent',
    allday: 'true',
    startdt: date,
    enddt: addDays(date, 1),
    subject: title,
    body: details,
  }).toString();
  return url.href;
}

/** Outlook.com (personal Microsoft accounts). */
export const outlookCalendarUrl = (event: CalendarLinkEvent): string => outlookWebUrl('outlook.live.com', event);

/** Microsoft 365 (work and school accounts). */
export const microsoft365CalendarUrl = (event: CalendarLinkEvent): string => outlookWebUrl('outlook.office.com', event);
