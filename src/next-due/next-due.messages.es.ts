import type { NextDueMessages } from './next-due.messages.js';
import { count, type UnitForms } from './next-due.units.js';
import { SPANISH, typeset } from '../core/i18n/typography.js';

const forms: UnitForms = {
  day: { one: 'día', other: 'días' },
  week: { one: 'semana', other: 'semanas' },
  month: { one: 'mes', other: 'meses' },
};

export const es: NextDueMessages = typeset(SPANISH, {
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
  dueIn: (value, unit) => `Le toca en ${count(forms, 'es', value, unit)}`,
  dueNow: 'Le toca ahora',
  overdueBy: (value, unit) => `Con ${count(forms, 'es', value, unit)} de retraso`,
  windowHeading: (treatment) => `Su próximo tratamiento de ${treatment}`,
  labelled: (label, value) => `${label}: ${value}`,
  announcement: (heading, status, range) => `${heading}: ${status}, ${range}.`,
  range: (earliest, latest) => `del ${earliest} al ${latest}`,
  typical: (treatment, shortest, longest) =>
    shortest === longest
      ? `Los resultados de ${treatment} suelen durar unos ${count(forms, 'es', shortest, 'month')}.`
      : `Los resultados de ${treatment} suelen durar de ${shortest} a ${count(forms, 'es', longest, 'month')}.`,
  minInterval: (value, unit) => `El prospecto del producto indica al menos ${count(forms, 'es', value, unit)} entre tratamientos.`,
  timeline: 'Cronología',
  lastVisit: 'Último tratamiento',
  nextWindow: 'Próximo periodo',
  today: 'Hoy',
  addToCalendar: 'Añadir un recordatorio a su calendario',
  ics: 'Apple u Outlook (.ics)',
  google: 'Google Calendar',
  outlook: 'Outlook.com',
  ms365: 'Microsoft 365',
  newTab: '(se abre en una pestaña nueva)',
  inAppHelp: (app) =>
    `El navegador integrado de ${app} no puede guardar recordatorios en el calendario. Abra esta página en el navegador de su teléfono (en el menú •••, elija «Abrir en el navegador») para añadirlo, o anote las fechas de arriba.`,
  safariForApple: 'Para Apple Calendar, abra esta página en Safari: este navegador no puede pasarle recordatorios.',
  copyLink: 'Copiar el enlace de esta página',
  linkCopied: 'Enlace copiado. Péguelo en Safari, Chrome u otro navegador.',
  copyByHand: 'Dirección de esta página, para copiarla en su navegador',
  book: 'Reservar su próxima cita',
  requestAppointment: 'Solicitar una cita',
  eventTitle: (treatment) => `Próximo tratamiento de ${treatment}`,
  eventDetails: (treatment, range) => `Su próximo tratamiento de ${treatment} le toca ${range}. Reserve con su clínica.`,
  alarm: (treatment) => `Es hora de reservar su próximo tratamiento de ${treatment}`,
  disclaimer: 'Un intervalo habitual, no un consejo médico: su especialista confirmará el momento adecuado para usted.',
});
