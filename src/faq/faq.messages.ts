import { Messages } from '../core/i18n/registry.js';

/** Every word `<blush-faq>` shows. English ships with the element; other languages (`faq.messages.<language>.ts`) are fetched only by pages that need them. */
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

declare global {
  interface BlushMessages {
    'blush-faq': FaqMessages & SearchMessages;
  }
}

/**
 * English ships with the element (the search words with the search chunk, which adds them);
 * other languages arrive, search words included, when a page first shows them.
 */
export const faqWords = new Messages(
  'blush-faq',
  {
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
  },
  {
    es: () => import('./faq.messages.es.js').then((module) => module.es),
    fr: () => import('./faq.messages.fr.js').then((module) => module.fr),
    fa: () => import('./faq.messages.fa.js').then((module) => module.fa),
  },
);
