import type { BeforeAfterMessages } from './before-after.messages.js';

export const fr: BeforeAfterMessages = {
  before: 'Avant',
  after: 'Après',
  slider: 'Comparaison avant-après',
  missing: (side) => `${side}\u00a0: photo indisponible`,
  sideBySide: 'Côte à côte',
  sensitive: 'Ces photos montrent une zone du corps traitée.',
  reveal: 'Afficher les photos',
};
