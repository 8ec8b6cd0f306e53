import { define } from '../core/define.js';
import { BlushFaq } from './faq.js';

define('blush-faq', BlushFaq);

export { BlushFaq };
export type { BlushFaqCtaDetail, BlushFaqCtaEvent, BlushFaqToggleDetail, BlushFaqToggleEvent } from './faq.events.js';
export type { FaqItemInput } from './faq.model.js';
export { registerFaqPack, knownFaqPacks, type FaqPack } from './packs/index.js';

declare global {
  interface HTMLElementTagNameMap {
    'blush-faq': BlushFaq;
  }
}
