// The plugin's block-editor scripts (scripts/wordpress-editor.mjs): JSX bundled with WordPress's
// packages left to WordPress, and each script's packages written as script handles into its
// *.asset.php, as WordPress's dependency extraction does.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { assetDependencies, buildEditorScripts } from '../../scripts/wordpress-editor.mjs';

const source = new URL('../../wordpress/blush-widgets/editor', import.meta.url).pathname;
let out;
let built;
before(async () => {
  out = mkdtempSync(join(tmpdir(), 'blush-editor-'));
  built = await buildEditorScripts(source, out, ['blocks', 'result', 'settings']);
});
after(() => rmSync(out, { recursive: true, force: true }));

describe('block editor scripts', () => {
  it('name exactly the WordPress packages each imports, as script handles', () => {
    for (const handle of ['wp-blocks', 'wp-block-editor', 'wp-components', 'wp-data', 'wp-element', 'wp-i18n', 'wp-server-side-render'])
      assert.ok(built.blocks.includes(handle), `blocks.js needs ${handle}`);
    for (const handle of ['wp-plugins', 'wp-core-data', 'wp-editor', 'wp-edit-post', 'wp-i18n'])
      assert.ok(built.result.includes(handle), `result.js needs ${handle}`);
    assert.ok(!built.blocks.includes('wp-plugins'), 'blocks.js does not import @wordpress/plugins');
    assert.deepEqual(assetDependencies(join(out, 'blocks.asset.php')), built.blocks);
  });

  it('leave WordPress’s packages to WordPress: no bundled React, no module syntax', () => {
    for (const name of ['blocks', 'result']) {
      const code = readFileSync(join(out, `${name}.js`), 'utf8');
      assert.match(code, /window\.wp\.blocks|window\.wp\.plugins/);
      assert.doesNotMatch(code, /^import |\bexport \{|react-dom|__SECRET_INTERNALS/m);
      assert.ok(code.length < 40_000, `${name}.js is ${code.length} bytes`);
    }
  });

  it("bundle the settings page's contrast check from the widgets' own maths, needing only wp-i18n", () => {
    assert.deepEqual(built.settings, ['wp-i18n']);
    const code = readFileSync(join(out, 'settings.js'), 'utf8');
    assert.match(code, /wpColorPicker/);
    // The luminance weights of src/core/contrast.ts, bundled in, not a copy in the plugin's source.
    assert.match(code, /\.2126\*/);
    assert.doesNotMatch(code, /^import |\bexport \{/m);
  });

  it('version each script by its content, in a PHP file WordPress reads', () => {
    const asset = readFileSync(join(out, 'blocks.asset.php'), 'utf8');
    assert.match(asset, /^<\?php return array\( 'dependencies' => array\( 'wp-[^)]+ \), 'version' => '[0-9a-f]{20}' \);\n$/);
  });
});
