import type { FaqItemInput } from '../faq.model.js';

/**
 * A built-in FAQ: the same questions in every language it has (English at least; others fall
 * back to it), with the same `id`s so links work across languages. Each answer should carry
 * `source` and `reviewed` (`YYYY-MM-DD`).
 */
export interface FaqPack {
  treatment?: string;
  en: FaqItemInput[];
  /** Other languages by base tag (`es`, `fr`); a language the pack lacks shows English, with one warning. */
  [language: string]: FaqItemInput[] | string | undefined;
}

export type PackLoader = () => Promise<FaqPack | { default: FaqPack }>;
export type LanguageLoader = () => Promise<{ default: FaqItemInput[] }>;

// Each pack is its own module, fetched only by a page that asks for it, and each of its other
// languages too, fetched only by a page in that language.
// Adding a pack: write `packs/<name>.ts` (and `packs/<name>.<language>.ts`) and add its lines here.
const loaders = new Map<string, PackLoader>([['botox', () => import('./botox.js')]]);
const languages: Record<string, Record<string, LanguageLoader>> = {
  botox: { es: () => import('./botox.es.js'), fr: () => import('./botox.fr.js'), fa: () => import('./botox.fa.js') },
};

/** Adds (or replaces) a pack at runtime: `registerFaqPack('filler', { en: [...], es: [...] })`. */
export function registerFaqPack(name: string, pack: FaqPack | PackLoader): void {
  loaders.set(name, typeof pack === 'function' ? pack : async () => pack);
  delete languages[name];
}

export function knownFaqPacks(): string[] {
  return [...loaders.keys()];
}

/** Where `name`'s pack and its other languages come from (faq.pack-reader.ts fetches them). */
export function packLoaders(name: string): [PackLoader | undefined, Record<string, LanguageLoader> | undefined] {
  return [loaders.get(name), languages[name]];
}
