// One element list: scripts/elements.mjs. The builds, sizes, bench and framework types read it; the
// loader, the all-elements entry, package.json's exports, each element's own entry, the manifest and
// the WordPress plugin's tag list are checked against it here, so adding an element in one place and
// not the others fails CI. Plain file reads: no browser.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { ELEMENTS } from '../../scripts/elements.mjs';

const read = (path) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');
const tags = ELEMENTS.map(({ tag }) => tag).sort();
const dirs = ELEMENTS.map(({ dir }) => dir).sort();

describe('one element list', () => {
  it('the loader maps each tag to its own entry, and nothing else', () => {
    const entries = [...read('src/loader.ts').matchAll(/'(blush-[a-z-]+)': \(\) => import\('\.\/([a-z-]+)\/index\.js'\)/g)];
    assert.deepEqual(entries.map(([, tag]) => tag).sort(), tags);
    for (const [, tag, dir] of entries) assert.equal(ELEMENTS.find((element) => element.tag === tag)?.dir, dir, `${tag} loads ./${dir}/`);
  });

  it('the all-elements entry exports each element', () => {
    const exported = [...read('src/index.ts').matchAll(/export \* from '\.\/([a-z-]+)\/index\.js'/g)]
      .map(([, dir]) => dir)
      .filter((dir) => dir !== 'core');
    assert.deepEqual(exported.sort(), dirs);
  });

  it("package.json's exports have one entry per element", () => {
    const { exports } = JSON.parse(read('package.json'));
    const elementKeys = Object.keys(exports).filter(
      (key) => /^\.\/[a-z-]+$/.test(key) && existsSync(new URL(`../../src/${key.slice(2)}/index.ts`, import.meta.url)) && key !== './core',
    );
    assert.deepEqual(elementKeys.map((key) => key.slice(2)).sort(), dirs);
    for (const dir of dirs) assert.deepEqual(exports[`./${dir}`], { types: `./dist/${dir}/index.d.ts`, import: `./dist/${dir}/index.js` });
  });

  it('each element entry defines its tag and types it in HTMLElementTagNameMap', () => {
    for (const { tag, dir } of ELEMENTS) {
      const entry = read(`src/${dir}/index.ts`);
      assert.match(entry, new RegExp(`define\\('${tag}', `), `src/${dir}/index.ts defines ${tag}`);
      assert.match(entry, new RegExp(`'${tag}': `), `src/${dir}/index.ts types ${tag}`);
    }
  });

  it('the WordPress plugin has a shortcode, so an untexturized tag, for exactly these elements', () => {
    const list = read('wordpress/blush-widgets/includes/shortcodes.php').match(/function blush_widgets_shortcodes\(\) \{([^}]+)\}/)[1];
    assert.deepEqual([...list.matchAll(/'(blush_[a-z_]+)'\s*=>/g)].map(([, name]) => name.replace(/_/g, '-')).sort(), tags);
  });

  it('the manifest documents each element (npm test writes it first)', () => {
    const manifest = JSON.parse(read('custom-elements.json'));
    const documented = manifest.modules
      .flatMap((module) => module.declarations ?? [])
      .filter((declaration) => declaration.tagName)
      .map((declaration) => declaration.tagName);
    assert.deepEqual([...new Set(documented)].sort(), tags);
  });
});
