// Only the all-in-one file (`blush-widgets.js`) uses this: its build turns each table's
// `import('./faq.messages.fr.js')` into `languageAddOn('fr')` (vite.config.ts, oneFile).

const here = import.meta.url;

/**
 * The add-on with every element's words in `language` (`blush-widgets.fr.js`), from beside the
 * file that runs this, with the same query (a WordPress `?ver=`). The browser fetches it once
 * however many tables ask. A page that checks this file with an integrity hash gets no add-on:
 * `import()` takes no hash, so the words would arrive unchecked (the page shows English and the
 * registry warns with this reason).
 */
export const languageAddOn = (language: string): Promise<Record<string, object>> =>
  [...document.scripts].some((script) => script.src == here && script.integrity)
    ? Promise.reject(
        ': this page checks blush-widgets.js with an integrity hash, which cannot cover them; use blush-widgets.iife.js (every language, one hash) instead',
      )
    : import(/* @vite-ignore */ new URL(`blush-widgets.${language}.js${new URL(here).search}`, here).href);
