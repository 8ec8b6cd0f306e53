/**
 * A list the page and the widgets share on `window` (`blushTranslations`), made when
 * missing. An element whose id or name is that word also answers to it on `window` (DOM
 * clobbering, e.g. `<img id="dataLayer">` in a post); it is no list, so one of ours is set over it
 * and no widget breaks.
 */
export function sharedList<T>(name: string): T[] {
  const page = globalThis as unknown as Record<string, T[]>;
  return Array.isArray(page[name]) ? page[name] : (page[name] = []);
}
