import type { MessageTables } from '../core/i18n/locale.js';

export interface FaqMessages {
  searchLabel: string;
  searchPlaceholder: string;
  /** Announced while filtering. */
  matches(count: number, locale: string): string;
  noMatches(query: string): string;
  noMatchesHint: string;
  askUs: string;
  expandAll: string;
  collapseAll: string;
  copyLink(question: string): string;
  copyLinkShort: string;
  linkCopied: string;
  linkInAddressBar: string;
  bookConsultation: string;
  sourceLabel: string;
  reviewed(date: string): string;
  loading: string;
  empty: string;
  unavailable: string;
}

function plural(locale: string, count: number, one: string, other: string): string {
  const formatted = new Intl.NumberFormat(locale).format(count);
  return (new Intl.PluralRules(locale).select(count) === 'one' ? one : other).replace('#', formatted);
}

export const faqMessages = {
  en: {
    searchLabel: 'Search the questions',
    searchPlaceholder: 'Search, e.g. “side effects”',
    matches: (count, locale) => plural(locale, count, '# question matches', '# questions match'),
    noMatches: (query) => `No questions match “${query}”.`,
    noMatchesHint: 'Try a shorter word, or ask us directly: we are happy to answer.',
    askUs: 'Ask us in a consultation',
    expandAll: 'Expand all',
    collapseAll: 'Collapse all',
    copyLink: (question) => `Copy link to “${question}”`,
    copyLinkShort: 'Copy link',
    linkCopied: 'Link copied',
    linkInAddressBar: 'The link is in the address bar',
    bookConsultation: 'Book a consultation',
    sourceLabel: 'Source',
    reviewed: (date) => `Reviewed ${date}`,
    loading: 'Loading questions…',
    empty: 'No questions have been added yet.',
    unavailable: 'These questions could not be loaded. Please refresh the page or contact the clinic.',
  },
  es: {
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
    loading: 'Cargando preguntas…',
    empty: 'Todavía no se han añadido preguntas.',
    unavailable: 'No se pudieron cargar estas preguntas. Actualice la página o comuníquese con la clínica.',
  },
} satisfies MessageTables<FaqMessages>;
