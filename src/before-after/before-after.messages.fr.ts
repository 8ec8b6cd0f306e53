import type { BeforeAfterMessages } from './before-after.messages.js';
import { FRENCH, typeset } from '../core/i18n/typography.js';

export const fr: BeforeAfterMessages = typeset(FRENCH, {
  before: 'Avant',
  after: 'Après',
  slider: 'Comparaison avant-après',
  missing: (side) => `${side} : photo indisponible`,
  sideBySide: 'Côte à côte',
  sensitive: 'Ces photos montrent une zone du corps traitée.',
  reveal: 'Afficher les photos',
});
