import { plural } from '../core/i18n/format.js';
import type { GalleryMessages } from './gallery.messages.js';
import { SPANISH, typeset } from '../core/i18n/typography.js';

export const es: GalleryMessages = typeset(SPANISH, {
  filterLabel: 'Filtrar resultados por tratamiento',
  allTreatments: 'Todos',
  caseCount: (count) => plural('es', count, '# caso', '# casos'),
  showing: (count) => `Se muestran ${plural('es', count, '# caso', '# casos')}`,
  before: 'Antes',
  after: 'Después',
  enlarge: (title) => `Ver en grande: ${title}`,
  sessions: (count) => plural('es', count, '# sesión', '# sesiones'),
  timeSince: (duration) => `${duration} después del tratamiento`,
  photoDate: (date) => `Fotos del ${date}`,
  unretouched: 'Sin retoques',
  illustration: 'Ilustración',
  illustrationsOnly: 'Estas imágenes son ilustraciones, no fotos de pacientes. Los resultados varían en cada persona.',
  someIllustrations:
    'Las imágenes marcadas como «Ilustración» no son fotos de pacientes. Los resultados varían en cada persona; las fotos de pacientes muestran resultados reales y no son una garantía.',
  sensitive: 'Foto sensible',
  unavailable: 'Foto no disponible',
  previous: 'Caso anterior',
  next: 'Caso siguiente',
  position: (index, total) => `Caso ${index} de ${total}`,
  empty: 'Todavía no hay casos de antes y después.',
  resultsHeading: 'Resultados',
  book: 'Reservar una consulta',
});
