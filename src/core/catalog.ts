import type { Language } from './i18n/locale.js';
import { commonWords } from './i18n/common.js';
import { TREATMENTS } from './catalog.data.js';

export type TreatmentCategory = 'neuromodulator' | 'filler' | 'biostimulator' | 'skin' | 'laser' | 'body';

/** One treatment in the shared catalog. */
export interface Treatment {
  /** Stable kebab-case id used in attributes, URLs and events (`botox`). */
  id: string;
  /**
   * Display names: English is required. The shipped names in other languages are in each
   * language's shared words (`src/core/i18n/fr.ts`), and a clinic's own here win over them.
   */
  name: { en: string } & Partial<Record<Language, string>>;
  category: TreatmentCategory;
  /** Typical duration of results, in whole months: [shortest, longest]. */
  durationMonths: [number, number];
  /**
   * The shortest interval the product's label allows between treatments, where it states one.
   * Sources and the label's wording are in `catalog.sources.ts`.
   */
  minInterval?: { days?: number; months?: number };
}

/** A clinic's override: any fields of an entry, by id; new ids add treatments. */
export type TreatmentOverride = Partial<Omit<Treatment, 'id'>> & { id: string };

declare global {
  /** Page-wide settings a clinic can set before loading the script (each module adds its own). */
  interface BlushWidgetsConfig {
    /** Changes to the treatment catalog. */
    treatments?: TreatmentOverride[];
  }
  interface Window {
    blushWidgetsConfig?: BlushWidgetsConfig;
  }
}

const overrides = new Map<string, TreatmentOverride>();
let cache: Treatment[] | null = null;

function isValidEntry(entry: Partial<Treatment>): entry is Treatment {
  const range = entry.durationMonths;
  return (
    typeof entry.id === 'string' &&
    typeof entry.name?.en === 'string' &&
    Array.isArray(range) &&
    range.length === 2 &&
    // Whole months only: date arithmetic adds calendar months, and 3.5 would silently become 3.
    range.every((months) => Number.isInteger(months) && months > 0) &&
    range[0] <= range[1]
  );
}

function merge(base: Treatment | undefined, override: TreatmentOverride): Partial<Treatment> {
  return {
    category: 'skin',
    ...base,
    ...override,
    name: { ...(base?.name ?? { en: override.id }), ...override.name } as Treatment['name'],
  };
}

/**
 * Adds or overrides treatments for every element on the page: a clinic's own protocols
 * (`{ id: 'botox', durationMonths: [3, 5] }`) or treatments we do not list.
 * Returns the ids it could not use (missing English name or an impossible range).
 */
export function extendCatalog(entries: readonly TreatmentOverride[]): string[] {
  const rejected: string[] = [];
  for (const entry of entries) {
    const base = TREATMENTS.find((treatment) => treatment.id === entry?.id) ?? (overrides.get(entry?.id) as Treatment | undefined);
    if (!entry || typeof entry.id !== 'string' || !isValidEntry(merge(base, entry))) {
      rejected.push(String(entry?.id));
      continue;
    }
    overrides.set(entry.id, { ...overrides.get(entry.id), ...entry });
  }
  cache = null;
  return rejected;
}

/** Removes every override (used by tests and stories). */
export function resetCatalog(): void {
  overrides.clear();
  cache = null;
}

/** The catalog in force: built-in entries with the clinic's overrides applied. */
export function getCatalog(): readonly Treatment[] {
  if (cache) return cache;
  const fromPage = typeof window !== 'undefined' ? window.blushWidgetsConfig?.treatments : undefined;
  const pending = new Map(overrides);
  if (Array.isArray(fromPage)) {
    for (const entry of fromPage) if (entry?.id && !pending.has(entry.id)) pending.set(entry.id, entry);
  }
  const result: Treatment[] = TREATMENTS.map((treatment) => {
    const override = pending.get(treatment.id);
    pending.delete(treatment.id);
    const merged = override ? merge(treatment, override) : treatment;
    return isValidEntry(merged) ? merged : treatment;
  });
  for (const override of pending.values()) {
    const merged = merge(undefined, override);
    if (isValidEntry(merged)) result.push(merged);
  }
  return (cache = result);
}

export function getTreatment(id: string | null | undefined): Treatment | undefined {
  return id ? getCatalog().find((treatment) => treatment.id === id.trim().toLowerCase()) : undefined;
}

/** A treatment's name in a language: the catalog's own, else the language's shipped or registered words, else English. */
export function treatmentName(treatment: Treatment, language: Language): string {
  return treatment.name[language] ?? commonWords.get(language).treatments?.[treatment.id] ?? treatment.name.en;
}
