import { Messages } from '../core/i18n/registry.js';

/** Words of `<blush-before-after>`; the value text is built from the side labels and `Intl` percents. */
export interface BeforeAfterMessages {
  before: string;
  after: string;
  /** Accessible name of the divider (a native range input). */
  slider: string;
  /** Placeholder over a photo that failed to load; `side` is that photo's label. */
  missing: (side: string) => string;
  sideBySide: string;
  sensitive: string;
  reveal: string;
}

declare global {
  interface BlushMessages {
    'blush-before-after': BeforeAfterMessages;
  }
}

/** English ships with the element; other languages arrive when a page first shows them. */
export const beforeAfterWords = new Messages(
  'blush-before-after',
  {
    before: 'Before',
    after: 'After',
    slider: 'Before and after comparison',
    missing: (side) => `${side}: photo unavailable`,
    sideBySide: 'Side by side',
    sensitive: 'These photos show a treated body area.',
    reveal: 'Show photos',
  },
  {
    es: () => import('./before-after.messages.es.js').then((module) => module.es),
    fr: () => import('./before-after.messages.fr.js').then((module) => module.fr),
    fa: () => import('./before-after.messages.fa.js').then((module) => module.fa),
  },
);
