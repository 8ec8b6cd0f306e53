import type { MessageTables } from '../core/i18n/locale.js';

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

export const messages = {
  en: {
    before: 'Before',
    after: 'After',
    slider: 'Before and after comparison',
    missing: (side) => `${side}: photo unavailable`,
    sideBySide: 'Side by side',
    sensitive: 'These photos show a treated body area.',
    reveal: 'Show photos',
  },
  es: {
    before: 'Antes',
    after: 'Después',
    slider: 'Comparación de antes y después',
    missing: (side) => `${side}: foto no disponible`,
    sideBySide: 'Lado a lado',
    sensitive: 'Estas fotos muestran una zona del cuerpo tratada.',
    reveal: 'Mostrar fotos',
  },
} satisfies MessageTables<BeforeAfterMessages>;
