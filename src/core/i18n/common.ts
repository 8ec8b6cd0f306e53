import type { CommonMessages } from './messages.js';
import { Messages } from './registry.js';

declare global {
  interface BlushMessages {
    /** Words several elements share, and the catalog's treatment names in this language by id (the catalog itself is in English). */
    common: CommonMessages & { treatments?: Record<string, string> };
  }
}

/** Words several elements share; an element that shows them (or treatment names) lists this beside its own table. */
export const commonWords = new Messages(
  'common',
  {
    loading: 'Loading…',
    contentUnavailable: 'This content could not be loaded. Please refresh the page or contact the clinic.',
    close: 'Close',
    resultsVary: 'Individual results vary. Photos show real outcomes for individual patients and are not a guarantee.',
  },
  {
    es: () => import('./es.js').then((module) => module.es),
    fr: () => import('./fr.js').then((module) => module.fr),
    fa: () => import('./fa.js').then((module) => module.fa),
  },
);
