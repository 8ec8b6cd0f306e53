import type { Treatment } from './catalog.js';

/**
 * The shared treatment catalog: what every element needs at run time. Typical durations are the
 * ranges patients are usually told; minimum intervals are only those a product's US prescribing
 * information states. Where each figure comes from, and when we checked it, lives beside this
 * file in catalog.sources.ts, so pages do not download text they never show. Names here are
 * English; each other language names the treatments in its shared words (src/core/i18n/es.ts),
 * fetched only by a page in that language. The WordPress plugin's names are made from both.
 * Clinics override entries with `extendCatalog()` or `window.blushWidgetsConfig.treatments`.
 */
export const TREATMENTS: readonly Treatment[] = [
  {
    id: 'botox',
    name: { en: 'Botox®' },
    category: 'neuromodulator',
    durationMonths: [3, 4],
    minInterval: { days: 90 },
  },
  {
    id: 'dysport',
    name: { en: 'Dysport®' },
    category: 'neuromodulator',
    durationMonths: [3, 4],
    minInterval: { days: 90 },
  },
  {
    id: 'xeomin',
    name: { en: 'Xeomin®' },
    category: 'neuromodulator',
    durationMonths: [3, 4],
    minInterval: { days: 90 },
  },
  {
    id: 'jeuveau',
    name: { en: 'Jeuveau®' },
    category: 'neuromodulator',
    durationMonths: [3, 4],
    minInterval: { days: 90 },
  },
  {
    id: 'daxxify',
    name: { en: 'Daxxify®' },
    category: 'neuromodulator',
    durationMonths: [6, 9],
  },
  {
    id: 'filler-lips',
    name: { en: 'Lip filler' },
    category: 'filler',
    durationMonths: [6, 12],
  },
  {
    id: 'filler-cheeks',
    name: { en: 'Cheek filler' },
    category: 'filler',
    durationMonths: [12, 24],
  },
  {
    id: 'filler-under-eye',
    name: { en: 'Under-eye filler' },
    category: 'filler',
    durationMonths: [9, 12],
  },
  {
    id: 'filler-smile-lines',
    name: { en: 'Smile-line filler' },
    category: 'filler',
    durationMonths: [6, 12],
  },
  {
    id: 'filler-jawline',
    name: { en: 'Jawline and chin filler' },
    category: 'filler',
    durationMonths: [12, 18],
  },
  {
    id: 'sculptra',
    name: { en: 'Sculptra®' },
    category: 'biostimulator',
    durationMonths: [18, 24],
  },
  {
    id: 'radiesse',
    name: { en: 'Radiesse®' },
    category: 'biostimulator',
    durationMonths: [12, 18],
  },
  {
    id: 'chemical-peel',
    name: { en: 'Chemical peel' },
    category: 'skin',
    durationMonths: [1, 2],
  },
  {
    id: 'microneedling',
    name: { en: 'Microneedling' },
    category: 'skin',
    durationMonths: [1, 2],
  },
  {
    id: 'hydrafacial',
    name: { en: 'HydraFacial®' },
    category: 'skin',
    durationMonths: [1, 1],
  },
  {
    id: 'laser-hair-removal',
    name: { en: 'Laser hair removal' },
    category: 'laser',
    durationMonths: [1, 2],
  },
  {
    id: 'kybella',
    name: { en: 'Kybella®' },
    category: 'body',
    durationMonths: [1, 2],
    minInterval: { months: 1 },
  },
];
