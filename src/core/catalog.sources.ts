/**
 * The evidence behind each catalog entry: its source, the exact wording of a labelled minimum
 * interval, and when we last checked it. Data for audits, docs and the WordPress export; no
 * element imports it at run time (see catalog.data.ts).
 */
export interface TreatmentSource {
  source: string;
  /** The label's own words for the minimum interval, where it states one. */
  intervalLabel?: string;
  /** When the entry was last checked against its source (`YYYY-MM-DD`). */
  reviewed: string;
}

const REVIEWED = '2026-11-25';

export const TREATMENT_SOURCES: Readonly<Record<string, TreatmentSource>> = {
  botox: {
    source: 'BOTOX Cosmetic (onabotulinumtoxinA) US prescribing information, Dosage and Administration',
    intervalLabel: 'BOTOX Cosmetic: no more frequently than every 3 months (at least 90 days)',
    reviewed: REVIEWED,
  },
  dysport: {
    source: 'Dysport (abobotulinumtoxinA) US prescribing information, Dosage and Administration',
    intervalLabel: 'Dysport: no more frequently than every 90 days',
    reviewed: REVIEWED,
  },
  xeomin: {
    source: 'Xeomin (incobotulinumtoxinA) US prescribing information, Dosage and Administration',
    intervalLabel: 'Xeomin: no more frequently than every 3 months',
    reviewed: REVIEWED,
  },
  jeuveau: {
    source: 'Jeuveau (prabotulinumtoxinA-xvfs) US prescribing information, Dosage and Administration',
    intervalLabel: 'Jeuveau: no more frequently than every 3 months',
    reviewed: REVIEWED,
  },
  daxxify: {
    source: 'Daxxify (daxibotulinumtoxinA-lanm) US prescribing information and pivotal trials (median duration about 6 months)',
    reviewed: REVIEWED,
  },
  'filler-lips': {
    source: 'Hyaluronic-acid lip filler labelling (e.g. Juvéderm Volbella XC, Restylane Kysse): effect typically 6–12 months',
    reviewed: REVIEWED,
  },
  'filler-cheeks': {
    source: 'Hyaluronic-acid cheek filler labelling (e.g. Juvéderm Voluma XC): effect up to 2 years',
    reviewed: REVIEWED,
  },
  'filler-under-eye': {
    source: 'Hyaluronic-acid infraorbital filler labelling (e.g. Restylane Eyelight, Juvéderm Volbella XC)',
    reviewed: REVIEWED,
  },
  'filler-smile-lines': {
    source: 'Hyaluronic-acid nasolabial fold filler labelling (e.g. Restylane, Juvéderm Ultra XC)',
    reviewed: REVIEWED,
  },
  'filler-jawline': {
    source: 'Hyaluronic-acid jawline and chin filler labelling (e.g. Juvéderm Volux XC, Restylane Defyne)',
    reviewed: REVIEWED,
  },
  sculptra: {
    source: 'Sculptra Aesthetic (poly-L-lactic acid) labelling: a series of sessions, results lasting up to about 2 years',
    reviewed: REVIEWED,
  },
  radiesse: {
    source: 'Radiesse (calcium hydroxylapatite) labelling: effect typically 12 months or more',
    reviewed: REVIEWED,
  },
  'chemical-peel': {
    source: 'American Academy of Dermatology patient guidance on light chemical peels (repeated every few weeks)',
    reviewed: REVIEWED,
  },
  microneedling: {
    source: 'American Academy of Dermatology patient guidance on microneedling (sessions about 4–6 weeks apart)',
    reviewed: REVIEWED,
  },
  hydrafacial: {
    source: 'Manufacturer guidance: monthly treatments for maintenance',
    reviewed: REVIEWED,
  },
  'laser-hair-removal': {
    source: 'American Academy of Dermatology patient guidance on laser hair removal (sessions 4–8 weeks apart)',
    reviewed: REVIEWED,
  },
  kybella: {
    source: 'Kybella (deoxycholic acid) US prescribing information, Dosage and Administration',
    intervalLabel: 'Kybella: single treatments no less than 1 month apart',
    reviewed: REVIEWED,
  },
};
