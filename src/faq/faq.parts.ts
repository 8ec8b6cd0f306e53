import type { ReactiveElement } from 'lit';
import { adoptLateStyles, Chunk } from '../core/lazy.js';
import { faqWords } from './faq.messages.js';

// Parts only some FAQs use, each fetched on first need (a failed fetch warns once and is tried again on the next).
export const reader = new Chunk(() => import('./faq.load.js'), 'JSON and pack reader');
// Chunks that bring English words add them as they arrive (a call here, where no bundler can drop it as unused).
export const searchCode = new Chunk(
  () => import('./faq.search.js').then((module) => (faqWords.add('en', module.enSearch), module)),
  'search',
);
export const ctaCode = new Chunk(() => import('./faq.cta.js'), 'booking button');
export const sourcesCode = new Chunk(() => import('./faq.sources.js'), 'sources');
const structuredData = new Chunk(() => import('./faq.structured-data.js'), 'structured data');

/** The JSON-LD code is its own chunk, loaded only by pages that ask for structured data. */
export const updateStructuredData = (host: Element) => structuredData.load(host).then((module) => module?.updateFaqStructuredData());

/** The settings of an FAQ that ask for parts. */
export interface PartSettings extends ReactiveElement {
  searchable: boolean;
  cta: boolean;
  bookingUrl?: string;
  showSources: boolean;
}

/** The optional parts, whether the FAQ's settings want each, and the settings that do. */
const partsOf = (faq: PartSettings) =>
  [
    [searchCode, faq.searchable, 'searchable'],
    [ctaCode, Boolean(faq.cta || faq.bookingUrl), 'cta', 'bookingUrl'],
    [sourcesCode, faq.showSources, 'showSources'],
  ] as const;

/** Fetches the parts the settings want (each once a page) and adds their styles to this FAQ. */
export async function bringParts(faq: PartSettings): Promise<void> {
  const parts = await Promise.all(partsOf(faq).map(([part, on]) => on && part.load(faq)));
  adoptLateStyles(
    faq,
    parts.map((part) => part && part.styles),
  );
}

/** A part the settings want failed to load: try again (the visitor's next action is the next need). */
export const retryFailedParts = (faq: PartSettings) =>
  partsOf(faq).some(([part, on]) => on && part.failed) && bringParts(faq).then(() => faq.requestUpdate());

/** Whether a setting that asks for a part has just turned on (from the changed properties of an update). */
export const partTurnedOn = (faq: PartSettings, changed: Map<PropertyKey, unknown>) =>
  partsOf(faq).some(([, on, ...names]) => on && names.some((name) => changed.has(name)));
