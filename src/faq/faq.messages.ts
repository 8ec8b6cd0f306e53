import type { Language } from '../core/i18n/locale.js';

/** Every word `<blush-faq>` shows. English ships with the element; Spanish (`faq.messages.es.ts`) is fetched only by pages that need it. */
export interface FaqMessages {
  expandAll: string;
  collapseAll: string;
  copyLink(question: string): string;
  copyLinkShort: string;
  linkCopied: string;
  linkInAddressBar: string;
  bookConsultation: string;
  sourceLabel: string;
  reviewed(date: string): string;
  empty: string;
  unavailable: string;
}

/** Words only a searchable FAQ shows; the English ones ship with the search chunk. */
export interface SearchMessages {
  searchLabel: string;
  searchPlaceholder: string;
  /** Announced while filtering. */
  matches(count: number, locale: string): string;
  noMatches(query: string): string;
  noMatchesHint: string;
  askUs: string;
}

// Building Intl objects is slow the first time (locale data); a visitor's keystrokes reuse them.
const rules = new Map<string, Intl.PluralRules>();

export function plural(locale: string, count: number, one: string, other: string): string {
  let rule = rules.get(locale);
  if (!rule) rules.set(locale, (rule = new Intl.PluralRules(locale)));
  return (rule.select(count) === 'one' ? one : other).replace('#', count.toLocaleString(locale));
}

export const en: FaqMessages = {
    expandAll: 'Expand all',
    collapseAll: 'Collapse all',
    copyLink: (question) => `Copy link to “${question}”`,
    copyLinkShort: 'Copy link',
    linkCopied: 'Link copied',
    linkInAddressBar: 'The link is in the address bar',
    bookConsultation: 'Book a consultation',
    sourceLabel: 'Source',
    reviewed: (date) => `Reviewed ${date}`,
    empty: 'No questions have been added yet.',
    unavailable: 'These questions could not be loaded. Please refresh the page or contact the clinic.',
};

let es: (FaqMessages & SearchMessages) | undefined;
let spanish: Promise<FaqMessages> | undefined;

/** The table for a language, once loaded (English always is). */
export function faqMessages(language: Language): FaqMessages {
  return (language === 'es' && es) || en;
}

/** The search words: Spanish from the Spanish table, English from the search chunk. */
export function searchMessages(language: Language, english: SearchMessages): SearchMessages {
  return (language === 'es' && es) || english;
}

/** Loads the Spanish words, a separate chunk only Spanish pages fetch. */
export function loadFaqMessages(language: Language): Promise<unknown> {
  if (language !== 'es') return Promise.resolve();
  return (spanish ??= import('./faq.messages.es.js').then((module) => (es = module.es), () => en));
}
