/**
 * The tiny loader: registers only the `blush-*` elements a page uses, fetching each one's chunk
 * relative to this script's own URL. It keeps watching, because Squarespace-style AJAX navigation
 * and single-page apps insert elements long after the first load; it stops once all are registered.
 */
// The loader never reads a module's exports. `.then(() => {})` tells the bundler so, and it then
// leaves out the module's namespace object and the helper that builds it (about 200 B gzip off the
// next-due page, 90 B off the FAQ's, which then builds its own namespace inline). The FAQ keeps its
// namespace: without it the bundler moves its model and pack reader into chunks fetched at start-up
// (about 2 kB more on the FAQ page).
const modules: Record<string, () => Promise<unknown>> = {
  'blush-faq': () => import('./faq/index.js'),
  'blush-before-after': () => import('./before-after/index.js').then(() => {}),
  'blush-gallery': () => import('./gallery/index.js').then(() => {}),
  'blush-consult-form': () => import('./consult-form/index.js').then(() => {}),
  'blush-next-due': () => import('./next-due/index.js').then(() => {}),
};

const waiting = new Set(Object.keys(modules));

/**
 * Each element's chunks (and each FAQ pack's) by name. The build writes the graph in place of this
 * placeholder (vite.config.ts, preloadGraph); unbuilt (tests) it names none, and every chunk is
 * found by its import, as before.
 */
const CHUNKS: Record<string, string[]> = { __BLUSH_CHUNKS__: [] };
const asked = new Set<string>();

/** Asks for every chunk at once, instead of one level of imports after another. */
function preload(files: string[] = []): void {
  for (const file of files) {
    if (asked.has(file)) continue;
    asked.add(file);
    const link = document.createElement('link');
    link.rel = 'modulepreload';
    // A plain string, not a template in new URL(): the bundler would take that for an asset pattern.
    const path = 'chunks/' + file + '.js';
    link.href = new URL(path, import.meta.url).href;
    document.head.append(link);
  }
}

function load(tag: string): void {
  waiting.delete(tag);
  preload(CHUNKS[tag]);
  // A FAQ's ready-made questions are content it fetches as it starts: ask for them now too.
  if (tag === 'blush-faq')
    for (const faq of document.querySelectorAll('blush-faq[pack]')) preload(CHUNKS[`pack:${faq.getAttribute('pack')}`]);
  modules[tag]().catch((error: unknown) => {
    waiting.add(tag);
    console.warn(`[${tag}] could not be loaded (${(error as Error)?.message}); check that the chunks folder sits beside loader.js.`);
  });
}

// A gallery's case children are data, never shown: they must not pull in the slider at start-up
// (the gallery fetches it itself when a visitor opens a case).
const selector = (tag: string) => `${tag}:not(blush-gallery>*)`;

function scan(root: ParentNode): void {
  for (const tag of waiting) {
    if (customElements.get(tag)) waiting.delete(tag);
    else if ((root as Element).matches?.(selector(tag)) || root.querySelector(selector(tag))) load(tag);
  }
  if (!waiting.size) observer.disconnect();
}

const observer = new MutationObserver((records) => {
  for (const record of records) for (const node of record.addedNodes) if (node.nodeType === 1) scan(node as Element);
});

// Another copy (the all-in-one file, the WordPress plugin) got here first: this loader is not needed.
// One warning per page, shared with core/define.ts through the same global symbol.
const WARNED = Symbol.for('blush-widgets.loaded-twice');
if (Object.keys(modules).some((tag) => customElements.get(tag)) && !(globalThis as Record<symbol, boolean>)[WARNED]) {
  (globalThis as Record<symbol, boolean>)[WARNED] = true;
  console.warn(
    '[blush-widgets] is already loaded, so this loader is not needed. Load it once: one script tag, or the WordPress plugin alone.',
  );
}

observer.observe(document.documentElement, { childList: true, subtree: true });
scan(document);
// The campaign that brought this visit, kept for the consultation form on whatever page it is.
// Fetched beside the elements' chunks, never before them.
import('./core/landing.js').then(
  () => {},
  () => {},
);

export {};
