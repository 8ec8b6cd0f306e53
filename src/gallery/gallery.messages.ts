import { Messages } from '../core/i18n/registry.js';
import { plural } from '../core/i18n/format.js';

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
  /** Badge on a case that is an illustration, not a patient's photos. */
  illustration: string;
  /** The default disclaimer when every case shown is an illustration. */
  illustrationsOnly: string;
  /** The default disclaimer when some cases shown are illustrations. */
  someIllustrations: string;
  sensitive: string;
  unavailable: string;
  previous: string;
  next: string;
  position: (index: number, total: number) => string;
  empty: string;
  resultsHeading: string;
  /** The enlarged view's link to the booking page. */
  book: string;
}

declare global {
  interface BlushMessages {
    'blush-gallery': GalleryMessages;
  }
}

/** English ships with the element; other languages arrive when a page first shows them. */
export const galleryWords = new Messages(
  'blush-gallery',
  {
    filterLabel: 'Filter results by treatment',
    allTreatments: 'All',
    caseCount: (count) => plural('en', count, '# case', '# cases'),
    showing: (count) => `Showing ${plural('en', count, '# case', '# cases')}`,
    before: 'Before',
    after: 'After',
    enlarge: (title) => `View larger: ${title}`,
    sessions: (count) => plural('en', count, '# session', '# sessions'),
    timeSince: (duration) => `${duration} after treatment`,
    photoDate: (date) => `Photos ${date}`,
    unretouched: 'Unretouched',
    illustration: 'Illustration',
    illustrationsOnly: 'These pictures are illustrations, not photos of patients. Individual results vary.',
    someIllustrations:
      'Pictures marked “Illustration” are not photos of patients. Individual results vary; photos of patients show real outcomes and are not a guarantee.',
    sensitive: 'Sensitive photo',
    unavailable: 'Photo unavailable',
    previous: 'Previous case',
    next: 'Next case',
    position: (index, total) => `Case ${index} of ${total}`,
    empty: 'No before-and-after cases to show yet.',
    resultsHeading: 'Results',
    book: 'Book a consultation',
  },
  {
    es: () => import('./gallery.messages.es.js').then((module) => module.es),
    fr: () => import('./gallery.messages.fr.js').then((module) => module.fr),
    fa: () => import('./gallery.messages.fa.js').then((module) => module.fa),
  },
);
