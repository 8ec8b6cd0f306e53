/**
 * Everything that must never reach analytics, the address, storage or a request's URL in the
 * privacy tests: the treatments, question words, dates and typed values they use, and markup.
 */
export const HEALTH = /botox|filler|lips|dysport|forehead|after-care|hurt|2026|olivia|mart[ií]nez|example\.com|555|<|"\s*on/i;
