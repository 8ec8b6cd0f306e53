// The elements the package ships: tag, source folder. Builds, the loader check and the bench read this list.
export const ELEMENTS = [
  { tag: 'blush-faq', dir: 'faq' },
  { tag: 'blush-before-after', dir: 'before-after' },
  { tag: 'blush-gallery', dir: 'gallery' },
  { tag: 'blush-consult-form', dir: 'consult-form' },
  { tag: 'blush-next-due', dir: 'next-due' },
];
