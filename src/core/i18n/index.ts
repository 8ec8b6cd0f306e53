import { en } from './en.js';
import { es } from './es.js';
import type { MessageTables } from './locale.js';
import type { CommonMessages } from './messages.js';

export * from './locale.js';
export type { CommonMessages } from './messages.js';
export const commonMessages: MessageTables<CommonMessages> = { en, es };
