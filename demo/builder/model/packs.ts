// The built-in FAQ packs' questions, written into the FAQ's code as plain `<details data-id>` items
// (src/faq/faq.light-dom.ts), as the WordPress plugin renders them on the server: a page shows the
// questions before any script runs, search engines read them, and the page does not move when the
// element upgrades them. The packs are fetched once when the builder starts; until then (and for
// a pack name the library does not know) the code has the `pack` attribute alone.
import { languageOf, SUPPORTED_LANGUAGES } from '../../../src/core/i18n/locale.js';
import { detailsHtml } from '../../../src/faq/faq.light-dom.js';
import { knownFaqPacks, type FaqPack } from '../../../src/faq/packs/index.js';
import { loadFaqPack } from '../../../src/faq/faq.pack-reader.js';

const loaded = new Map<string, FaqPack>();

/** Fetches every built-in pack; resolves once they are ready to be written into the code. */
export async function preparePacks(): Promise<void> {
  await Promise.all(
    knownFaqPacks().map(async (name) => {
      // Each language of a pack is its own file: fetch them all, for code in any language.
      const packs = await Promise.all(SUPPORTED_LANGUAGES.map((language) => loadFaqPack(name, language)));
      if (packs[0]) loaded.set(name, Object.assign({}, ...packs) as FaqPack);
    }),
  );
}

/** The pack's questions as `<details data-id>` HTML in `language` (English where the pack lacks it); [] until loaded. */
export function packDetails(name: string, language = 'en'): string[] {
  const pack = loaded.get(name);
  if (!pack) return [];
  const own = pack[languageOf(language)];
  return detailsHtml(Array.isArray(own) && own.length ? own : pack.en);
}
