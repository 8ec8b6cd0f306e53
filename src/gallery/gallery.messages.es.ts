import type { GalleryMessages } from './gallery.messages.js';

// Its own plural rules: importing the English table's helper would tie this chunk to the element's.
const rules = new Intl.PluralRules('es');
const plural = (count: number, one: string, other: string) => `${count} ${rules.select(count) === 'one' ? one : other}`;

export const es: GalleryMessages = {
  filterLabel: 'Filtrar resultados por tratamiento',
  allTreatments: 'Todos',
  caseCount: (count) => plural(count, 'caso', 'casos'),
  showing: (count) => `Se muestran ${plural(count, 'caso', 'casos')}`,
  before: 'Antes',
  after: 'Después',
  enlarge: (title) => `Ver en grande: ${title}`,
  sessions: (count) => plural(count, 'sesión', 'sesiones'),
  timeSince: (duration) => `${duration} después del tratamiento`,
  photoDate: (date) => `Fotos del ${date}`,
  unretouched: 'Sin retoques',
  sensitive: 'Foto sensible',
  unavailable: 'Foto no disponible',
  previous: 'Caso anterior',
  next: 'Caso siguiente',
  position: (index, total) => `Caso ${index} de ${total}`,
  empty: 'Todavía no hay casos de antes y después.',
  resultsHeading: 'Resultados',
};
