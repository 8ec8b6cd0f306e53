import type { MessageTables } from '../core/i18n/locale.js';

export type TimeUnit = 'day' | 'week' | 'month';

/** Words of `<blush-next-due>`. Counts arrive as numbers; `Intl.PluralRules` picks the form. */
export interface NextDueMessages {
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
  newTab: string;
  book: string;
  requestAppointment: string;
  eventTitle(treatment: string): string;
  eventDetails(treatment: string, range: string): string;
  alarm(treatment: string): string;
  disclaimer: string;
}

type Forms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };
const unitForms: Record<'en' | 'es', Record<TimeUnit, Forms>> = {
  en: { day: { one: 'day', other: 'days' }, week: { one: 'week', other: 'weeks' }, month: { one: 'month', other: 'months' } },
  es: { day: { one: 'día', other: 'días' }, week: { one: 'semana', other: 'semanas' }, month: { one: 'mes', other: 'meses' } },
};

function count(language: 'en' | 'es', value: number, unit: TimeUnit): string {
  const forms = unitForms[language][unit];
  const rule = new Intl.PluralRules(language).select(value);
  return `${new Intl.NumberFormat(language).format(value)} ${forms[rule] ?? forms.other}`;
}

export const nextDueMessages = {
  en: {
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
    dueIn: (value, unit) => `Due in ${count('en', value, unit)}`,
    dueNow: 'Due now',
    overdueBy: (value, unit) => `Overdue by ${count('en', value, unit)}`,
    windowHeading: (treatment) => `Your next ${treatment} treatment`,
    range: (earliest, latest) => `${earliest} to ${latest}`,
    typical: (treatment, shortest, longest) =>
      shortest === longest ? `${treatment} results typically last about ${count('en', shortest, 'month')}.` : `${treatment} results typically last ${shortest}–${count('en', longest, 'month')}.`,
    minInterval: (value, unit) => `The product label advises at least ${count('en', value, unit)} between treatments.`,
    timeline: 'Timeline',
    lastVisit: 'Last treatment',
    nextWindow: 'Next window',
    today: 'Today',
    addToCalendar: 'Add a reminder to your calendar',
    ics: 'Apple or Outlook (.ics)',
    google: 'Google Calendar',
    outlook: 'Outlook.com',
    newTab: '(opens in a new tab)',
    book: 'Book your next visit',
    requestAppointment: 'Request an appointment',
    eventTitle: (treatment) => `Next ${treatment} treatment due`,
    eventDetails: (treatment, range) => `Your next ${treatment} treatment is due ${range}. Book with your clinic.`,
    alarm: (treatment) => `Time to book your next ${treatment} treatment`,
    disclaimer: 'A typical range, not medical advice: your injector will confirm the right timing for you.',
  },
  es: {
    treatment: 'Tratamiento',
    lastDate: 'Fecha de su último tratamiento',
    lastDateHint: 'La encontrará en su recibo o en el correo de confirmación.',
    remember: 'Recordar mi fecha en este dispositivo',
    rememberHint: 'Solo se guarda en este navegador; no se envía nada a la clínica.',
    forget: 'Olvidar mi fecha',
    forgotten: 'Su fecha ya no está guardada en este dispositivo.',
    empty: 'Introduzca la fecha de su último tratamiento para saber cuándo le toca el siguiente.',
    invalid: 'Esa fecha no existe en el calendario. Revise el día y el mes.',
    future: 'Esa fecha es futura. Introduzca la fecha de su último tratamiento.',
    chooseTreatment: 'Elija un tratamiento para saber cuándo le toca el siguiente.',
    dueIn: (value, unit) => `Le toca en ${count('es', value, unit)}`,
    dueNow: 'Le toca ahora',
    overdueBy: (value, unit) => `Con ${count('es', value, unit)} de retraso`,
    windowHeading: (treatment) => `Su próximo tratamiento de ${treatment}`,
    range: (earliest, latest) => `del ${earliest} al ${latest}`,
    typical: (treatment, shortest, longest) =>
      shortest === longest ? `Los resultados de ${treatment} suelen durar unos ${count('es', shortest, 'month')}.` : `Los resultados de ${treatment} suelen durar de ${shortest} a ${count('es', longest, 'month')}.`,
    minInterval: (value, unit) => `El prospecto del producto indica al menos ${count('es', value, unit)} entre tratamientos.`,
    timeline: 'Cronología',
    lastVisit: 'Último tratamiento',
    nextWindow: 'Próximo periodo',
    today: 'Hoy',
    addToCalendar: 'Añadir un recordatorio a su calendario',
    ics: 'Apple u Outlook (.ics)',
    google: 'Google Calendar',
    outlook: 'Outlook.com',
    newTab: '(se abre en una pestaña nueva)',
    book: 'Reservar su próxima cita',
    requestAppointment: 'Solicitar una cita',
    eventTitle: (treatment) => `Próximo tratamiento de ${treatment}`,
    eventDetails: (treatment, range) => `Su próximo tratamiento de ${treatment} le toca ${range}. Reserve con su clínica.`,
    alarm: (treatment) => `Es hora de reservar su próximo tratamiento de ${treatment}`,
    disclaimer: 'Un intervalo habitual, no un consejo médico: su especialista confirmará el momento adecuado para usted.',
  },
} satisfies MessageTables<NextDueMessages>;
