#!/usr/bin/env node
// Bundle sizes of the CDN artifacts and of what a page with one element downloads through the
// loader (loader.js + that element's chunk + every chunk it imports), with the budgets CI enforces.
// `node scripts/sizes.mjs --check` exits 1 when a budget is exceeded (npm run build runs it).
import { existsSync, readFileSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { ELEMENTS, LANGUAGE_ADD_ONS } from './elements.mjs';

const CDN = 'dist/cdn';
const KB = 1000;
// The budgets CI enforces (gzip bytes). No behaviour is removed for bytes and no element leaves
// Lit, so a budget may rise, but only with a changeset in .changeset/ that says what the bytes
// bought and what they cost. The history of each (where it started, what raised it) is in
// `git log -p scripts/sizes.mjs` and in those changesets, not here.
export const BUDGETS = {
  // The loader itself, with each element's chunk graph written in.
  'loader.js': 1_000,
  // Every element in one file, in English (other languages are add-ons beside it).
  'blush-widgets.js': 55_000,
  // One language's words for every element and the FAQ packs' questions, fetched by the all-in-one
  // file on pages in that language.
  'language add-on': 6_500,
  // A page with only the slider, through the loader: the smallest page.
  'page: blush-before-after': 15_100,
  // A page with only the gallery, through the loader.
  'page: blush-gallery': 19_400,
  // A page with any other one element, through the loader (the FAQ's is the largest).
  'page: any one element': 17_700,
};

function measure(files) {
  let raw = 0,
    gzip = 0,
    brotli = 0;
  for (const file of files) {
    const bytes = readFileSync(`${CDN}/${file}`);
    raw += bytes.length;
    gzip += gzipSync(bytes, { level: 9 }).length;
    brotli += brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  }
  return { raw, gzip, brotli };
}

/** Files a page with only `dir`'s element loads through the loader, from Vite's manifest. */
function loaderClosure(manifest, dir) {
  const files = new Set(['loader.js']);
  const visit = (key) => {
    const chunk = manifest[key];
    if (!chunk || files.has(chunk.file)) return;
    files.add(chunk.file);
    for (const dependency of chunk.imports ?? []) visit(dependency);
  };
  // An element another element imports (the gallery uses the slider) becomes a shared chunk named `_<dir>-<hash>.js`.
  const key = Object.keys(manifest).find((name) => name === `src/${dir}/index.ts` || name.startsWith(`_${dir}-`));
  if (!key) return null;
  visit(key);
  return [...files];
}

export function collectSizes() {
  const rows = [];
  for (const file of ['blush-widgets.js', ...LANGUAGE_ADD_ONS, 'blush-widgets.iife.js', 'loader.js']) {
    const budget = BUDGETS[file] ?? (LANGUAGE_ADD_ONS.includes(file) ? BUDGETS['language add-on'] : undefined);
    if (existsSync(`${CDN}/${file}`)) rows.push({ name: file, ...measure([file]), budget });
  }
  const manifest = JSON.parse(readFileSync(`${CDN}/loader-manifest.json`, 'utf8'));
  for (const { tag, dir } of ELEMENTS) {
    const files = loaderClosure(manifest, dir);
    if (!files) continue;
    rows.push({
      name: `page: ${tag}`,
      files: files.length,
      ...measure(files),
      budget: BUDGETS[`page: ${tag}`] ?? BUDGETS['page: any one element'],
    });
  }
  return rows;
}

export function formatSizes(rows) {
  const pad = (value, width) => String(value).padStart(width);
  const lines = [
    `${'artifact'.padEnd(28)}${pad('raw B', 9)}${pad('gzip B', 9)}${pad('brotli B', 10)}${pad('budget gz', 11)}  within budget`,
  ];
  for (const row of rows) {
    const ok = row.budget === undefined ? '' : row.gzip <= row.budget ? 'yes' : 'OVER';
    lines.push(`${row.name.padEnd(28)}${pad(row.raw, 9)}${pad(row.gzip, 9)}${pad(row.brotli, 10)}${pad(row.budget ?? '-', 11)}  ${ok}`);
  }
  return lines.join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const rows = collectSizes();
  console.log(formatSizes(rows));
  const over = rows.filter((row) => row.budget !== undefined && row.gzip > row.budget);
  if (process.argv.includes('--check') && over.length) {
    console.error(`\nSize budget exceeded: ${over.map((row) => `${row.name} ${row.gzip} B > ${row.budget} B gzip`).join('; ')}`);
    console.error('Make it smaller, or raise its budget in scripts/sizes.mjs with a changeset that says what the bytes bought.');
    process.exit(1);
  }
}
