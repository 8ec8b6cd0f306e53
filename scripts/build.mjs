#!/usr/bin/env node
// `npm run build`: every artifact in dist/ — npm ES modules with types, the CDN file (ES and
// classic script), the loader with its chunks, custom-elements.json and the editor/framework types;
// then the embed builder page (dist/builder/), the Subresource Integrity hashes of this version
// and the WordPress plugin zip.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { build } from 'vite';
import { LANGUAGE_ADD_ONS, LANGUAGES } from './elements.mjs';

const run = (command, args) => execFileSync(command, args, { stdio: 'inherit' });
const started = Date.now();

rmSync('dist', { recursive: true, force: true });
for (const mode of ['npm', 'cdn', ...LANGUAGES.map((language) => `language-${language}`), 'iife', 'loader']) {
  await build({ mode, logLevel: 'warn' });
}
run(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.build.json']);
run(process.execPath, ['node_modules/@custom-elements-manifest/analyzer/cem.js', 'analyze', '--quiet']);
run(process.execPath, ['scripts/framework-types.mjs']);
// The embed builder (demo/builder/, a showcase outside the package). Its controls are generated
// at run time from elements.json: each element's tag, summary and attributes from
// custom-elements.json (300 kB → ~25 kB). Its preview loads ../cdn/; sample photos go beside it.
await build({ mode: 'builder', logLevel: 'warn' });
const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const elements = manifest.modules
  .flatMap((module) => module.declarations ?? [])
  .filter((declaration) => declaration.tagName)
  .map(({ tagName, description, attributes = [] }) => ({
    tagName,
    description,
    attributes: attributes.map(({ name, type, default: value, description: text }) => ({ name, type, default: value, description: text })),
  }));
writeFileSync('dist/builder/elements.json', JSON.stringify({ modules: [{ declarations: elements }] }));
mkdirSync('dist/builder/samples', { recursive: true });
for (const file of [
  'before-after/forehead-before.svg',
  'before-after/forehead-after.svg',
  'gallery/forehead-1-before.svg',
  'gallery/forehead-1-after.svg',
  'gallery/frown-1-before.svg',
  'gallery/frown-1-after.svg',
  'gallery/lips-1-before.svg',
  'gallery/lips-1-after.svg',
]) {
  cpSync(`demo/images/${file}`, `dist/builder/samples/${file.split('/')[1]}`);
}
// Subresource Integrity for the self-contained files (the loader's chunks cannot carry it: see
// README "Builder"). Printed, and written beside the CDN files and the builder that offers them.
const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
const sri = { version, algorithm: 'sha384', files: {} };
// The language add-ons too: a page that requires integrity preloads its language's with its hash.
for (const file of ['blush-widgets.js', 'blush-widgets.iife.js', ...LANGUAGE_ADD_ONS]) {
  sri.files[file] = `sha384-${createHash('sha384')
    .update(readFileSync(`dist/cdn/${file}`))
    .digest('base64')}`;
  console.log(`build: integrity of ${file} ${version}: ${sri.files[file]}`);
}
for (const target of ['dist/cdn/sri.json', 'dist/builder/sri.json']) writeFileSync(target, `${JSON.stringify(sri, null, 2)}\n`);
// The WordPress plugin zip (wordpress/), with the CDN files, the FAQ packs rendered for PHP and
// the builder, which its settings screen links.
if (existsSync('scripts/wordpress-zip.mjs')) run(process.execPath, ['scripts/wordpress-zip.mjs']);
run(process.execPath, ['scripts/sizes.mjs', '--check']);
console.log(`build: done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
