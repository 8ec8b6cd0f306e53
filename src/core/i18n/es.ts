import type { Translation } from './registry.js';
import { SPANISH, typeset } from './typography.js';

/** Shared words in Spanish, with the catalog's treatment names (brand names stay as registered). */
export const es: Translation['common'] = typeset(SPANISH, {
  loading: 'Cargando…',
  contentUnavailable: 'No se pudo cargar este contenido. Actualice la página o comuníquese con la clínica.',
  close: 'Cerrar',
  resultsVary: 'Los resultados varían en cada persona. Las fotos muestran resultados reales de pacientes concretos y no son una garantía.',
  treatments: {
    'filler-lips': 'Relleno de labios',
    'filler-cheeks': 'Relleno de pómulos',
    'filler-under-eye': 'Relleno de ojeras',
    'filler-smile-lines': 'Relleno de surcos nasogenianos',
    'filler-jawline': 'Relleno de mandíbula y mentón',
    'chemical-peel': 'Peeling químico',
    microneedling: 'Microagujas',
    'laser-hair-removal': 'Depilación láser',
  },
});
