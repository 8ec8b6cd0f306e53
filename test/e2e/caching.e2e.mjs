// What docs/embedding.md promises self-hosters about caching, checked on the built files
// (`npm run build` runs before the tests): every chunk's name carries a hash of its content, so it
// may be cached for a year as immutable; the few names that stay the same between releases are the
// ones the docs list for a short lifetime (or a versioned folder).
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { describe, it } from 'node:test';

const root = new URL('../../', import.meta.url);
const CDN = new URL('dist/cdn/', root);
const CHUNKS = new URL('chunks/', CDN);
const docs = readFileSync(new URL('docs/embedding.md', root), 'utf8');
const section = /## Caching when you host the files yourself\n([\s\S]*?)\n## /.exec(docs)?.[1] ?? '';
const HASHED = /^(.+)-([A-Za-z0-9_-]{6})\.js(\.map)?$/;

describe('caching for self-hosters', () => {
  it('the docs give the year-long immutable line for the chunks and a short one for the rest', () => {
    assert.ok(section, 'docs/embedding.md has no "Caching when you host the files yourself" section');
    assert.match(section, /Cache-Control: public, max-age=31536000, immutable/);
    assert.match(section, /Cache-Control: public, max-age=300/);
  });

  it('every chunk is named with a hash, and no two share one', () => {
    const chunks = readdirSync(CHUNKS);
    assert.ok(chunks.length > 10, `only ${chunks.length} chunks`);
    const unhashed = chunks.filter((name) => !HASHED.test(name));
    assert.deepEqual(unhashed, [], 'chunks without a hash in their name could not be cached as immutable');
    const hashes = chunks.filter((name) => name.endsWith('.js')).map((name) => HASHED.exec(name)[2]);
    assert.equal(new Set(hashes).size, hashes.length, 'two chunks share a hash');
  });

  it('the loader and the chunks ask only for chunks that exist under their hashed names', () => {
    const chunks = new Set(readdirSync(CHUNKS));
    for (const file of ['loader.js', ...[...chunks].filter((name) => name.endsWith('.js')).map((name) => `chunks/${name}`)]) {
      const text = readFileSync(new URL(file, CDN), 'utf8');
      for (const [, name] of text.matchAll(/["'`(/]((?:[\w.-]+)-[A-Za-z0-9_-]{6}\.js)["'`)]/g))
        assert.ok(chunks.has(name), `${file} asks for ${name}, which is not in chunks/`);
    }
    // The chunk graph the loader preloads from: each element's (and pack's) chunks, named without `.js`.
    const graph = [...readFileSync(new URL('loader.js', CDN), 'utf8').matchAll(/"(?:blush-[\w-]+|pack:[\w-]+)":\[([^\]]*)\]/g)];
    assert.ok(graph.length >= 6, 'no chunk graph found in loader.js');
    for (const [, list] of graph)
      for (const [, name] of list.matchAll(/"([^"]+)"/g)) {
        assert.match(name, /-[A-Za-z0-9_-]{6}$/, `the loader preloads ${name}, which has no hash`);
        assert.ok(chunks.has(`${name}.js`), `the loader preloads ${name}.js, which is not in chunks/`);
      }
  });

  it('every file whose name stays the same between releases is named in the docs', () => {
    const stable = readdirSync(CDN).filter((name) => statSync(new URL(name, CDN)).isFile());
    assert.ok(stable.includes('loader.js'));
    const missing = stable.filter((name) => !name.endsWith('.map') && !section.includes(`\`${name}\``));
    assert.deepEqual(missing, [], 'files with release-stable names that the caching section does not name');
  });
});
