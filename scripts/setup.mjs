#!/usr/bin/env node
// Runs before `npm start`, `npm test` and `npm run test:e2e`, so each works on a fresh machine.
// Installs what is missing: the npm dependencies (`npm ci`), and Debian packages when run as root
// (apt-get): Chromium for the demo; for `--tests` also Firefox ESR, WebKitGTK's driver and Xvfb;
// for `--e2e` the WordPress stack the plugin's suites run on. When it cannot (not root, no
// network) it says which packages and which command, and stops: no stack trace. Uses only Node
// built-ins (it runs before `npm ci`). BROWSERS narrows the engines, as in scripts/test.mjs.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { missingWordPressPackages } from '../test/e2e/wordpress/packages.mjs';

const has = (command) => {
  try {
    execSync(`command -v ${command}`, { stdio: 'ignore', shell: '/bin/sh' });
    return true;
  } catch {
    return false;
  }
};

const forTests = process.argv.includes('--tests');
const endToEnd = process.argv.includes('--e2e');
const browsers = forTests ? (process.env.BROWSERS ?? 'chromium,firefox,webkit').split(',') : [];

/**
 * Install steps: the browsers (with their recommended fonts), then the WordPress stack in two steps
 * without recommends (in one, apt may pick apache2 for WordPress's `httpd`).
 */
const browserPackages = [
  !has('chromium') && 'chromium',
  browsers.includes('firefox') && !has('firefox-esr') && 'firefox-esr',
  browsers.includes('webkit') && !has('WebKitWebDriver') && 'webkit2gtk-driver',
  browsers.includes('webkit') && !has('xvfb-run') && 'xvfb',
].filter(Boolean);
const steps = [
  { packages: browserPackages, options: '' },
  ...(endToEnd ? missingWordPressPackages() : []).map((packages) => ({ packages, options: '--no-install-recommends ' })),
].filter((step) => step.packages.length);
const names = steps.flatMap((step) => step.packages).join(' ');

function stop(reason) {
  console.error(`\nsetup: ${reason}. ${forTests || endToEnd ? 'The tests need' : 'The demo needs'} these Debian packages: ${names}`);
  console.error(`  Install them with:  sudo apt-get update && sudo apt-get install -y ${names}`);
  if (forTests) console.error('  Or leave WebKit out: BROWSERS=chromium,firefox npm test');
  process.exit(1);
}

if (steps.length) {
  if (process.getuid?.() !== 0 || !has('apt-get')) stop('not root (or no apt-get), so nothing could be installed');
  console.log(`setup: installing ${names} from Debian…`);
  try {
    execSync('apt-get update -qq', { stdio: ['ignore', 'ignore', 'pipe'] });
    for (const { packages, options } of steps)
      execSync(`DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${options}${packages.join(' ')}`, {
        stdio: ['ignore', 'ignore', 'pipe'],
        shell: '/bin/sh',
      });
  } catch (error) {
    const said = String(error.stderr ?? '')
      .trim()
      .split('\n')
      .at(-1);
    stop(`apt-get could not install them (no network?)${said ? `: ${said}` : ''}`);
  }
}

if (!existsSync('node_modules/.package-lock.json')) {
  console.log('setup: installing npm dependencies (npm ci)…');
  execSync('npm ci --no-audit --no-fund --loglevel=error', { stdio: 'inherit', env: { ...process.env, PUPPETEER_SKIP_DOWNLOAD: '1' } });
}
