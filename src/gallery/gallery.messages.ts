import type { MessageTables } from '../core/i18n/locale.js';

export interface GalleryMessages {
  filterLabel: string;
  allTreatments: string;
  /** Hidden text after a chip's visible count: "Botox® 12" reads "Botox®, 12 cases". */
  caseCount: (count: number) => string;
  /** Polite announcement after a filter change. */
  showing: (count: number) => string;
  before: string;
  after: string;
  enlarge: (title: string) => string;
  sessions: (count: number) => string;
  /** `duration` is already localised ("2 weeks"). */
  timeSince: (duration: string) => string;
  photoDate: (date: string) => string;
  unretouched: string;
  sensitive: string;
  unavailable: string;
  previous: string;
  next: string;
  position: (index: number, total: number) => string;
  empty: string;
  resultsHeading: string;
}

const rules = new Intl.PluralRules('en');
const plural = (count: number, one: string, other: string) => `${count} ${rules.select(count) === 'one' ? one : other}`;

const en: GalleryMessages = {
  filterLabel: 'Filter results by treatment',
  allTreatments: 'All',
  caseCount: (count) => plural(count, 'case', 'cases'),
  showing: (count) => `Showing ${plural(count, 'case', 'cases')}`,
  before: 'Before',
  after: 'After',
  enlarge: (title) => `View larger: ${title}`,
  sessions: (count) => plural(count, 'session', 'sessions'),
  timeSince: (duration) => `${duration} after treatment`,
  photoDate: (date) => `Photos ${date}`,
  unretouched: 'Unretouched',
  sensitive: 'Sensitive photo',
  unavailable: 'Photo unavailable',
  previous: 'Previous case',
  next: 'Next case',
  position: (index, total) => `Case ${index} of ${total}`,
  empty: 'No before-and-after cases to show yet.',
  resultsHeading: 'Results',
};

/** English ships with the element; Spanish (`gallery.messages.es.ts`) is fetched only by pages that need it (`loadGalleryMessages`). */
export const galleryMessages: MessageTables<GalleryMessages> = { en, es: en };

let spanish: Promise<unknown> | undefined;

export function loadGalleryMessages(language: string): Promise<unknown> | undefined {
  if (language !== 'es') return;
  return (spanish ??= import('./gallery.messages.es.js').then((module) => (galleryMessages.es = module.es), () => undefined));
}
