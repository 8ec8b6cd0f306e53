import { SAME_FOLDER, warn } from '../warn.js';
import { languageOf } from './locale.js';
import { sharedList } from '../globals.js';

/**
 * Every element's words, by scope. Each table adds its scope where it is defined
 * (`declare global { interface BlushMessages { 'blush-faq': FaqMessages } }`), so
 * `registerTranslation()` checks a site's words against the element's own interface.
 */
declare global {
  interface BlushMessages {}
}

export type MessageScope = keyof BlushMessages;

/** A site's words for one language: any scope, any subset of its keys. */
export type Translation = { [S in MessageScope]?: Partial<BlushMessages[S]> };

type Table = Record<string, unknown>;
type LoadLanguage = () => Promise<object | undefined>;

/** A site's overrides by lower-case language tag (`fr`, `fr-ca`). */
const overrides = new Map<string, Translation>();
/** Listeners told when a site registers words (the locale controllers of connected elements). */
export const translationListeners = new Set<() => void>();
let generation = 0;

/**
 * Adds a language or changes any word, for every element on the page, now and later:
 *
 * ```js
 * registerTranslation('de', { 'blush-faq': { expandAll: 'Alle öffnen' } });
 * registerTranslation('en', { 'blush-consult-form': { submit: 'Request my visit' } });
 * ```
 *
 * `language` is a tag (`de`, `fr-CA`); a regional tag's words win over its base language's.
 * Words a site leaves out come from the shipped table of that language, then from English.
 * Calling it again for a language adds to what was registered before.
 */
export function registerTranslation(language: string, translation: Translation): void {
  const tag = language.trim().toLowerCase();
  const current = overrides.get(tag) ?? {};
  for (const [scope, words] of Object.entries(translation) as [MessageScope, Table][]) {
    current[scope] = { ...current[scope], ...words } as never;
  }
  overrides.set(tag, current);
  generation++;
  for (const listener of translationListeners) listener();
}

// Pages that load the CDN build queue words before the script runs:
// `(window.blushTranslations ??= []).push(['de', { … }])`; later pushes register at once.
type Queued = [string, Translation];
const queue: Queued[] & { push?: unknown } = sharedList<Queued>('blushTranslations');
for (const [language, translation] of queue.splice(0)) registerTranslation(language, translation);
queue.push = (...entries: Queued[]) => {
  for (const [language, translation] of entries) registerTranslation(language, translation);
  return 0;
};

/**
 * The warning for a language's words that could not be fetched. A string reason is the fetcher's
 * own (the all-in-one file's add-on under an integrity hash). Shared with the FAQ's pack, whose
 * questions come from the same add-on, so one failure warns once.
 */
export const wordsNotLoaded = (language: string, reason: unknown): string =>
  `could not load its "${language}" words${typeof reason == 'string' ? reason : ` (a network error?); ${SAME_FOLDER}`}`;

/**
 * One element's table of words: English shipped with it, other languages fetched when a page
 * first needs them (`load`), a site's own words from `registerTranslation` over both.
 */
export class Messages<S extends MessageScope> {
  #shipped = new Map<string, Table>();
  #loading = new Map<string, Promise<void>>();
  #cache = new Map<string, BlushMessages[S]>();
  #generation = -1;

  constructor(
    readonly scope: S,
    english: Partial<BlushMessages[S]>,
    private readonly languages: Record<string, LoadLanguage> = {},
  ) {
    this.add('en', english);
  }

  /** Adds shipped words for a language: a late chunk brings the English words it shows. */
  add(language: string, words: Partial<BlushMessages[S]>): void {
    this.#shipped.set(language, { ...this.#shipped.get(language), ...(words as Table) });
    this.#generation = -1;
  }

  /** The words for a locale tag (`es-MX`): site words of the tag, then of its base, then shipped words, then English. */
  get(locale: string): BlushMessages[S] {
    if (this.#generation !== generation) {
      this.#cache.clear();
      this.#generation = generation;
    }
    const tag = locale.toLowerCase();
    let words = this.#cache.get(tag);
    if (!words) {
      const base = languageOf(tag);
      const layers = ['en', base, tag].flatMap((language, index) => [
        index < 2 && this.#shipped.get(language),
        overrides.get(language)?.[this.scope],
      ]);
      words = Object.assign({}, ...layers) as BlushMessages[S];
      this.#cache.set(tag, words);
    }
    return words;
  }

  /**
   * Fetches the shipped words of a locale's language once; null when there is nothing to wait
   * for. A failed fetch warns once, leaves English showing, and is tried again on the next need.
   */
  load(locale: string, host?: Element): Promise<void> | null {
    const language = languageOf(locale);
    const load = this.languages[language];
    if (!load || this.#shipped.has(language)) return null;
    let pending = this.#loading.get(language);
    if (!pending) {
      pending = load().then(
        (words) => this.add(language, words as Partial<BlushMessages[S]>),
        (reason) => {
          this.#loading.delete(language);
          if (host) warn(host, wordsNotLoaded(language, reason));
        },
      );
      this.#loading.set(language, pending);
    }
    return pending;
  }
}
