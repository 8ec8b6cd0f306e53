#!/usr/bin/env node
// After `changeset version` bumps package.json, copy the version into src/core/version.ts,
// which `define()` uses to tell two loaded copies apart.
import { readFileSync, writeFileSync } from 'node:fs';

const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
const file = 'src/core/version.ts';
writeFileSync(file, readFileSync(file, 'utf8').replace(/VERSION = '[^']*'/, `VERSION = '${version}'`));
console.log(`src/core/version.ts: ${version}`);
