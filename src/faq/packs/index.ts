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

type PackLoader = () => Promise<FaqPack | { default: FaqPack }>;

// Each pack is its own module, fetched only by a page that asks for it.
// Adding a pack: write `packs/<name>.ts` and add one line here.
const loaders = new Map<string, PackLoader>([['botox', () => import('./botox.js')]]);

/** Adds (or replaces) a pack at runtime: `registerFaqPack('filler', { en: [...], es: [...] })`. */
export function registerFaqPack(name: string, pack: FaqPack | PackLoader): void {
  loaders.set(name, typeof pack === 'function' ? pack : async () => pack);
}

export function knownFaqPacks(): string[] {
  return [...loaders.keys()];
}

/** The pack's content, or undefined when no pack has that name. */
export async function loadFaqPack(name: string): Promise<FaqPack | undefined> {
  const loaded = await loaders.get(name)?.();
  return loaded && 'default' in loaded ? (loaded as { default: FaqPack }).default : (loaded as FaqPack | undefined);
}
