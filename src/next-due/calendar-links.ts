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

/** Outlook.com's compose deep link for an all-day event (end date exclusive). */
export function outlookCalendarUrl({ date, title, details }: CalendarLinkEvent): string {
  const url = new URL('https://outlook.live.com/calendar/0/deeplink/compose');
  url.search = new URLSearchParams({
    path: '/calendar/action/compose',
    rru: 'addevent',
    allday: 'true',
    startdt: date,
    enddt: addDays(date, 1),
    subject: title,
    body: details,
  }).toString();
  return url.href;
}
