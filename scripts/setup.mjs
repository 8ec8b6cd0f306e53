#!/usr/bin/env node
// Runs before `npm start` and `npm test` so the two quick-start commands work on a fresh machine:
// installs the npm dependencies when they are missing, and Debian's browsers and Xvfb when they
// are missing and we may (root). Uses only Node built-ins, so it runs before `npm ci`.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const has = (command) => {
  try {
    execSync(`command -v ${command}`, { stdio: 'ignore', shell: '/bin/sh' });
    return true;
  } catch {
    return false;
  }
};

const needsBrowsers = process.argv.includes('--browsers');
const packages = [];
if (!has('chromium')) packages.push('chromium');
if (needsBrowsers) {
  if (!has('firefox-esr')) packages.push('firefox-esr');
  if (!has('WebKitWebDriver')) packages.push('webkit2gtk-driver');
  if (!has('xvfb-run')) packages.push('xvfb');
}
if (packages.length) {
  if (process.getuid?.() === 0 && has('apt-get')) {
    console.log(`setup: installing ${packages.join(' ')} from Debian…`);
    execSync('apt-get update -qq', { stdio: 'inherit' });
    execSync(`DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${packages.join(' ')} >/dev/null`, {
      stdio: 'inherit',
      shell: '/bin/sh',
    });
  } else {
    console.warn(`setup: please install ${packages.join(' ')} (Debian: sudo apt-get install -y ${packages.join(' ')})`);
  }
}

if (!existsSync('node_modules/.package-lock.json')) {
  console.log('setup: installing npm dependencies (npm ci)…');
  execSync('npm ci --no-audit --no-fund --loglevel=error', { stdio: 'inherit', env: { ...process.env, PUPPETEER_SKIP_DOWNLOAD: '1' } });
}
