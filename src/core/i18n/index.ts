export * from './locale.js';
export type { CommonMessages } from './messages.js';
export { commonWords } from './common.js';
export { intl, plural, registerTranslation, Messages, type MessageScope, type Translation } from './registry.js';
