// The static server behind `npm start`, the bench and the e2e suites (sirv behind a guard): files inside
// its root only, even a sibling folder whose name starts with the root's; never a dotfile (`.git/`);
// only for a Host header naming it (DNS rebinding); a clear 400 (not a crash) for an address it
// cannot decode; folders redirected to their trailing slash. The demo's consultation endpoint reads
// at most 1 MB of a body.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { request } from 'node:http';
import { after, before, describe, it } from 'node:test';
import { handleConsultRequest } from '../../scripts/consult-endpoint.mjs';
import { startStaticServer } from '../../scripts/static-server.mjs';

/** A GET with a Host header of our choosing (fetch() sets its own). */
const getWithHost = (url, host) =>
  new Promise((resolve, reject) => {
    const call = request(url, { headers: { Host: host } }, (response) => {
      let body = '';
      response.on('data', (chunk) => (body += chunk));
      response.on('end', () => resolve({ status: response.statusCode, body }));
    });
    call.on('error', reject).end();
  });

let site;
before(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'blush-static-'));
  mkdirSync(join(dir, 'site'));
  mkdirSync(join(dir, 'site-private'));
  writeFileSync(join(dir, 'site', 'page.html'), '<p>public</p>');
  mkdirSync(join(dir, 'site', 'docs'));
  writeFileSync(join(dir, 'site', 'docs', 'index.html'), '<p>docs</p>');
  writeFileSync(join(dir, 'site-private', 'secret.txt'), 'secret');
  writeFileSync(join(dir, 'outside.txt'), 'outside');
  mkdirSync(join(dir, 'site', '.git'));
  writeFileSync(join(dir, 'site', '.git', 'config'), 'secret repository config');
  writeFileSync(join(dir, 'site', '.env'), 'SECRET=1');
  writeFileSync(join(dir, 'site', 'docs', '.hidden'), 'secret');
  site = await startStaticServer({ root: join(dir, 'site'), handlers: [handleConsultRequest] });
});
after(() => site?.server.close());

describe('static server', () => {
  it('serves a file inside its root', async () => {
    const response = await fetch(`${site.url}/page.html`);
    assert.equal(response.status, 200);
    assert.equal(await response.text(), '<p>public</p>');
  });

  for (const path of [
    '/..%2Fsite-private/secret.txt',
    '/%2e%2e/site-private/secret.txt',
    '/%2E%2E%2Fsite-private%2Fsecret.txt',
    '/..%2Foutside.txt',
    '/%2e%2e/outside.txt',
    '/..%5Coutside.txt',
    '/..%5Csite-private%5Csecret.txt',
  ]) {
    it(`refuses ${path}, outside its root`, async () => {
      const response = await fetch(`${site.url}${path}`);
      assert.notEqual(response.status, 200);
      assert.doesNotMatch(await response.text(), /secret|outside/);
    });
  }

  it('redirects a folder to its trailing slash and serves its index.html, with no-store', async () => {
    const redirect = await fetch(`${site.url}/docs?x=1`, { redirect: 'manual' });
    assert.equal(redirect.status, 301);
    assert.equal(redirect.headers.get('location'), '/docs/?x=1');
    const index = await fetch(`${site.url}/docs/`);
    assert.equal(index.status, 200);
    assert.equal(await index.text(), '<p>docs</p>');
    assert.equal(index.headers.get('cache-control'), 'no-store');
    assert.match(index.headers.get('content-type'), /^text\/html/);
  });

  it('answers 404 to a file that is not there', async () => {
    assert.equal((await fetch(`${site.url}/nothing-here.js`)).status, 404);
  });

  for (const path of ['/.git/config', '/.env', '/docs/.hidden', '/%2egit/config', '/docs/..%2f.git/config', '/.git/']) {
    it(`refuses the dotfile path ${path}`, async () => {
      const response = await fetch(`${site.url}${path}`, { redirect: 'manual' });
      assert.equal(response.status, 404);
      assert.doesNotMatch(await response.text(), /secret/);
    });
  }

  it('answers only to its own names: another Host (a rebound DNS name) gets 421', async () => {
    const { port } = new URL(site.url);
    for (const host of [`127.0.0.1:${port}`, `localhost:${port}`, `LOCALHOST:${port}`]) {
      assert.equal((await getWithHost(`${site.url}/page.html`, host)).status, 200, host);
    }
    for (const host of [`evil.example:${port}`, 'evil.example', `127.0.0.1:${Number(port) + 1}`, `127.0.0.1.evil.example:${port}`]) {
      const answer = await getWithHost(`${site.url}/page.html`, host);
      assert.equal(answer.status, 421, host);
      assert.doesNotMatch(answer.body, /public/);
    }
  });

  it("reads at most 1 MB of a body at the demo's consultation endpoint: 413 above, the request itself below", async () => {
    const post = (body) => fetch(`${site.url}/api/consult`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body });
    const huge = await post(JSON.stringify({ firstName: 'Ana', message: 'x'.repeat(2 * 1024 * 1024) }));
    assert.equal(huge.status, 413);
    const log = console.log;
    console.log = () => {}; // the demo endpoint prints each request it takes
    try {
      const fine = await post(JSON.stringify({ firstName: 'Ana', lastName: 'García', email: 'ana@example.com' }));
      assert.equal(fine.status, 200);
    } finally {
      console.log = log;
    }
  });

  it('answers 400 to an address it cannot decode, and keeps serving', async () => {
    assert.equal((await fetch(`${site.url}/%E0%A4%A`)).status, 400);
    assert.equal((await fetch(`${site.url}/page.html`)).status, 200);
  });
});
