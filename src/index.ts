/**
 * Every Blush element, registered. Import a single element instead
 * (`blush-widgets/faq`) to ship only what a page uses.
 */
// First, so its timer runs before the registrations of the elements after the first (core/define.ts).
import './core/first-format.js';
export * from './faq/index.js';
export * from './before-after/index.js';
export * from './gallery/index.js';
export * from './consult-form/index.js';
export * from './next-due/index.js';
// The shared core, without the catalog's sources (audit data no page shows: `blush-widgets/core`).
export {
  BlushElement,
  define,
  warn,
  extendCatalog,
  getCatalog,
  getTreatment,
  treatmentName,
  addDays,
  addMonths,
  daysBetween,
  formatDate,
  isIsoDate,
  parseIsoDate,
  todayIso,
  visitorToday,
  VERSION,
  safeHttpUrl,
  safeImageUrl,
  safeLinkUrl,
  SUPPORTED_LANGUAGES,
  registerTranslation,
  bookingTemplate,
  fillTreatment,
} from './core/index.js';
export type * from './core/index.js';

import { rememberLanding } from './core/attribution.js';

// The campaign that brought this visit, kept for the consultation form (core/attribution.ts).
rememberLanding();
