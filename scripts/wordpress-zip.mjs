#!/usr/bin/env node
// The WordPress plugin, ready to upload: wordpress/blush-widgets/ plus the CDN build (loader,
// chunks, single file, classic script) in assets/ and the FAQ packs exported to JSON with their
// answers already rendered to safe HTML (packs/<name>.json, read by includes/faq-packs.php), and
// the block editor's settings in plain words (editor-fields.php, from wordpress-fields.mjs), the
// catalog's treatment names (treatments.php), the element API with one block.json per element
// (element-api.php, blocks/<name>/, from wordpress-api.mjs), and the block editor's scripts
// (build/, from wordpress-editor.mjs), and the embed builder (builder/).
// Writes dist/wordpress/blush-widgets/ and dist/blush-widgets-wordpress.zip. Run after the CDN and builder builds.
import {
  cpSync,
  createWriteStream,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ZipArchive } from 'archiver';
import { build } from 'esbuild';
import { apiPhp, blockJson, elementApi, renderPhp } from './wordpress-api.mjs';
import { buildEditorScripts } from './wordpress-editor.mjs';
import { editorFields, fieldsPhp, treatmentsPhp } from './wordpress-fields.mjs';
import { LANGUAGE_ADD_ONS, LANGUAGES } from './elements.mjs';

const root = resolve(import.meta.dirname, '..');
// BLUSH_CDN_DIR / BLUSH_WP_OUT point at another build and output folder (used while developing).
const dist = resolve(root, process.env.BLUSH_WP_OUT ?? 'dist');
const out = join(dist, 'wordpress/blush-widgets');
const zipPath = join(dist, 'blush-widgets-wordpress.zip');
const cdn = resolve(root, process.env.BLUSH_CDN_DIR ?? 'dist/cdn');

if (!existsSync(join(cdn, 'loader.js'))) {
  console.error('wordpress-zip: dist/cdn/loader.js is missing; run the CDN build first (npm run build).');
  process.exit(1);
}

rmSync(out, { recursive: true, force: true });
rmSync(zipPath, { force: true });
cpSync(join(root, 'wordpress/blush-widgets'), out, { recursive: true });

// 1. The script builds, without source maps (a plugin zip is not a debugging session).
mkdirSync(join(out, 'assets/chunks'), { recursive: true });
for (const file of ['loader.js', 'blush-widgets.js', ...LANGUAGE_ADD_ONS, 'blush-widgets.iife.js'])
  cpSync(join(cdn, file), join(out, 'assets', file));
for (const file of readdirSync(join(cdn, 'chunks')))
  if (file.endsWith('.js')) cpSync(join(cdn, 'chunks', file), join(out, 'assets/chunks', file));

// 1b. The embed builder (dist/builder, without source maps), opened from the settings screen on the
// clinic's own site. Its preview loads the classic script from ../cdn/, which the plugin calls assets/.
const builder = join(dist, 'builder');
if (existsSync(join(builder, 'index.html'))) {
  cpSync(builder, join(out, 'builder'), { recursive: true, filter: (path) => !path.endsWith('.map') });
  // Without their maps, the scripts' map comments would only send developer tools to a 404.
  for (const file of readdirSync(join(out, 'builder/assets')).filter((name) => name.endsWith('.js'))) {
    const path = join(out, 'builder/assets', file);
    writeFileSync(path, readFileSync(path, 'utf8').replace(/\n\/\/# sourceMappingURL=\S+\s*$/, '\n'));
  }
  const preview = join(out, 'builder/preview.html');
  const html = readFileSync(preview, 'utf8');
  if (!html.includes('../cdn/blush-widgets.iife.js')) {
    console.error("wordpress-zip: the builder's preview no longer loads ../cdn/blush-widgets.iife.js; update this step.");
    process.exit(1);
  }
  writeFileSync(preview, html.replace('../cdn/blush-widgets.iife.js', '../assets/blush-widgets.iife.js'));
} else console.warn('wordpress-zip: dist/builder is missing, so the plugin ships without the embed builder (run npm run build).');

// 2. FAQ packs → JSON. Packs are plain data modules (src/faq/packs/<name>.ts, `{ treatment, en: [...], es: [...] }`);
// their answers use the documented markup subset (blank lines between paragraphs, `- ` or `1. `
// list lines, *emphasis*, **strong**, [links](https://…)). The element's own parser, link check,
// slug rule and HTML writer (src/faq/faq.light-dom.ts, which the embed builder uses too) are bundled
// with them, so the plugin's server-side answers read the markup exactly as the element does.
const packDir = join(root, 'src/faq/packs');
// A pack is `packs/<name>.ts`; its other languages are `packs/<name>.<language>.ts`.
const packFiles = existsSync(packDir) ? readdirSync(packDir) : [];
const packNames = packFiles.filter((file) => /^[\w-]+\.ts$/.test(file) && file !== 'index.ts').map((file) => file.slice(0, -3));
const packLanguages = (name) => packFiles.map((file) => new RegExp(`^${name}\\.(\\w+)\\.ts$`).exec(file)?.[1]).filter(Boolean);
const temp = mkdtempSync(join(tmpdir(), 'blush-packs-'));
const entry = [
  ...packNames.flatMap((name, index) => [
    `import pack${index} from ${JSON.stringify(join(packDir, `${name}.ts`))};`,
    ...packLanguages(name).map(
      (language) => `import pack${index}_${language} from ${JSON.stringify(join(packDir, `${name}.${language}.ts`))};`,
    ),
  ]),
  `export const packs = { ${packNames
    .map(
      (name, index) =>
        `${JSON.stringify(name)}: { ...pack${index}, ${packLanguages(name)
          .map((language) => `${language}: pack${index}_${language}`)
          .join(', ')} }`,
    )
    .join(', ')} };`,
  `export { answerHtml, FAQ_ROWS_CSS } from ${JSON.stringify(join(root, 'src/faq/faq.light-dom.ts'))};`,
  `export { slugify } from ${JSON.stringify(join(root, 'src/faq/faq.model.ts'))};`,
  `export { TREATMENTS } from ${JSON.stringify(join(root, 'src/core/catalog.data.ts'))};`,
  ...LANGUAGES.map((language) => `export { ${language} } from ${JSON.stringify(join(root, `src/core/i18n/${language}.ts`))};`),
  `export { OPTIONAL_FIELDS } from ${JSON.stringify(join(root, 'src/consult-form/consult-form.model.ts'))};`,
  `export { CASE_ATTRIBUTES } from ${JSON.stringify(join(root, 'src/gallery/gallery.content.ts'))};`,
].join('\n');
// A pack that cannot be exported fails the build: a plugin without it would render
// `[blush_faq pack]` with no server-side answers, and nothing would say so until a clinic noticed.
let packs = {};
let answerHtml;
let FAQ_ROWS_CSS;
let slugify;
let TREATMENTS;
let treatmentNames;
let OPTIONAL_FIELDS;
let CASE_ATTRIBUTES;
try {
  await build({
    stdin: { contents: entry, resolveDir: root, loader: 'ts' },
    bundle: true,
    format: 'esm',
    platform: 'node',
    outfile: join(temp, 'packs.mjs'),
    logLevel: 'error',
  });
  const shared = await import(pathToFileURL(join(temp, 'packs.mjs')).href);
  ({ packs, answerHtml, FAQ_ROWS_CSS, slugify, TREATMENTS, OPTIONAL_FIELDS, CASE_ATTRIBUTES } = shared);
  // Each language's names for the catalog's treatments, from its shared words.
  treatmentNames = Object.fromEntries(LANGUAGES.map((language) => [language, shared[language].treatments]));
} catch (error) {
  rmSync(temp, { recursive: true, force: true });
  console.error(`wordpress-zip: FAQ packs not exported: ${error.message.split('\n')[0]}`);
  process.exit(1);
}
rmSync(temp, { recursive: true, force: true });

mkdirSync(join(out, 'packs'), { recursive: true });
// The size of the FAQ's rows for its server-rendered questions (includes/render.php prints it).
writeFileSync(join(out, 'packs', 'rows.css'), `${FAQ_ROWS_CSS}\n`);
for (const [name, pack] of Object.entries(packs)) {
  const languages = {};
  for (const [language, items] of Object.entries(pack ?? {})) {
    if (!Array.isArray(items)) continue;
    languages[language] = items
      .filter((item) => typeof item?.question === 'string' && typeof item?.answer === 'string')
      .map((item) => ({ id: item.id || slugify(item.question), question: item.question, answer_html: answerHtml(item.answer) }));
  }
  if (!Object.values(languages).some((items) => items.length)) {
    console.error(
      `wordpress-zip: FAQ pack "${name}" exported no questions (src/faq/packs/${name}.ts must default-export { en: [{ question, answer }] })`,
    );
    process.exit(1);
  }
  writeFileSync(join(out, 'packs', `${name}.json`), `${JSON.stringify({ name, treatment: pack.treatment ?? null, languages }, null, 1)}\n`);
}

// 3. The block editor's settings: the element API joined with the words a clinic reads.
try {
  const manifest = JSON.parse(readFileSync(join(root, 'custom-elements.json'), 'utf8'));
  const words = JSON.parse(readFileSync(join(root, 'src/core/clinic-words.json'), 'utf8'));
  const fields = editorFields({
    manifest,
    words,
    treatments: TREATMENTS,
    optionalFields: [...OPTIONAL_FIELDS],
    packs: Object.entries(packs).map(([name, pack]) => ({ name, treatment: pack.treatment ?? null })),
  });
  writeFileSync(join(out, 'editor-fields.php'), fieldsPhp(fields));
  writeFileSync(join(out, 'treatments.php'), treatmentsPhp(TREATMENTS, treatmentNames));
  // 4. The element API and its blocks.
  const api = elementApi(manifest);
  writeFileSync(
    join(out, 'element-api.php'),
    apiPhp(
      api,
      CASE_ATTRIBUTES.filter((name) => name !== 'slot'),
    ),
  );
  for (const [slug, block] of Object.entries(blockJson(api, words.$blocks))) {
    mkdirSync(join(out, 'blocks', slug), { recursive: true });
    writeFileSync(join(out, 'blocks', slug, 'block.json'), `${JSON.stringify(block, null, 2)}\n`);
    writeFileSync(join(out, 'blocks', slug, 'render.php'), renderPhp);
  }
} catch (error) {
  console.error(`wordpress-zip: ${error.message}`);
  process.exit(1);
}

// 5. The block editor's scripts (JSX, WordPress's packages as globals, *.asset.php).
try {
  await buildEditorScripts(join(root, 'wordpress/blush-widgets/editor'), join(out, 'build'), ['blocks', 'result', 'settings']);
} catch (error) {
  console.error(`wordpress-zip: the block editor's scripts did not build: ${error.message.split('\n')[0]}`);
  process.exit(1);
}

// 6. The zip (archiver), with the folder at its top level as WordPress expects; every entry dated
// 1980-01-01, so the same plugin makes the same zip.
await new Promise((resolve, reject) => {
  const archive = new ZipArchive({ zlib: { level: 9 } });
  const file = createWriteStream(zipPath);
  file.on('close', resolve);
  archive.on('error', reject);
  archive.pipe(file);
  archive.directory(out, 'blush-widgets', (entry) => ({ ...entry, date: new Date('1980-01-01T00:00:00Z') }));
  archive.finalize();
});
console.log(`wordpress-zip: ${relative(root, zipPath)} (${(statSync(zipPath).size / 1024).toFixed(1)} kB; packs: ${packNames.join(', ')})`);
