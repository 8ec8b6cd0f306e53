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
type LanguageLoader = () => Promise<{ default: FaqItemInput[] }>;

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

/**
 * The pack, with its questions in `language` when it has them (fetched then); no pack when none
 * has that name. `failed` is why the language could not be fetched (the FAQ then shows English).
 */
export async function readFaqPack(name: string, language = 'en'): Promise<{ pack?: FaqPack; failed?: unknown }> {
  let failed: unknown;
  const [loaded, words] = await Promise.all([
    loaders.get(name)?.(),
    languages[name]?.[language]?.().catch((reason: unknown) => void (failed = reason ?? new Error())),
  ]);
  const pack = loaded && 'default' in loaded ? (loaded as { default: FaqPack }).default : (loaded as FaqPack | undefined);
  if (!pack || !words) return { pack, failed };
  // A translated answer cites what the English answer with its id cites.
  const english = new Map(pack.en.map((item) => [item.id, item]));
  const cited = words.default.map((item) => ({ source: english.get(item.id)?.source, reviewed: english.get(item.id)?.reviewed, ...item }));
  return { pack: { ...pack, [language]: cited } };
}

/** The pack's content (with its questions in `language` when it has them), or undefined when no pack has that name. */
export async function loadFaqPack(name: string, language = 'en'): Promise<FaqPack | undefined> {
  return (await readFaqPack(name, language)).pack;
}
