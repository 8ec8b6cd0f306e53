// The one WordPress fixture of the end-to-end suites: a throwaway WordPress on localhost, installed
// with the default theme and the built plugin activated, on Debian's packages (packages.mjs) and a
// private MariaDB, php-fpm and nginx under one temporary folder (services.mjs). Nothing is written
// outside that folder but /etc/wordpress/config-<name>.php, which Debian's wp-config.php reads;
// each site has its own name, so several suites can run at once.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { wordpressCore } from './cores.mjs';
import { THEME, WP, ensurePackages } from './packages.mjs';
import { freePort, processGroup, startMariaDb, startNginx, startPhpFpm } from './services.mjs';

export { ensurePackages };

const ROOT = resolve(import.meta.dirname, '../../..');
/** The plugin as `npm run build` makes it. */
export const PLUGIN = resolve(ROOT, process.env.BLUSH_WP_OUT ?? 'dist', 'wordpress/blush-widgets');
export const ADMIN = { user: 'admin', password: 'admin-password-1', email: 'admin@example.com' };
/** The password of a user the fixture made for a role (`author`, `editor`): `<role>-password-1`. */
export const passwordOf = (role) => `${role}-password-1`;

/** `text` as a single-quoted PHP string literal. */
export function phpString(text) {
  return `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

function writeConfig(file, { socket, content, url, work }) {
  mkdirSync('/etc/wordpress', { recursive: true });
  writeFileSync(
    file,
    `<?php
define('DB_NAME', 'wp');
define('DB_USER', 'wp');
define('DB_PASSWORD', 'wp');
define('DB_HOST', 'localhost:${socket}');
define('DB_CHARSET', 'utf8mb4'); // as every wp-config.php since WordPress 4.2: tables in utf8mb4_unicode_520_ci
define('DB_COLLATE', '');
define('WP_CONTENT_DIR', '${content}');
define('WP_CONTENT_URL', '${url}/wp-content');
define('WP_HOME', '${url}');
define('WP_SITEURL', '${url}');
define('DISABLE_WP_CRON', true);
define('AUTOMATIC_UPDATER_DISABLED', true);
define('WP_HTTP_BLOCK_EXTERNAL', true);
define('WP_DEBUG', true);
define('WP_DEBUG_DISPLAY', false);
define('WP_DEBUG_LOG', '${work}/debug.log');
`,
  );
}

/** wp-content of the site's own: the default theme and a copy of the built plugin (unless `plugin` is null). */
function makeContent(work, plugin) {
  const content = join(work, 'wp-content');
  for (const dir of ['themes', 'plugins', 'uploads', 'mu-plugins']) mkdirSync(join(content, dir), { recursive: true });
  symlinkSync(`${WP}/wp-content/themes/${THEME}`, join(content, 'themes', THEME));
  if (plugin) cpSync(plugin, join(content, 'plugins/blush-widgets'), { recursive: true });
  return content;
}

/** A PHP runner with WordPress loaded, as WP-CLI would run code: returns what the code printed. */
function phpRunner({ work, port, configName, core }) {
  return (code, { installing = false } = {}) => {
    const file = join(work, `run-${Date.now()}-${Math.random().toString(36).slice(2)}.php`);
    writeFileSync(
      file,
      `<?php
$_SERVER['HTTP_HOST'] = '127.0.0.1:${port}';
$_SERVER['SERVER_NAME'] = '127.0.0.1';
$_SERVER['SERVER_PORT'] = '${port}';
$_SERVER['REQUEST_URI'] = '/';
$_SERVER['REQUEST_METHOD'] = 'GET';
$_SERVER['WORDPRESS_CONFIG'] = '${configName}';
${installing ? "define('WP_INSTALLING', true);" : ''}
require '${core}/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/upgrade.php';
require_once ABSPATH . 'wp-admin/includes/plugin.php';
${code}
`,
    );
    return execFileSync('php', [file], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  };
}

/** Installs WordPress, switches to the default theme, activates the plugin and adds a user per role. */
function install(php, { title, roles, activate }) {
  php(`wp_install(${phpString(title)}, '${ADMIN.user}', '${ADMIN.email}', true, '', '${ADMIN.password}');`, { installing: true });
  const users = roles
    .map(
      (role) =>
        `wp_insert_user(array('user_login' => '${role}', 'user_pass' => '${passwordOf(role)}', 'user_email' => '${role}@example.com', 'role' => '${role}'));`,
    )
    .join('\n');
  const activated = php(`
    switch_theme('${THEME}');
    $result = ${activate ? "activate_plugin('blush-widgets/blush-widgets.php')" : 'null'};
    ${users}
    echo is_wp_error($result) ? 'ERROR ' . $result->get_error_message() : 'active';
  `);
  if (!/active$/.test(activated)) throw new Error(`the plugin did not activate: ${activated}`);
}

/**
 * An HTTP client logged in as `user` (redirects are not followed, so a refusal shows as what the
 * server answered), with `.cookie(prefix)` to read one of its cookies.
 */
async function loginOverHttp(url, user, password) {
  const jar = new Map([['wordpress_test_cookie', 'WP%20Cookie%20check']]);
  const cookies = () => [...jar].map(([name, value]) => `${name}=${value}`).join('; ');
  const remember = (response) => {
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const [name, value] = [pair.slice(0, pair.indexOf('=')), pair.slice(pair.indexOf('=') + 1)];
      if (/expires=Thu, 01-Jan-1970|max-age=0/i.test(line) || value === 'deleted') jar.delete(name);
      else jar.set(name, value);
    }
    return response;
  };
  const userFetch = async (path, init = {}) =>
    remember(await fetch(new URL(path, url), { redirect: 'manual', ...init, headers: { ...init.headers, Cookie: cookies() } }));
  const response = await userFetch('/wp-login.php', {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ log: user, pwd: password, 'wp-submit': 'Log In', testcookie: '1' }),
  });
  if (response.status !== 302 || ![...jar.keys()].some((name) => name.startsWith('wordpress_logged_in_')))
    throw new Error(`${user} could not log in (${response.status})`);
  userFetch.cookie = (prefix) => [...jar].find(([name]) => name.startsWith(prefix))?.[1];
  return userFetch;
}

/**
 * Starts and installs a site. Options: `plugin` (the built plugin folder, installed and active; null
 * for a site without it, to which a test uploads the zip), `title`, `roles` (a user
 * per role: login = role, password = passwordOf(role)), `workers` (php-fpm), `log`.
 * Returns { url, port, work, php, phpJson, option, muPlugin, login, loginPage, stop, stopDatabase, startDatabase }.
 */
export async function startWordPress({
  plugin = PLUGIN,
  title = 'Maison Lumière Aesthetics',
  roles = [],
  workers = 4,
  log = console.log,
} = {}) {
  if (plugin && !existsSync(join(plugin, 'blush-widgets.php'))) throw new Error(`${plugin} is missing: run npm run build`);
  ensurePackages(log);
  const core = wordpressCore(undefined, log);
  const work = mkdtempSync(join(tmpdir(), 'blush-wp-'));
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const configName = `blush-e2e-${port}`;
  const configFile = `/etc/wordpress/config-${configName}.php`;
  const group = processGroup(log);
  const stop = async () => {
    await group.stopAll();
    rmSync(configFile, { force: true });
    if (!process.env.KEEP_WP) rmSync(work, { recursive: true, force: true });
  };
  try {
    const database = await startMariaDb(work, group);
    const content = makeContent(work, plugin);
    writeConfig(configFile, { socket: database.socket, content, url, work });
    const fpmSocket = await startPhpFpm(work, group, { workers });
    await startNginx(work, group, { port, root: core, content, fpmSocket, configName });
    const php = phpRunner({ work, port, configName, core });
    install(php, { title, roles, activate: !!plugin });
    /** PHP's JSON output (after any notice WordPress printed first). */
    const phpJson = (code) => {
      const out = php(code);
      return JSON.parse(out.slice(out.search(/[[{]/)));
    };
    return {
      url,
      port,
      core,
      work,
      php,
      phpJson,
      /** Sets a WordPress option to a JSON value. */
      option: (name, value) => php(`update_option(${phpString(name)}, json_decode(${phpString(JSON.stringify(value))}, true));`),
      /** Adds a must-use plugin (loaded on every request from then on). */
      muPlugin: (name, code) => writeFileSync(join(content, 'mu-plugins', `${name}.php`), `<?php\n${code}\n`),
      login: (user = ADMIN.user, password = user === ADMIN.user ? ADMIN.password : passwordOf(user)) => loginOverHttp(url, user, password),
      /** A new page of `browser` (or a context), logged in to wp-admin through the login form. */
      async loginPage(browser, { user = ADMIN.user, password = ADMIN.password, viewport = { width: 1280, height: 900 } } = {}) {
        const page = await browser.newPage({ viewport });
        await page.goto(`${url}/wp-login.php`);
        await page.fill('#user_login', user);
        await page.fill('#user_pass', password);
        await Promise.all([page.waitForURL(/wp-admin/), page.click('#wp-submit')]);
        return page;
      },
      stop,
      stopDatabase: database.stop,
      startDatabase: database.start,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}

/**
 * The frame the block editor draws blocks in: its iframe where WordPress frames the editor (6.3+
 * when every block is apiVersion 3), else the page itself (6.1).
 */
export async function editorCanvas(page) {
  await page.waitForFunction(() => document.querySelector('iframe[name="editor-canvas"], .editor-styles-wrapper'), null, {
    timeout: 30_000,
  });
  const framed = page.frame({ name: 'editor-canvas' });
  if (!framed) return page.mainFrame();
  await framed.waitForFunction(() => document.querySelector('.editor-styles-wrapper'), null, { timeout: 30_000 });
  return framed;
}
