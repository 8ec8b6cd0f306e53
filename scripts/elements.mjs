// The elements the package ships: tag, source folder. Builds, the loader check and the bench read this list.
export const ELEMENTS = [
  { tag: 'blush-faq', dir: 'faq' },
  { tag: 'blush-before-after', dir: 'before-after' },
  { tag: 'blush-gallery', dir: 'gallery' },
  { tag: 'blush-consult-form', dir: 'consult-form' },
  { tag: 'blush-next-due', dir: 'next-due' },
];

// The interface languages besides English. The all-in-one file carries English; each of these is
// an add-on beside it (`blush-widgets.fr.js`), fetched when a page uses that language.
export const LANGUAGES = ['es', 'fr', 'fa'];
export const LANGUAGE_ADD_ONS = LANGUAGES.map((language) => `blush-widgets.${language}.js`);
