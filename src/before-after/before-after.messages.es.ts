import type { BeforeAfterMessages } from './before-after.messages.js';
import { SPANISH, typeset } from '../core/i18n/typography.js';

export const es: BeforeAfterMessages = typeset(SPANISH, {
  before: 'Antes',
  after: 'Después',
  slider: 'Comparación de antes y después',
  missing: (side) => `${side}: foto no disponible`,
  sideBySide: 'Lado a lado',
  sensitive: 'Estas fotos muestran una zona del cuerpo tratada.',
  reveal: 'Mostrar fotos',
});
