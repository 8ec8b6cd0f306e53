import { Messages } from '../core/i18n/registry.js';
import type { TimeUnit } from './next-due.units.js';

/** Words of `<blush-next-due>`'s form, always loaded. */
export interface FormMessages {
  treatment: string;
  lastDate: string;
  lastDateHint: string;
  remember: string;
  rememberHint: string;
  forget: string;
  forgotten: string;
  empty: string;
  invalid: string;
  future: string;
  chooseTreatment: string;
  book: string;
  requestAppointment: string;
}

/** Words of the result, shipped with the result view. Counts arrive as numbers; `Intl.PluralRules` picks the form. */
export interface ResultMessages {
  dueIn(count: number, unit: TimeUnit): string;
  dueNow: string;
  overdueBy(count: number, unit: TimeUnit): string;
  windowHeading(treatment: string): string;
  /** A label and its value ("Today: 3 May 2026"), punctuated as the language is (French: a no-break space before the colon). */
  labelled(label: string, value: string): string;
  /** What a screen reader hears when the result changes: the heading, the status and the dates. */
  announcement(heading: string, status: string, range: string): string;
  range(earliest: string, latest: string): string;
  typical(treatment: string, shortest: number, longest: number): string;
  minInterval(count: number, unit: TimeUnit): string;
  timeline: string;
  lastVisit: string;
  nextWindow: string;
  today: string;
  addToCalendar: string;
  ics: string;
  google: string;
  outlook: string;
  ms365: string;
  newTab: string;
  /** Shown instead of the calendar choices inside a social app's browser, which drops them. */
  inAppHelp(app: string): string;
  /** Shown instead of the .ics in an iOS browser that cannot hand it to Apple Calendar. */
  safariForApple: string;
  copyLink: string;
  linkCopied: string;
  /** Label of the page address shown for copying by hand when the browser refuses to copy. */
  copyByHand: string;
  eventTitle(treatment: string): string;
  eventDetails(treatment: string, range: string): string;
  alarm(treatment: string): string;
  disclaimer: string;
}

export interface NextDueMessages extends FormMessages, ResultMessages {}

declare global {
  interface BlushMessages {
    'blush-next-due': NextDueMessages;
  }
}

/**
 * English form words ship with the element, the result's with the result view (which adds
 * them); other languages arrive whole when a page first shows them.
 */
export const nextDueWords = new Messages(
  'blush-next-due',
  {
    treatment: 'Treatment',
    lastDate: 'Date of your last treatment',
    lastDateHint: 'You will find it on your receipt or confirmation email.',
    remember: 'Remember my date on this device',
    rememberHint: 'Kept only in this browser; nothing is sent to the clinic.',
    forget: 'Forget my date',
    forgotten: 'Your date is no longer stored on this device.',
    empty: 'Enter the date of your last treatment to see when the next one is due.',
    invalid: 'That is not a calendar date. Please check the day and month.',
    future: 'That date is in the future. Please enter the date of your last treatment.',
    chooseTreatment: 'Choose a treatment to see when the next one is due.',
    book: 'Book your next visit',
    requestAppointment: 'Request an appointment',
  },
  {
    es: () => import('./next-due.messages.es.js').then((module) => module.es),
    fr: () => import('./next-due.messages.fr.js').then((module) => module.fr),
    fa: () => import('./next-due.messages.fa.js').then((module) => module.fa),
  },
);
