// The static server behind `npm start` and the bench: files inside its root only, and a clear 400
// (not a crash) for an address it cannot decode.
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

  for (const path of ['/..%2Fsite-private/secret.txt', '/..%2Foutside.txt', '/%2e%2e/outside.txt', '/..%5Coutside.txt']) {
    it(`refuses ${path}, outside its root`, async () => {
      const response = await fetch(`${site.url}${path}`);
      assert.notEqual(response.status, 200);
      assert.doesNotMatch(await response.text(), /secret|outside/);
    });
  }

  it('answers 400 to an address it cannot decode, and keeps serving', async () => {
    assert.equal((await fetch(`${site.url}/%E0%A4%A`)).status, 400);
    assert.equal((await fetch(`${site.url}/page.html`)).status, 200);
  });
});
