import type { NextDueMessages } from './next-due.messages.js';
import { count, type UnitForms } from './next-due.units.js';
import { FRENCH, typeset } from '../core/i18n/typography.js';

const forms: UnitForms = {
  day: { one: 'jour', other: 'jours' },
  week: { one: 'semaine', other: 'semaines' },
  month: { one: 'mois', other: 'mois' },
};

export const fr: NextDueMessages = typeset(FRENCH, {
  treatment: 'Soin',
  lastDate: 'Date de votre dernier soin',
  lastDateHint: 'Elle figure sur votre reçu ou votre e-mail de confirmation.',
  remember: 'Mémoriser ma date sur cet appareil',
  rememberHint: 'Conservée uniquement dans ce navigateur ; rien n’est envoyé à la clinique.',
  forget: 'Oublier ma date',
  forgotten: 'Votre date n’est plus enregistrée sur cet appareil.',
  empty: 'Saisissez la date de votre dernier soin pour savoir quand prévoir le prochain.',
  invalid: 'Cette date n’existe pas dans le calendrier. Vérifiez le jour et le mois.',
  future: 'Cette date est dans le futur. Saisissez la date de votre dernier soin.',
  chooseTreatment: 'Choisissez un soin pour savoir quand prévoir le prochain.',
  dueIn: (value, unit) => `À prévoir dans ${count(forms, 'fr', value, unit)}`,
  dueNow: 'À prévoir dès maintenant',
  overdueBy: (value, unit) => `En retard de ${count(forms, 'fr', value, unit)}`,
  windowHeading: (treatment) => `Votre prochain soin ${treatment}`,
  labelled: (label, value) => `${label} : ${value}`,
  announcement: (heading, status, range) => `${heading} : ${status}, ${range}.`,
  range: (earliest, latest) => `du ${earliest} au ${latest}`,
  typical: (treatment, shortest, longest) =>
    shortest === longest
      ? `Les résultats de ${treatment} durent généralement environ ${count(forms, 'fr', shortest, 'month')}.`
      : `Les résultats de ${treatment} durent généralement de ${shortest} à ${count(forms, 'fr', longest, 'month')}.`,
  minInterval: (value, unit) => `La notice du produit recommande au moins ${count(forms, 'fr', value, unit)} entre deux soins.`,
  timeline: 'Chronologie',
  lastVisit: 'Dernier soin',
  nextWindow: 'Prochaine période',
  today: 'Aujourd’hui',
  addToCalendar: 'Ajouter un rappel à votre agenda',
  ics: 'Apple ou Outlook (.ics)',
  google: 'Google Agenda',
  outlook: 'Outlook.com',
  ms365: 'Microsoft 365',
  newTab: '(s’ouvre dans un nouvel onglet)',
  inAppHelp: (app) =>
    `Le navigateur intégré de ${app} ne peut pas enregistrer de rappels dans l’agenda. Ouvrez cette page dans le navigateur de votre téléphone (menu •••, « Ouvrir dans le navigateur ») pour en ajouter un, ou notez les dates ci-dessus.`,
  safariForApple: 'Pour Apple Calendrier, ouvrez cette page dans Safari : ce navigateur ne peut pas lui transmettre de rappels.',
  copyLink: 'Copier le lien de cette page',
  linkCopied: 'Lien copié. Collez-le dans Safari, Chrome ou un autre navigateur.',
  copyByHand: 'Adresse de cette page, à copier dans votre navigateur',
  book: 'Réserver votre prochain rendez-vous',
  requestAppointment: 'Demander un rendez-vous',
  eventTitle: (treatment) => `Prochain soin ${treatment} à prévoir`,
  eventDetails: (treatment, range) =>
    `Votre prochain soin ${treatment} est à prévoir ${range}. Prenez rendez-vous auprès de votre clinique.`,
  alarm: (treatment) => `Il est temps de réserver votre prochain soin ${treatment}`,
  disclaimer: 'Une fourchette habituelle, pas un avis médical : votre praticien confirmera le bon moment pour vous.',
});
