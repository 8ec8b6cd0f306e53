// Reading a pack in a language: part of the FAQ's JSON and pack reader chunk (faq.load.ts), so a
// FAQ with its questions in the page never downloads it.
import { packLoaders, type FaqPack } from './packs/index.js';

/**
 * The pack, with its questions in `language` when it has them (fetched then); no pack when none
 * has that name. `failed` is why the language could not be fetched (the FAQ then shows English).
 */
export async function readFaqPack(name: string, language = 'en'): Promise<{ pack?: FaqPack; failed?: unknown }> {
  let failed: unknown;
  const [readPack, translations] = packLoaders(name);
  const [loaded, words] = await Promise.all([
    readPack?.(),
    translations?.[language]?.().catch((reason: unknown) => void (failed = reason ?? new Error())),
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
