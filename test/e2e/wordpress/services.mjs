// The three servers behind a throwaway WordPress, each started by PID under one work folder and
// stopped by `stopAll()`: a private MariaDB on a socket, php-fpm, and nginx on a loopback port.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import { join } from 'node:path';
import { phpFpmBinary } from './packages.mjs';

/** Polls `check` until it holds; the one place the fixture waits for a server to come up. */
export async function waitFor(check, what, timeoutMs = 30_000) {
  const start = Date.now();
  while (Date.now() - start < timeoutMs) {
    if (await check()) return;
    await new Promise((done) => setTimeout(done, 100));
  }
  throw new Error(`${what} did not come up within ${timeoutMs / 1000} s`);
}

export const portOpen = (port) =>
  new Promise((resolve) => {
    const probe = net.connect(port, '127.0.0.1', () => {
      probe.end();
      resolve(true);
    });
    probe.on('error', () => resolve(false));
  });

export function freePort() {
  return new Promise((resolve) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Children started for one site; an unexpected exit is logged with the end of its stderr. */
export function processGroup(log) {
  const children = [];
  let stopping = false;
  return {
    start(command, args, name) {
      const child = spawn(command, args, { stdio: ['ignore', 'ignore', 'pipe'] });
      let errors = '';
      child.stderr.on('data', (chunk) => (errors = (errors + chunk).slice(-4000)));
      child.on('exit', (code) => code && !stopping && log(`${name} exited with ${code}: ${errors}`));
      children.push(child);
      return child;
    },
    async stop(child) {
      if (child.exitCode === null && child.signalCode === null) {
        const exited = new Promise((done) => child.once('exit', done));
        child.kill('SIGTERM');
        await exited;
      }
      children.splice(children.indexOf(child), 1);
    },
    async stopAll() {
      stopping = true;
      for (const child of [...children].reverse()) await this.stop(child);
    },
  };
}

/** MariaDB on a socket in `work`, with database `wp` for user `wp`. `stop()` and `start()` make an outage. */
export async function startMariaDb(work, group) {
  const datadir = join(work, 'db');
  const socket = join(work, 'mysql.sock');
  // A temporary folder of its own: two sites set up at once in the shared /tmp collided on
  // MariaDB's temporary table names ("Unknown table 'mysql.tmp_user_sys'").
  const temporary = join(work, 'db-tmp');
  mkdirSync(temporary, { recursive: true });
  execFileSync(
    'mariadb-install-db',
    [
      '--no-defaults',
      `--datadir=${datadir}`,
      `--tmpdir=${temporary}`,
      '--user=root',
      '--auth-root-authentication-method=normal',
      '--skip-test-db',
    ],
    { stdio: 'ignore' },
  );
  const sql = (statement) => execFileSync('mariadb', ['--no-defaults', '-S', socket, '-u', 'root', '-e', statement], { stdio: 'pipe' });
  const answers = () => {
    try {
      sql('SELECT 1');
      return true;
    } catch {
      return false;
    }
  };
  let server;
  const database = {
    socket,
    sql,
    async start() {
      server = group.start(
        '/usr/sbin/mariadbd',
        [
          '--no-defaults',
          `--datadir=${datadir}`,
          `--tmpdir=${temporary}`,
          `--socket=${socket}`,
          '--skip-networking',
          '--user=root',
          `--pid-file=${join(work, 'mariadb.pid')}`,
          '--innodb-buffer-pool-size=32M',
          '--skip-log-bin',
        ],
        'mariadbd',
      );
      await waitFor(answers, 'MariaDB');
    },
    /** Stops the server and waits until it has exited, as a database outage would. */
    stop: () => group.stop(server),
  };
  await database.start();
  sql("CREATE DATABASE wp; CREATE USER 'wp'@'localhost' IDENTIFIED BY 'wp'; GRANT ALL ON wp.* TO 'wp'@'localhost';");
  return database;
}

/** php-fpm with `workers` static workers on a socket in `work`; returns the socket's path. */
export async function startPhpFpm(work, group, { workers = 4 } = {}) {
  const socket = join(work, 'php-fpm.sock');
  writeFileSync(
    join(work, 'php-fpm.conf'),
    `[global]
pid = ${work}/php-fpm.pid
error_log = ${work}/php-fpm.log
daemonize = no
[blush]
user = root
group = root
listen = ${socket}
pm = static
pm.max_children = ${workers}
clear_env = no
catch_workers_output = yes
`,
  );
  group.start(phpFpmBinary(), ['-R', '-F', '-y', join(work, 'php-fpm.conf')], 'php-fpm');
  await waitFor(() => existsSync(socket), 'php-fpm');
  return socket;
}

/** nginx on 127.0.0.1:`port` serving WordPress `root`, `content` at /wp-content/, PHP through php-fpm. */
export async function startNginx(work, group, { port, root, content, fpmSocket, configName }) {
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
    root ${root};
    index index.php;
    location /wp-content/ { alias ${content}/; }
    location / { try_files $uri $uri/ /index.php?$args; }
    location ~ \\.php$ {
      include /etc/nginx/fastcgi_params;
      fastcgi_param SCRIPT_FILENAME $document_root$fastcgi_script_name;
      # Debian's nginx passes the host without the port; WordPress would redirect to itself.
      fastcgi_param HTTP_HOST $host:$server_port;
      fastcgi_param WORDPRESS_CONFIG ${configName};
      fastcgi_pass unix:${fpmSocket};
    }
  }
}
`,
  );
  group.start('/usr/sbin/nginx', ['-c', join(work, 'nginx.conf'), '-p', work], 'nginx');
  await waitFor(() => portOpen(port), 'nginx');
}
