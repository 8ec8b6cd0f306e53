// The Debian packages a throwaway WordPress needs. `npm test` installs them before the suites start
// (scripts/setup.mjs); a suite run on its own installs them here when it may (root), or says what to
// install.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';

export const WP = '/usr/share/wordpress';
export const THEME = 'twentytwentythree';

/** The php-fpm binary of the installed PHP (php-fpm8.2 on Debian 12), or undefined. */
export const phpFpmBinary = () =>
  readdirSync('/usr/sbin')
    .filter((name) => /^php-fpm\d/.test(name))
    .map((name) => `/usr/sbin/${name}`)[0];

/** Which Debian packages are missing, in the two apt steps that install them (apt may pick apache2 for `httpd` in one). */
export function missingWordPressPackages() {
  const php = String(spawnSync('php', ['-m']).stdout ?? '');
  const server = [
    !phpFpmBinary() && 'php',
    !phpFpmBinary() && 'php-fpm',
    !php.includes('mysqli') && 'php-mysql',
    !existsSync('/usr/sbin/mariadbd') && 'mariadb-server',
    !existsSync('/usr/sbin/nginx') && 'nginx-light',
    !existsSync('/usr/bin/phpunit') && 'phpunit', // the plugin's PHP unit tests (test/wordpress/)
    !existsSync('/usr/bin/phpcs') && 'php-codesniffer', // WordPress Coding Standards (scripts/phpcs.mjs)
  ].filter(Boolean);
  const wordpress = [
    !existsSync(`${WP}/wp-load.php`) && 'wordpress',
    !existsSync(`${WP}/wp-content/themes/${THEME}`) && `wordpress-theme-${THEME}`,
  ].filter(Boolean);
  return [server, wordpress].filter((step) => step.length);
}

/** Installs what is missing, or throws one sentence that names the packages and the command. */
export function ensurePackages(log = console.log) {
  const steps = missingWordPressPackages();
  if (!steps.length) return;
  const names = steps.flat().join(' ');
  if (process.getuid?.() !== 0) throw new Error(`WordPress tests need Debian packages: sudo apt-get install -y ${names}`);
  try {
    execFileSync('apt-get', ['update', '-qq'], { stdio: ['ignore', 'ignore', 'pipe'], timeout: 120_000 });
    for (const step of steps) {
      log(`apt-get install ${step.join(' ')}`);
      execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...step], {
        env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
        stdio: ['ignore', 'ignore', 'pipe'],
        timeout: 300_000,
      });
    }
  } catch (error) {
    throw new Error(
      `could not install ${names} with apt-get (no network?): ${String(error.stderr ?? error.message)
        .trim()
        .split('\n')
        .at(-1)}`,
    );
  }
  if (missingWordPressPackages().length) throw new Error(`still missing after apt-get: ${missingWordPressPackages().flat().join(' ')}`);
}
