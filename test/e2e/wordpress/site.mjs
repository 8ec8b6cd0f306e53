// A throwaway WordPress 6.1 on localhost for the plugin test: Debian's packages (installed with
// apt-get when missing and run as root), a private MariaDB, php-fpm and nginx under one temporary
// folder, each started by PID and stopped at the end. Nothing is written outside that folder but
// /etc/wordpress/config-blush-e2e.php (Debian's wp-config.php reads its settings from /etc/wordpress).
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const WP = '/usr/share/wordpress';
const THEME = 'twentytwentythree';
const CONFIG_NAME = 'blush-e2e';
const CONFIG_FILE = `/etc/wordpress/config-${CONFIG_NAME}.php`;

const sleep = (ms) => new Promise((done) => setTimeout(done, ms));

function freePort() {
  return new Promise((resolve) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function waitFor(check, what, timeoutMs = 30_000) {
  const start = Date.now();
  while (Date.now() - start < timeoutMs) {
    if (await check()) return;
    await sleep(150);
  }
  throw new Error(`${what} did not come up within ${timeoutMs / 1000} s`);
}

const phpFpm = () =>
  readdirSync('/usr/sbin')
    .filter((name) => /^php-fpm\d/.test(name))
    .map((name) => `/usr/sbin/${name}`)[0];

/** `text` as a single-quoted PHP string literal. */
export function phpString(text) {
  return `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

/** Installs the Debian packages when something is missing (two apt steps, or apt picks apache2 for `httpd`). */
export function ensurePackages(log = console.log) {
  const missing = () =>
    [
      !existsSync(`${WP}/wp-load.php`) && 'wordpress',
      !existsSync(`${WP}/wp-content/themes/${THEME}`) && `wordpress-theme-${THEME}`,
      !phpFpm() && 'php-fpm',
      !String(spawnSync('php', ['-m']).stdout ?? '').includes('mysqli') && 'php-mysql',
      !existsSync('/usr/sbin/mariadbd') && 'mariadb-server',
      !existsSync('/usr/sbin/nginx') && 'nginx-light',
    ].filter(Boolean);
  if (!missing().length) return;
  if (process.getuid?.() !== 0) throw new Error(`WordPress test needs ${missing().join(', ')}; run as root or apt-get install them`);
  const apt = (packages) => {
    log(`# apt-get install ${packages.join(' ')}`);
    execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...packages], {
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
      stdio: ['ignore', 'ignore', 'inherit'],
      timeout: 300_000,
    });
  };
  execFileSync('apt-get', ['update', '-qq'], { stdio: ['ignore', 'ignore', 'inherit'], timeout: 120_000 });
  // `php` (the metapackage) with php-fpm in one step, so WordPress's `libapache2-mod-php | php` is already met.
  const first = ['php', 'php-fpm', 'php-mysql', 'mariadb-server', 'nginx-light'].filter((name) =>
    name === 'php' ? missing().includes('php-fpm') : missing().includes(name),
  );
  if (first.length) apt(first);
  const second = ['wordpress', `wordpress-theme-${THEME}`].filter((name) => missing().includes(name));
  if (second.length) apt(second);
  if (missing().length) throw new Error(`still missing after apt-get: ${missing().join(', ')}`);
}

/**
 * Starts the site. `plugin` is the built plugin folder (dist/wordpress/blush-widgets).
 * Returns { url, port, work, php(code) → stdout, stop(), stopDatabase(), startDatabase(), login(user, password) → fetch }.
 */
export async function startWordPress({ plugin, log = console.log }) {
  const work = mkdtempSync(join(tmpdir(), 'blush-wp-'));
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const children = [];
  const start = (command, args, name) => {
    const child = spawn(command, args, { stdio: ['ignore', 'ignore', 'pipe'] });
    let errors = '';
    child.stderr.on('data', (chunk) => {
      errors = (errors + chunk).slice(-4000);
    });
    child.on('exit', (code) => {
      if (code && !stopping) log(`# ${name} exited with ${code}: ${errors}`);
    });
    children.push(child);
    return child;
  };
  let stopping = false;

  // MariaDB, private and socket-only.
  const db = join(work, 'db');
  const socket = join(work, 'mysql.sock');
  execFileSync(
    'mariadb-install-db',
    ['--no-defaults', `--datadir=${db}`, '--user=root', '--auth-root-authentication-method=normal', '--skip-test-db'],
    { stdio: 'ignore' },
  );
  const sql = (statement) =>
    execFileSync('mariadb', ['--no-defaults', '-S', socket, '-u', 'root', '-e', statement], { stdio: ['ignore', 'pipe', 'pipe'] });
  let mariadb;
  /** Starts MariaDB on its data folder and waits until it answers queries. */
  const startDatabase = async () => {
    mariadb = start(
      '/usr/sbin/mariadbd',
      [
        '--no-defaults',
        `--datadir=${db}`,
        `--socket=${socket}`,
        '--skip-networking',
        '--user=root',
        `--pid-file=${join(work, 'mariadb.pid')}`,
        '--innodb-buffer-pool-size=32M',
        '--skip-log-bin',
      ],
      'mariadbd',
    );
    await waitFor(() => existsSync(socket), 'MariaDB');
    await waitFor(() => {
      try {
        sql('SELECT 1');
        return true;
      } catch {
        return false;
      }
    }, 'MariaDB queries');
  };
  /** Stops MariaDB (by its PID) and waits until it has exited, as a database outage would. */
  const stopDatabase = async () => {
    const child = mariadb;
    if (child.exitCode !== null) return;
    const exited = new Promise((done) => child.once('exit', done));
    child.kill('SIGTERM');
    await exited;
    children.splice(children.indexOf(child), 1);
  };
  await startDatabase();
  sql("CREATE DATABASE wp; CREATE USER 'wp'@'localhost' IDENTIFIED BY 'wp'; GRANT ALL ON wp.* TO 'wp'@'localhost';");

  // wp-content of our own: the default theme and a copy of the built plugin.
  const content = join(work, 'wp-content');
  mkdirSync(join(content, 'themes'), { recursive: true });
  mkdirSync(join(content, 'plugins'), { recursive: true });
  mkdirSync(join(content, 'uploads'), { recursive: true });
  symlinkSync(`${WP}/wp-content/themes/${THEME}`, join(content, 'themes', THEME));
  cpSync(plugin, join(content, 'plugins/blush-widgets'), { recursive: true });

  mkdirSync('/etc/wordpress', { recursive: true });
  writeFileSync(
    CONFIG_FILE,
    `<?php
define('DB_NAME', 'wp');
define('DB_USER', 'wp');
define('DB_PASSWORD', 'wp');
define('DB_HOST', 'localhost:${socket}');
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

  // php-fpm and nginx, both as root in this throwaway setting.
  const fpmSocket = join(work, 'php-fpm.sock');
  writeFileSync(
    join(work, 'php-fpm.conf'),
    `[global]
pid = ${work}/php-fpm.pid
error_log = ${work}/php-fpm.log
daemonize = no
[blush]
user = root
group = root
listen = ${fpmSocket}
pm = static
pm.max_children = 4
clear_env = no
catch_workers_output = yes
`,
  );
  start(phpFpm(), ['-R', '-F', '-y', join(work, 'php-fpm.conf')], 'php-fpm');
  await waitFor(() => existsSync(fpmSocket), 'php-fpm');

  for (const dir of ['body', 'fastcgi', 'proxy', 'uwsgi', 'scgi']) mkdirSync(join(work, `nginx-${dir}`));
  writeFileSync(
    join(work, 'nginx.conf'),
    `daemon off;
user root;
worker_processes 1;
pid ${work}/nginx.pid;
error_log ${work}/nginx-error.log;
events { worker_connections 256; }
http {
  include /etc/nginx/mime.types;
  access_log off;
  client_body_temp_path ${work}/nginx-body;
  fastcgi_temp_path ${work}/nginx-fastcgi;
  proxy_temp_path ${work}/nginx-proxy;
  uwsgi_temp_path ${work}/nginx-uwsgi;
  scgi_temp_path ${work}/nginx-scgi;
  server {
    listen 127.0.0.1:${port};
    root ${WP};
    index index.php;
    location /wp-content/ { alias ${content}/; }
    location / { try_files $uri $uri/ /index.php?$args; }
    location ~ \\.php$ {
      include /etc/nginx/fastcgi_params;
      fastcgi_param SCRIPT_FILENAME $document_root$fastcgi_script_name;
      # Debian's nginx passes the host without the port; WordPress would redirect to itself.
      fastcgi_param HTTP_HOST $host:$server_port;
      fastcgi_param WORDPRESS_CONFIG ${CONFIG_NAME};
      fastcgi_pass unix:${fpmSocket};
    }
  }
}
`,
  );
  start('/usr/sbin/nginx', ['-c', join(work, 'nginx.conf'), '-p', work], 'nginx');
  await waitFor(
    () =>
      new Promise((resolve) => {
        const probe = net.connect(port, '127.0.0.1', () => {
          probe.end();
          resolve(true);
        });
        probe.on('error', () => resolve(false));
      }),
    'nginx',
  );

  /** Runs PHP with WordPress loaded (as WP-CLI would); returns its stdout. */
  const php = (code, { installing = false } = {}) => {
    const file = join(work, `run-${Date.now()}-${Math.random().toString(36).slice(2)}.php`);
    writeFileSync(
      file,
      `<?php
$_SERVER['HTTP_HOST'] = '127.0.0.1:${port}';
$_SERVER['SERVER_NAME'] = '127.0.0.1';
$_SERVER['SERVER_PORT'] = '${port}';
$_SERVER['REQUEST_URI'] = '/';
$_SERVER['REQUEST_METHOD'] = 'GET';
$_SERVER['WORDPRESS_CONFIG'] = '${CONFIG_NAME}';
${installing ? "define('WP_INSTALLING', true);" : ''}
require '${WP}/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/upgrade.php';
require_once ABSPATH . 'wp-admin/includes/plugin.php';
${code}
`,
    );
    return execFileSync('php', [file], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  };

  /**
   * Logs `user` in over HTTP; returns a fetch for the site that sends that user's cookies
   * (redirects are not followed, so a refusal shows as what the server answered), with
   * `.cookie(prefix)` to read one of them.
   */
  const login = async (user, password) => {
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
    /** The value of the first cookie whose name starts with `prefix`. */
    userFetch.cookie = (prefix) => [...jar].find(([name]) => name.startsWith(prefix))?.[1];
    return userFetch;
  };

  const stop = async () => {
    stopping = true;
    for (const child of children.reverse()) {
      if (child.exitCode === null) child.kill('SIGTERM');
    }
    await Promise.all(children.map((child) => (child.exitCode === null ? new Promise((done) => child.once('exit', done)) : null)));
    rmSync(CONFIG_FILE, { force: true });
    if (!process.env.KEEP_WP) rmSync(work, { recursive: true, force: true });
  };

  return { url, port, work, php, stop, stopDatabase, startDatabase, login };
}
