// The static file server behind `npm start`, the bench and the e2e suites: sirv serves the files;
// this wrapper adds the callers' handlers and headers, answers 400 to an address it cannot decode,
// redirects a folder to its trailing slash (so relative links resolve inside it), and, as a second
// check beside sirv's own, refuses any decoded path outside the root by whole path segments (a sibling
// folder whose name starts with the root's is outside: test/scripts/static-server.test.mjs).
import { existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { join, normalize, resolve, sep } from 'node:path';
import sirv from 'sirv';

export function startStaticServer({ root = '.', port = 0, host = '127.0.0.1', handlers = [], headers = {} } = {}) {
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
  const server = createServer(async (request, response) => {
    for (const handler of handlers) if (await handler(request, response)) return;
    const url = new URL(request.url ?? '/', 'http://localhost');
    let pathname;
    try {
      pathname = decodeURIComponent(url.pathname);
    } catch {
      response.writeHead(400, { 'Content-Type': 'text/plain' }).end('Bad request');
      return;
    }
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
    server.listen(port, host, () => resolvePromise({ server, url: `http://${host}:${server.address().port}` }));
  });
}
