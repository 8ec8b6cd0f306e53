#!/usr/bin/env node
// `npm run lint:php`: the WordPress plugin's PHP, first through `php -l` (every file parses on the
// PHP it runs on), then through the WordPress Coding Standards with Debian's phpcs and the rulesets
// vendored in test/wordpress/phpcs/ (see its README), unpacked once per version to a temporary
// folder. `--fix` runs phpcbf first. Exits non-zero on any error; warnings are printed.
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const plugin = join(root, 'wordpress/blush-widgets');
const archive = join(root, 'test/wordpress/phpcs/standards.tgz');
const ruleset = join(root, 'test/wordpress/phpcs/ruleset.xml');

for (const command of ['php', 'phpcs'])
  if (spawnSync('sh', ['-c', `command -v ${command}`]).status !== 0) {
    console.error(`lint:php: ${command} is missing; install it with: sudo apt-get install -y php-cli php-codesniffer`);
    process.exit(1);
  }

const files = [];
const walk = (dir) => {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path);
    else if (name.endsWith('.php')) files.push(path);
  }
};
walk(plugin);
const broken = files.filter((file) => spawnSync('php', ['-l', file], { encoding: 'utf8' }).status !== 0);
for (const file of broken) console.error(spawnSync('php', ['-l', file], { encoding: 'utf8' }).stdout.trim());
console.log(`php -l: ${files.length - broken.length} of ${files.length} files parse`);

const version = createHash('sha256').update(readFileSync(archive)).digest('hex').slice(0, 12);
const standards = join(tmpdir(), `blush-wpcs-${version}`);
if (!existsSync(join(standards, 'wpcs/WordPress/ruleset.xml'))) {
  mkdirSync(standards, { recursive: true });
  execFileSync('tar', ['xzf', archive, '-C', standards]);
}
const args = [
  '--runtime-set',
  'installed_paths',
  ['wpcs', 'phpcsutils', 'phpcsextra'].map((name) => join(standards, name)).join(','),
  `--standard=${ruleset}`,
  plugin,
];
if (process.argv.includes('--fix')) spawnSync('phpcbf', args, { stdio: 'inherit' });
const lint = spawnSync('phpcs', ['--report=full', '--report-summary', ...args], { encoding: 'utf8' });
process.stdout.write(lint.stdout.split(root + '/').join(''));
if (lint.stderr) process.stderr.write(lint.stderr);
const total = lint.stdout.match(/A TOTAL OF (\d+) ERRORS? AND (\d+) WARNINGS?/);
const errors = Number(total?.[1] ?? 0);
const warnings = Number(total?.[2] ?? 0);
console.log(`WordPress Coding Standards: ${errors} errors, ${warnings} warnings in ${relative(root, plugin)}`);
process.exit(broken.length || errors || (lint.status !== 0 && !warnings) ? 1 : 0);
