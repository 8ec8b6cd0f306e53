// The static server behind `npm start`, the bench and the e2e suites (sirv behind a guard): files inside
// its root only, even a sibling folder whose name starts with the root's; a clear 400 (not a crash) for an
// address it cannot decode; folders redirected to their trailing slash.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { startStaticServer } from '../../scripts/static-server.mjs';

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
  site = await startStaticServer({ root: join(dir, 'site') });
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

  it('answers 400 to an address it cannot decode, and keeps serving', async () => {
    assert.equal((await fetch(`${site.url}/%E0%A4%A`)).status, 400);
    assert.equal((await fetch(`${site.url}/page.html`)).status, 200);
  });
});
