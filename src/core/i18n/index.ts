export * from './locale.js';
export type { CommonMessages } from './messages.js';
export { commonWords } from './common.js';
export { registerTranslation, Messages, type MessageScope, type Translation } from './registry.js';
export { intl, plural } from './format.js';
