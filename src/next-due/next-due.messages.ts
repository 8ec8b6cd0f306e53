import type { Language } from '../core/i18n/locale.js';

export type TimeUnit = 'day' | 'week' | 'month';

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

type Forms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };
export type UnitForms = Record<TimeUnit, Forms>;
export function count(unitForms: UnitForms, language: Language, value: number, unit: TimeUnit): string {
  const word = unitForms[unit];
  const rule = new Intl.PluralRules(language).select(value);
  return `${new Intl.NumberFormat(language).format(value)} ${word[rule] ?? word.other}`;
}

const en: FormMessages = {
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
};

let es: NextDueMessages | undefined;
let spanish: Promise<unknown> | undefined;

/** The form's words for a language, once loaded (English always is). */
export function nextDueMessages(language: Language): FormMessages {
  return (language === 'es' && es) || en;
}

/** The result's words: Spanish from the Spanish table, English from the result view's chunk. */
export function resultMessages(language: Language, english: ResultMessages): ResultMessages {
  return (language === 'es' && es) || english;
}

/** The Spanish words are a separate chunk only Spanish pages fetch; null when nothing is left to load. */
export function loadNextDueMessages(language: Language): Promise<unknown> | null {
  if (language !== 'es' || es) return null;
  return (spanish ??= import('./next-due.messages.es.js').then((module) => (es = module.es), () => undefined));
}
