import { plural } from '../core/i18n/format.js';
import type { FaqMessages, SearchMessages } from './faq.messages.js';
import { FRENCH, typeset } from '../core/i18n/typography.js';

export const fr: FaqMessages & SearchMessages = typeset(FRENCH, {
  searchLabel: 'Rechercher dans les questions',
  searchPlaceholder: 'Rechercher, p. ex. « effets secondaires »',
  matches: (count, locale) => plural(locale, count, '# question correspond', '# questions correspondent'),
  noMatches: (query) => `Aucune question ne correspond à « ${query} ».`,
  noMatchesHint: 'Essayez un mot plus court, ou posez-nous directement la question : nous y répondrons volontiers.',
  askUs: 'Posez-nous la question en consultation',
  expandAll: 'Tout ouvrir',
  collapseAll: 'Tout fermer',
  copyLink: (question) => `Copier le lien vers « ${question} »`,
  copyLinkShort: 'Copier le lien',
  linkCopied: 'Lien copié',
  linkInAddressBar: 'Le lien est dans la barre d’adresse',
  bookConsultation: 'Prendre rendez-vous pour une consultation',
  sourceLabel: 'Source',
  reviewed: (date) => `Vérifié le ${date}`,
  empty: 'Aucune question n’a encore été ajoutée.',
  unavailable: 'Ces questions n’ont pas pu être chargées. Veuillez actualiser la page ou contacter la clinique.',
});
