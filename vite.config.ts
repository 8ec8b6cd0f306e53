import { readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import type { OutputOptions } from 'rolldown';
import { defineConfig, type LibraryOptions, type Plugin, type UserConfig } from 'vite';
import { minifyHTMLLiterals } from 'minify-literals';
import MagicString from 'magic-string';
import remapping from '@jridgewell/remapping';
// @ts-expect-error plain ES module shared with the build and bench scripts
import { ELEMENTS, LANGUAGES } from './scripts/elements.mjs';

/**
 * Four builds, chosen with `--mode` (scripts/build.mjs runs them all):
 * - `npm`:    ES modules for bundlers, one entry per element plus the all-elements entry; Lit external.
 * - `cdn`:    one self-contained, minified ES module registering every element (`dist/cdn/blush-widgets.js`).
 * - `iife`:   the same as a classic script, for builders that refuse modules (`dist/cdn/blush-widgets.iife.js`).
 * - `language-fr` (and `-es`, `-fa`): `dist/cdn/blush-widgets.fr.js`, every element's words in one
 *   language, which `blush-widgets.js` fetches from beside itself when a page is in that language.
 * - `loader`: `dist/cdn/loader.js` plus per-element chunks it imports relative to its own URL.
 * - `builder`: the embed builder page (demo/builder/, not part of the package) into `dist/builder/`;
 *   its preview frame loads the CDN files from `../cdn/`.
 * Without a mode, Vite serves the repo for development (`/demo/`).
 */
const root = import.meta.dirname;
const src = (path: string) => resolve(root, 'src', path);
const elementEntries: Record<string, string> = Object.fromEntries(
  (ELEMENTS as { dir: string }[]).map(({ dir }) => [`${dir}/index`, src(`${dir}/index.ts`)]),
);

/**
 * What every element needs (Lit, the base class and its helpers) stays one chunk for the loader.
 * Split by reachability alone it falls in two (language chunks reach the registry but not Lit's
 * templates; the gallery's dialog the reverse), which costs every page about 1.5 kB gzip.
 */
const BASE =
  /node_modules[\\/](lit-html[\\/]lit-html|lit-element[\\/]lit-element|@lit[\\/]reactive-element[\\/](css-tag|reactive-element))\.js$|src[\\/]core[\\/](version|define|warn|lazy|events|safe-url|motion|blush-element|i18n[\\/](locale|registry|format)|controllers[\\/]locale-controller|styles[\\/]tokens\.styles)\.ts$/;

const { version } = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')) as { version: string };

/**
 * Minifies the static text of Lit's html``, svg`` and css`` templates (whitespace, comments; CSS
 * through Lightning CSS), which JavaScript minifiers leave alone as strings. The maintained
 * minify-literals package does it on the parsed source and returns a source map, so the CDN
 * build's maps still point at the right lines (test/e2e/source-maps.e2e.mjs).
 */
function minifyTemplates(): Plugin {
  return {
    name: 'blush:minify-templates',
    enforce: 'pre',
    async transform(code, id) {
      if (!/[\\/]src[\\/].*\.ts$/.test(id) || !/\b(?:css|html|svg)`/.test(code)) return null;
      // Whitespace collapses to one space, never to none: ` <span>` after a label is a visible space.
      // Empty attributes stay (`alt=""` marks a decorative image).
      const result = await minifyHTMLLiterals(code, { fileName: id, html: { conservativeCollapse: true, removeEmptyAttributes: false } });
      return result && { code: result.code, map: result.map };
    },
  };
}

/**
 * Drops the `@__PURE__` comments (tree-shaking hints) that the minifier keeps in its output: files
 * for the browser are never bundled again, so they are dead bytes there (about 40 B gzip on the
 * shared chunk, 20–30 B on an element's). Done after minifying, which uses them; the source map is
 * carried through (test/e2e/source-maps.e2e.mjs).
 */
function dropAnnotations(): Plugin {
  return {
    name: 'blush:drop-annotations',
    generateBundle(_, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk' || !chunk.code.includes('__PURE__')) continue;
        const code = new MagicString(chunk.code);
        for (const found of chunk.code.matchAll(/\/\* @__PURE__ \*\/ ?/g)) code.remove(found.index, found.index + found[0].length);
        chunk.code = code.toString();
        // The map was already written out as its own file: carry it through the removal.
        const file = bundle[`${chunk.fileName}.map`];
        if (file?.type !== 'asset') continue;
        const map = JSON.parse(String(file.source));
        const combined = remapping([code.generateMap({ hires: true, source: chunk.fileName }) as never, map], () => null);
        // The combined map's own sources: in the one-file build their order differs from the input map's.
        file.source = JSON.stringify({
          ...map,
          sources: combined.sources,
          sourcesContent: combined.sourcesContent,
          mappings: combined.mappings,
          names: combined.names,
        });
      }
    },
  };
}

/** Dynamic imports an element makes as it starts, fetched with its chunks (the FAQ reads its content through faq.load). */
const START_UP: Record<string, string[]> = { faq: ['faq/faq.load.ts'] };

/**
 * Writes each element's chunk graph into loader.js (`__BLUSH_CHUNKS__`): for every tag, its chunk,
 * every chunk that imports statically and what it fetches as it starts; for every FAQ pack
 * (`pack:botox`), its chunk. The loader then asks for them all at once with modulepreload links,
 * so a page reaches its content in three waves (loader, chunks, content), not one per import level.
 */
function preloadGraph(): Plugin {
  return {
    name: 'blush:preload-graph',
    generateBundle(_, bundle) {
      const loader = bundle['loader.js'];
      if (loader?.type !== 'chunk' || !loader.code.includes('__BLUSH_CHUNKS__')) return;
      const chunks = Object.values(bundle).filter((item) => item.type === 'chunk');
      const byModule = new Map(chunks.map((chunk) => [chunk.facadeModuleId, chunk]));
      const closure = (fileName: string, into: Set<string>) => {
        const chunk = bundle[fileName];
        if (into.has(fileName) || chunk?.type !== 'chunk') return into;
        into.add(fileName);
        for (const imported of chunk.imports) closure(imported, into);
        return into;
      };
      const graph: Record<string, string[]> = {};
      for (const { tag, dir } of ELEMENTS as { tag: string; dir: string }[]) {
        const entry = byModule.get(src(`${dir}/index.ts`));
        if (!entry) continue;
        const files = closure(entry.fileName, new Set());
        for (const path of START_UP[dir] ?? []) {
          const startUp = byModule.get(src(path));
          if (startUp) closure(startUp.fileName, files);
        }
        // The element's own chunk is left out: the loader imports it at the same moment.
        files.delete(entry.fileName);
        graph[tag] = [...files];
      }
      for (const chunk of chunks) {
        const pack = /[\\/]faq[\\/]packs[\\/]([\w-]+)\.ts$/.exec(chunk.facadeModuleId ?? '')?.[1];
        if (pack) graph[`pack:${pack}`] = [...closure(chunk.fileName, new Set())];
      }
      // Names only: the loader puts back the folder and the extension.
      const names = JSON.stringify(graph).replace(/chunks\/([^"]+)\.js/g, '$1');
      const code = new MagicString(loader.code);
      // The placeholder object `{ __BLUSH_CHUNKS__: [] }` (src/loader.ts) becomes the graph; a
      // loader whose minified placeholder no longer matches fails the build, never ships without it.
      const placeholders = [...loader.code.matchAll(/\{\s*__BLUSH_CHUNKS__\s*:\s*\[\s*\]\s*\}/g)];
      if (!placeholders.length) throw new Error('loader.js: the chunk graph placeholder { __BLUSH_CHUNKS__: [] } was not found');
      for (const found of placeholders) code.overwrite(found.index, found.index + found[0].length, names);
      loader.code = code.toString();
      const file = bundle['loader.js.map'];
      if (file?.type !== 'asset') return;
      const map = JSON.parse(String(file.source));
      const combined = remapping([code.generateMap({ hires: true, source: 'loader.js' }) as never, map], () => null);
      file.source = JSON.stringify({ ...map, mappings: combined.mappings, names: combined.names });
    },
  };
}

/**
 * Where a table's words in a language live (`src/faq/faq.messages.fr.ts`, `src/core/i18n/fr.ts`)
 * and the name the add-on gives them: the element's folder in camel case, `common` for core's.
 */
const languageTables = (language: string) =>
  [
    ...readdirSync(src('.'), { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && entry.name !== 'core')
      .map(({ name }) => src(`${name}/${name}.messages.${language}.ts`)),
    src(`core/i18n/${language}.ts`),
    // The FAQ packs' questions in the language (`packs/botox.fr.ts`).
    ...readdirSync(src('faq/packs'))
      .filter((file) => file.endsWith(`.${language}.ts`))
      .map((file) => src(`faq/packs/${file}`)),
  ].map((path) => ({ path, key: tableKey(path) }));
const camel = (name: string) => name.replace(/-(\w)/g, (_, letter: string) => letter.toUpperCase());
const tableKey = (path: string) => {
  const folder = basename(dirname(path));
  if (folder === 'packs') return camel(`pack-${basename(path).split('.')[0]}`);
  return folder === 'i18n' ? 'common' : camel(folder);
};

/**
 * For the one-file builds. An element's parts (`import('./faq.search.js')`) become static imports
 * handed over at once: inlined dynamic imports would each be wrapped in a lazy initialiser, about
 * 1 kB gzip over 77 modules. Their modules only declare, so running them at start costs nothing.
 *
 * Words in other languages: the classic script takes them in the same way. The all-in-one module
 * carries English only; each table's `import('./faq.messages.fr.js')` becomes a fetch of the
 * language's add-on beside the file (`blush-widgets.fr.js`, one request for every element's words),
 * so an English page downloads no other language and a French page fetches its words once, before
 * its elements first render (the registry waits for them).
 */
function oneFile({ languageAddOns }: { languageAddOns: boolean }): Plugin {
  return {
    name: 'blush:one-file',
    enforce: 'pre',
    transform(code, id) {
      if (!/[\\/]src[\\/].*\.ts$/.test(id) || !code.includes('import(')) return null;
      const edited = new MagicString(code);
      let parts = 0;
      let addOns = false;
      for (const found of code.matchAll(/(?<!typeof )import\('(\.\.?\/[\w./-]+)\.js'\)/g)) {
        const [whole, path] = found;
        const language = /(?:^|[./])(es|fr|fa)$/.exec(path)?.[1];
        if (language && languageAddOns) {
          const key = tableKey(resolve(dirname(id), `${path}.ts`));
          edited.overwrite(found.index, found.index + whole.length, `languageAddOn('${language}').then((words) => words.${key})`);
          addOns = true;
        } else {
          const name = `__part${parts++}`;
          edited.overwrite(found.index, found.index + whole.length, `Promise.resolve(${name})`);
          edited.prepend(`import * as ${name} from '${path}.js';\n`);
        }
      }
      if (addOns) edited.prepend(`import { languageAddOn } from ${JSON.stringify(src('core/i18n/add-on.ts'))};\n`);
      return edited.hasChanged() ? { code: edited.toString(), map: edited.generateMap({ hires: true, source: id }) } : null;
    },
  };
}

/** One language's add-on: every table of that language, each under its key (`words.faq.fr`). */
function languageAddOn(language: string): UserConfig {
  const entry = '\0blush-language';
  return forTheBrowser({
    lib: { entry: 'blush-language', formats: ['es'] },
    output: { entryFileNames: `blush-widgets.${language}.js`, codeSplitting: false },
    plugins: [
      {
        name: 'blush:language-entry',
        resolveId: (id) => (id === 'blush-language' || id.endsWith('/blush-language') ? entry : null),
        load: (id) =>
          id === entry
            ? languageTables(language)
                .map(({ path, key }) => `export * as ${key} from ${JSON.stringify(path)};`)
                .join('\n')
            : null,
      },
    ],
  });
}

const shared: UserConfig = {
  // Ship production Lit (no dev-mode warnings, smaller) in every build.
  resolve: { conditions: ['production', 'module', 'browser', 'default'] },
  // The package version, from package.json at build time (src/core/version.ts).
  define: { __BLUSH_VERSION__: JSON.stringify(version) },
};

/**
 * The minified, self-contained builds that go into `dist/cdn/`. Library mode, so Vite bundles no
 * module-preload helper (about 0.9 kB gzip); minify is asked for explicitly because Vite leaves
 * library ES output unminified by default.
 */
function forTheBrowser({
  lib,
  output,
  manifest,
  plugins = [],
}: {
  lib: LibraryOptions;
  output: OutputOptions;
  manifest?: string;
  plugins?: Plugin[];
}): UserConfig {
  return {
    ...shared,
    plugins: [...plugins, minifyTemplates(), dropAnnotations(), preloadGraph()],
    build: {
      outDir: 'dist/cdn',
      emptyOutDir: false,
      sourcemap: true,
      minify: true,
      target: 'es2022',
      manifest: manifest ?? false,
      lib,
      rolldownOptions: { output: { ...output, minify: true } },
    },
  };
}

export default defineConfig(({ mode }): UserConfig => {
  const language = /^language-(\w+)$/.exec(mode)?.[1];
  if (language && LANGUAGES.includes(language)) return languageAddOn(language);
  switch (mode) {
    case 'npm':
      return {
        ...shared,
        build: {
          outDir: 'dist',
          emptyOutDir: false,
          sourcemap: true,
          minify: false,
          lib: { entry: { index: src('index.ts'), 'core/index': src('core/index.ts'), ...elementEntries }, formats: ['es'] },
          rolldownOptions: {
            external: [/^lit(\/|$)/, /^@lit\//],
            output: { entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js' },
          },
        },
      };
    case 'cdn':
    case 'iife':
      return forTheBrowser({
        // The module waits for its elements' registrations (src/blush-widgets.ts); a classic script cannot.
        lib: {
          entry: src(mode === 'cdn' ? 'blush-widgets.ts' : 'index.ts'),
          name: 'BlushWidgets',
          formats: [mode === 'cdn' ? 'es' : 'iife'],
        },
        // The classic script keeps every language inside: it has no module URL to fetch add-ons from.
        plugins: [oneFile({ languageAddOns: mode === 'cdn' })],
        output: {
          entryFileNames: mode === 'cdn' ? 'blush-widgets.js' : 'blush-widgets.iife.js',
          codeSplitting: false,
          // A classic script is read in the page's encoding when its server names none (modules
          // are always UTF-8): the IIFE escapes every non-ASCII character, so "copié" survives a
          // windows-1252 page (test/e2e/classic-script.e2e.mjs).
          charset: mode === 'iife' ? 'ascii' : 'utf8',
        },
      });
    case 'loader':
      return forTheBrowser({
        lib: { entry: { loader: src('loader.ts') }, formats: ['es'] },
        manifest: 'loader-manifest.json',
        output: {
          entryFileNames: '[name].js',
          chunkFileNames: 'chunks/[name]-[hash:6].js',
          // Analytics, booking and the clipboard go together: the elements that book or copy also
          // measure, so one request (the slider's page loads none of them).
          codeSplitting: {
            groups: [
              { name: 'base', test: BASE },
              { name: 'analytics', test: /src[\\/]core[\\/](analytics|booking|clipboard)\.ts$/ },
              // The treatment catalog and the visitor's date: what the form, the gallery and next-due share.
              { name: 'catalog', test: /src[\\/]core[\\/](catalog|catalog\.data|today|i18n[\\/]common)\.ts$/ },
            ],
          },
        },
      });
    case 'builder':
      return {
        ...shared,
        root: resolve(root, 'demo/builder'),
        base: './',
        publicDir: resolve(root, 'demo/builder/public'),
        // package.json's "sideEffects" lists only the package's registering entries, so the
        // builder's own modules (each registers a panel) would be tree-shaken away without this.
        plugins: [
          {
            name: 'builder-side-effects',
            transform: (code: string, id: string) => (id.includes('/demo/builder/') ? { code, moduleSideEffects: true, map: null } : null),
          },
        ],
        build: { outDir: resolve(root, 'dist/builder'), emptyOutDir: true, sourcemap: true, target: 'es2022' },
      };
    default:
      return { ...shared, server: { host: '127.0.0.1' } };
  }
});
