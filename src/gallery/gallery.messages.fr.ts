import { plural } from '../core/i18n/format.js';
import type { GalleryMessages } from './gallery.messages.js';
import { FRENCH, typeset } from '../core/i18n/typography.js';

export const fr: GalleryMessages = typeset(FRENCH, {
  filterLabel: 'Filtrer les résultats par soin',
  allTreatments: 'Tous',
  caseCount: (count) => plural('fr', count, '# cas', '# cas'),
  showing: (count) => plural('fr', count, '# cas affiché', '# cas affichés'),
  before: 'Avant',
  after: 'Après',
  enlarge: (title) => `Agrandir : ${title}`,
  sessions: (count) => plural('fr', count, '# séance', '# séances'),
  timeSince: (duration) => `${duration} après le soin`,
  photoDate: (date) => `Photos du ${date}`,
  unretouched: 'Sans retouche',
  illustration: 'Illustration',
  illustrationsOnly: 'Ces images sont des illustrations, pas des photos de patients. Les résultats varient d’une personne à l’autre.',
  someIllustrations:
    'Les images marquées « Illustration » ne sont pas des photos de patients. Les résultats varient d’une personne à l’autre ; les photos de patients montrent des résultats réels et ne constituent pas une garantie.',
  sensitive: 'Photo sensible',
  unavailable: 'Photo indisponible',
  previous: 'Cas précédent',
  next: 'Cas suivant',
  position: (index, total) => `Cas ${index} sur ${total}`,
  empty: 'Aucun cas avant-après à afficher pour le moment.',
  resultsHeading: 'Résultats',
  book: 'Prendre rendez-vous pour une consultation',
});
