import type { MessageTables } from '../core/i18n/locale.js';

export interface GalleryMessages {
  filterLabel: string;
  allTreatments: string;
  /** Hidden text after a chip's visible count: "Botox® 12" reads "Botox®, 12 cases". */
  caseCount: (count: number) => string;
  /** Polite announcement after a filter change. */
  showing: (count: number) => string;
  before: string;
  after: string;
  enlarge: (title: string) => string;
  sessions: (count: number) => string;
  /** `duration` is already localised ("2 weeks"). */
  timeSince: (duration: string) => string;
  photoDate: (date: string) => string;
  unretouched: string;
  sensitive: string;
  previous: string;
  next: string;
  position: (index: number, total: number) => string;
  empty: string;
  resultsHeading: string;
}

const rules = { en: new Intl.PluralRules('en'), es: new Intl.PluralRules('es') };
const plural = (locale: 'en' | 'es', count: number, one: string, other: string) => `${count} ${rules[locale].select(count) === 'one' ? one : other}`;

export const galleryMessages = {
  en: {
    filterLabel: 'Filter results by treatment',
    allTreatments: 'All',
    caseCount: (count) => plural('en', count, 'case', 'cases'),
    showing: (count) => `Showing ${plural('en', count, 'case', 'cases')}`,
    before: 'Before',
    after: 'After',
    enlarge: (title) => `View larger: ${title}`,
    sessions: (count) => plural('en', count, 'session', 'sessions'),
    timeSince: (duration) => `${duration} after treatment`,
    photoDate: (date) => `Photos ${date}`,
    unretouched: 'Unretouched',
    sensitive: 'Sensitive photo',
    previous: 'Previous case',
    next: 'Next case',
    position: (index, total) => `Case ${index} of ${total}`,
    empty: 'No before-and-after cases to show yet.',
    resultsHeading: 'Results',
  },
  es: {
    filterLabel: 'Filtrar resultados por tratamiento',
    allTreatments: 'Todos',
    caseCount: (count) => plural('es', count, 'caso', 'casos'),
    showing: (count) => `Se muestran ${plural('es', count, 'caso', 'casos')}`,
    before: 'Antes',
    after: 'Después',
    enlarge: (title) => `Ver en grande: ${title}`,
    sessions: (count) => plural('es', count, 'sesión', 'sesiones'),
    timeSince: (duration) => `${duration} después del tratamiento`,
    photoDate: (date) => `Fotos del ${date}`,
    unretouched: 'Sin retoques',
    sensitive: 'Foto sensible',
    previous: 'Caso anterior',
    next: 'Caso siguiente',
    position: (index, total) => `Caso ${index} de ${total}`,
    empty: 'Todavía no hay casos de antes y después.',
    resultsHeading: 'Resultados',
  },
} satisfies MessageTables<GalleryMessages>;
