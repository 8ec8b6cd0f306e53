import type { CommonMessages } from './messages.js';

export const es: CommonMessages = {
  loading: 'Cargando…',
  contentUnavailable: 'No se pudo cargar este contenido. Actualice la página o comuníquese con la clínica.',
  close: 'Cerrar',
  resultsVary: 'Los resultados varían en cada persona. Las fotos muestran resultados reales de pacientes concretos y no son una garantía.',
};
