// The shared core, re-exported for the npm entry point.
export { BlushElement } from './blush-element.js';
export { define } from './define.js';
export { warn } from './warn.js';
export { TREATMENT_SOURCES, type TreatmentSource } from './catalog.sources.js';
export {
  extendCatalog,
  getCatalog,
  getTreatment,
  treatmentName,
  type Treatment,
  type TreatmentOverride,
  type TreatmentCategory,
} from './catalog.js';
export { addDays, addMonths, daysBetween, formatDate, isIsoDate, parseIsoDate, todayIso, visitorToday, type IsoDate } from './dates.js';
export { VERSION } from './version.js';
export { safeHttpUrl, safeImageUrl, safeLinkUrl } from './safe-url.js';
export { SUPPORTED_LANGUAGES, type Language } from './i18n/locale.js';
export { registerTranslation, type Translation } from './i18n/registry.js';
export type { AnalyticsEventName, AnalyticsEvents, BlushAnalyticsDetail, BlushAnalyticsEvent } from './analytics.js';
export { bookingTemplate, fillTreatment, type BlushBookDetail, type BlushBookEvent } from './booking.js';
