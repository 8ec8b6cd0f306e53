import { plural } from '../core/i18n/format.js';
import type { FaqMessages, SearchMessages } from './faq.messages.js';
import { SPANISH, typeset } from '../core/i18n/typography.js';

export const es: FaqMessages & SearchMessages = typeset(SPANISH, {
  searchLabel: 'Buscar en las preguntas',
  searchPlaceholder: 'Buscar, p. ej., «efectos secundarios»',
  matches: (count, locale) => plural(locale, count, '# pregunta coincide', '# preguntas coinciden'),
  noMatches: (query) => `Ninguna pregunta coincide con «${query}».`,
  noMatchesHint: 'Pruebe con una palabra más corta o pregúntenos directamente: le responderemos con gusto.',
  askUs: 'Pregúntenos en una consulta',
  expandAll: 'Abrir todas',
  collapseAll: 'Cerrar todas',
  copyLink: (question) => `Copiar enlace a «${question}»`,
  copyLinkShort: 'Copiar enlace',
  linkCopied: 'Enlace copiado',
  linkInAddressBar: 'El enlace está en la barra de direcciones',
  bookConsultation: 'Reservar una consulta',
  sourceLabel: 'Fuente',
  reviewed: (date) => `Revisado el ${date}`,
  empty: 'Todavía no se han añadido preguntas.',
  unavailable: 'No se pudieron cargar estas preguntas. Actualice la página o comuníquese con la clínica.',
});
