// The static file server behind `npm start`, the bench and the e2e suites: sirv serves the files;
// this wrapper adds the callers' handlers and headers, and refuses, before anything else runs:
// - a Host header that is not this server's (DNS rebinding: a page on another site whose name
//   points at 127.0.0.1 must not read the files or post to the demo endpoint), 421;
// - any path segment starting with a dot (`.git/`, `.env`: sirv's dev mode serves them), 404;
// - an address it cannot decode, 400; any decoded path outside the root by whole path segments
//   (a sibling folder whose name starts with the root's is outside), 403.
// Folders redirect to their trailing slash, so relative links resolve inside them.
// Tested in test/scripts/static-server.test.mjs.
import { existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { join, normalize, resolve, sep } from 'node:path';
import sirv from 'sirv';

/** The names this server answers to: its own host and the loopback names, with its port. */
function hostsFor(host, port, extra) {
  const names = new Set(['127.0.0.1', 'localhost', '[::1]', host.includes(':') ? `[${host}]` : host, ...extra]);
  return new Set([...names].flatMap((name) => [`${name}:${port}`, ...(port === 80 ? [name] : [])]));
}

/**
 * Starts the server. `allowedHosts` adds names it answers to (for a server bound to a LAN address
 * and opened by name); `process.env.ALLOWED_HOSTS` (comma-separated) does the same from outside.
 */
export function startStaticServer({ root = '.', port = 0, host = '127.0.0.1', handlers = [], headers = {}, allowedHosts = [] } = {}) {
  const base = resolve(root);
  const serve = sirv(base, {
    dev: true, // read from disk on each request: builds change files under a running server
    dotfiles: false,
    setHeaders: (response) => {
      response.setHeader('Cache-Control', 'no-store');
      for (const [name, value] of Object.entries(headers)) response.setHeader(name, value);
    },
    onNoMatch: (_request, response) => response.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found'),
  });
  let hosts = new Set();
  const extra = [...allowedHosts, ...(process.env.ALLOWED_HOSTS ?? '').split(',').filter(Boolean)];
  const server = createServer(async (request, response) => {
    if (!hosts.has(String(request.headers.host ?? '').toLowerCase())) {
      response.writeHead(421, { 'Content-Type': 'text/plain' }).end('Unknown host');
      return;
    }
    const url = new URL(request.url ?? '/', 'http://localhost');
    let pathname;
    try {
      pathname = decodeURIComponent(url.pathname);
    } catch {
      response.writeHead(400, { 'Content-Type': 'text/plain' }).end('Bad request');
      return;
    }
    if (pathname.split(/[\\/]/).some((segment) => segment.startsWith('.'))) {
      response.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found');
      return;
    }
    for (const handler of handlers) if (await handler(request, response)) return;
    const path = normalize(join(base, pathname));
    if ((path !== base && !path.startsWith(base + sep)) || pathname.includes('\\')) {
      response.writeHead(403).end();
      return;
    }
    if (!url.pathname.endsWith('/') && existsSync(path) && statSync(path).isDirectory()) {
      response.writeHead(301, { Location: `${url.pathname}/${url.search}` }).end();
      return;
    }
    serve(request, response);
  });
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      hosts = hostsFor(host, server.address().port, extra);
      resolvePromise({ server, url: `http://${host}:${server.address().port}` });
    });
  });
}
