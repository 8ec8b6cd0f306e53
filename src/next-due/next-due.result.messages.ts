import type { ResultMessages } from './next-due.messages.js';
import { count, type UnitForms } from './next-due.units.js';

const forms: UnitForms = {
  day: { one: 'day', other: 'days' },
  week: { one: 'week', other: 'weeks' },
  month: { one: 'month', other: 'months' },
};

/** English words of the result (other languages' come with their tables); the element adds them when this chunk arrives. */
export const enResult: ResultMessages = {
  dueIn: (value, unit) => `Due in ${count(forms, 'en', value, unit)}`,
  dueNow: 'Due now',
  overdueBy: (value, unit) => `Overdue by ${count(forms, 'en', value, unit)}`,
  windowHeading: (treatment) => `Your next ${treatment} treatment`,
  labelled: (label, value) => `${label}: ${value}`,
  announcement: (heading, status, range) => `${heading}: ${status}, ${range}.`,
  range: (earliest, latest) => `${earliest} to ${latest}`,
  typical: (treatment, shortest, longest) =>
    shortest === longest
      ? `${treatment} results typically last about ${count(forms, 'en', shortest, 'month')}.`
      : `${treatment} results typically last ${shortest}–${count(forms, 'en', longest, 'month')}.`,
  minInterval: (value, unit) => `The product label advises at least ${count(forms, 'en', value, unit)} between treatments.`,
  timeline: 'Timeline',
  lastVisit: 'Last treatment',
  nextWindow: 'Next window',
  today: 'Today',
  addToCalendar: 'Add a reminder to your calendar',
  ics: 'Apple or Outlook (.ics)',
  google: 'Google Calendar',
  outlook: 'Outlook.com',
  ms365: 'Microsoft 365',
  newTab: '(opens in a new tab)',
  inAppHelp: (app) =>
    `${app}'s built-in browser cannot save calendar reminders. Open this page in your phone's browser (in the ••• menu, choose "Open in browser") to add one, or note the dates above.`,
  safariForApple: 'For Apple Calendar, open this page in Safari: this browser cannot pass reminders to it.',
  copyLink: 'Copy link to this page',
  linkCopied: 'Link copied. Paste it into Safari, Chrome or another browser.',
  copyByHand: 'Address of this page, to copy into your browser',
  eventTitle: (treatment) => `Next ${treatment} treatment due`,
  eventDetails: (treatment, range) => `Your next ${treatment} treatment is due ${range}. Book with your clinic.`,
  alarm: (treatment) => `Time to book your next ${treatment} treatment`,
  disclaimer: 'A typical range, not medical advice: your injector will confirm the right timing for you.',
};
