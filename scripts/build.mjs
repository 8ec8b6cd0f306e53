#!/usr/bin/env node
// `npm run build`: every artifact in dist/ — npm ES modules with types, the CDN file (ES and
// classic script), the loader with its chunks, custom-elements.json and the editor/framework types.
import { execFileSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { build } from 'vite';

const run = (command, args) => execFileSync(command, args, { stdio: 'inherit' });
const started = Date.now();

rmSync('dist', { recursive: true, force: true });
for (const mode of ['npm', 'cdn', 'iife', 'loader']) {
  await build({ mode, logLevel: 'warn' });
}
run(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.build.json']);
run(process.execPath, ['node_modules/@custom-elements-manifest/analyzer/cem.js', 'analyze', '--litelement', '--globs', 'src/**/*.ts', '--exclude', 'src/**/*.styles.ts', '--quiet']);
run(process.execPath, ['scripts/framework-types.mjs']);
// The WordPress plugin zip (wordpress/), with the CDN files and the FAQ packs rendered for PHP.
if (existsSync('scripts/wordpress-zip.mjs')) run(process.execPath, ['scripts/wordpress-zip.mjs']);
run(process.execPath, ['scripts/sizes.mjs', '--check']);
console.log(`build: done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
