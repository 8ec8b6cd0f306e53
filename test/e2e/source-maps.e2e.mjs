// The CDN build's source maps lead back to the right line of our source, also below templates
// that the template minifier shortened (it returns its own map, which the build chains), in the
// chunks and in the one-file builds. Reads the
// built files (`npm run build` runs before the tests) with Node's own source-map reader.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { SourceMap } from 'node:module';
import { describe, it } from 'node:test';

const root = new URL('../../', import.meta.url);
const CHUNKS = new URL('dist/cdn/chunks/', root);

/** Where `text` sits in the built chunks: file, 0-based line and column. */
function findBuilt(text) {
  for (const file of readdirSync(CHUNKS).filter((name) => name.endsWith('.js'))) {
    const lines = readFileSync(new URL(file, CHUNKS), 'utf8').split('\n');
    const line = lines.findIndex((content) => content.includes(text));
    if (line >= 0) return { file, line, column: lines[line].indexOf(text) };
  }
  throw new Error(`"${text}" is in no built chunk`);
}

/** The 0-based line of `text` in a source file. */
function sourceLine(path, text) {
  const line = readFileSync(new URL(path, root), 'utf8')
    .split('\n')
    .findIndex((content) => content.includes(text));
  assert.ok(line >= 0, `"${text}" is in ${path}`);
  return line;
}

// Strings that sit below templates in their files, where a minifier without maps shifts lines.
const probes = [
  ['src/gallery/gallery.templates.ts', 'is not a ratio; use e.g.'],
  ['src/faq/faq.ts', 'has no questions; add <details>'],
  ['src/next-due/next-due.ts', 'message error'],
  ['src/consult-form/consult-form.ts', 'names an unknown field'],
];

describe('the one-file builds map back too', () => {
  for (const name of ['blush-widgets.js', 'blush-widgets.iife.js'])
    for (const [path, text] of probes)
      it(`${name}: "${text}" maps back to ${path}, on its line`, () => {
        const lines = readFileSync(new URL(`dist/cdn/${name}`, root), 'utf8').split('\n');
        const line = lines.findIndex((content) => content.includes(text));
        assert.ok(line >= 0, `"${text}" is in ${name}`);
        const map = new SourceMap(JSON.parse(readFileSync(new URL(`dist/cdn/${name}.map`, root), 'utf8')));
        const entry = map.findEntry(line, lines[line].indexOf(text));
        assert.ok(entry.originalSource?.endsWith(path), `${entry.originalSource} is ${path}`);
        assert.equal(entry.originalLine, sourceLine(path, text));
      });
});

describe('CDN source maps', () => {
  for (const [path, text] of probes) {
    it(`maps "${text}" back to ${path}, on its line`, (t) => {
      const built = findBuilt(text);
      const map = new SourceMap(JSON.parse(readFileSync(new URL(`${built.file}.map`, CHUNKS), 'utf8')));
      const entry = map.findEntry(built.line, built.column);
      assert.ok(entry.originalSource, 'the position has a mapping');
      assert.ok(entry.originalSource.endsWith(path), `${entry.originalSource} is ${path}`);
      assert.equal(entry.originalLine, sourceLine(path, text));
      t.diagnostic(`${built.file}:${built.line + 1}:${built.column + 1} → ${path}:${entry.originalLine + 1}`);
    });
  }
});
