// The WordPress plugin's block-editor scripts (wordpress/blush-widgets/editor/*.jsx): JSX and
// ES imports of WordPress's packages, bundled by esbuild into build/<name>.js. As WordPress's
// dependency extraction does, every `@wordpress/x-y` import becomes WordPress's own global
// (`wp.xY`) and its script handle (`wp-x-y`), written with a content hash into
// build/<name>.asset.php, which the plugin reads when it registers the script: WordPress loads
// exactly the packages a script imports, and a changed script gets a new version.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';

/** `@wordpress/block-editor` → `blockEditor`. */
const globalName = (name) => name.replace(/-([a-z])/g, (_, letter) => letter.toUpperCase());

/** esbuild plugin: WordPress packages resolve to their globals; the handles they need are collected. */
function wordpressGlobals(handles) {
  return {
    name: 'wordpress-globals',
    setup(builder) {
      builder.onResolve({ filter: /^@wordpress\/[a-z0-9-]+$/ }, (args) => ({ path: args.path, namespace: 'wordpress-global' }));
      builder.onLoad({ filter: /.*/, namespace: 'wordpress-global' }, (args) => {
        const name = args.path.slice('@wordpress/'.length);
        handles.add(`wp-${name}`);
        return { contents: `module.exports = window.wp.${globalName(name)};`, loader: 'js' };
      });
    },
  };
}

const phpString = (text) => `'${String(text).replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;

/**
 * Builds each entry of `source` (a folder of .jsx files) into `out`.
 *
 * @param {string} source wordpress/blush-widgets/editor
 * @param {string} out    the plugin's build/ folder
 * @param {string[]} entries file names without `.jsx`
 * @returns {Promise<{ [name: string]: string[] }>} each script's WordPress handles
 */
export async function buildEditorScripts(source, out, entries) {
  mkdirSync(out, { recursive: true });
  const result = {};
  for (const entry of entries) {
    const handles = new Set();
    const built = await build({
      entryPoints: [join(source, `${entry}.jsx`)],
      bundle: true,
      write: false,
      format: 'iife',
      target: 'es2019',
      minify: true,
      legalComments: 'none',
      jsx: 'transform',
      jsxFactory: 'createElement',
      jsxFragment: 'Fragment',
      plugins: [wordpressGlobals(handles)],
      logLevel: 'error',
    });
    const code = built.outputFiles[0].text;
    writeFileSync(join(out, `${entry}.js`), code);
    const dependencies = [...handles].sort();
    const version = createHash('sha256').update(code).digest('hex').slice(0, 20);
    writeFileSync(
      join(out, `${entry}.asset.php`),
      `<?php return array( 'dependencies' => array( ${dependencies.map(phpString).join(', ')} ), 'version' => ${phpString(version)} );\n`,
    );
    result[entry] = dependencies;
  }
  return result;
}

/** The handles a built script's asset file names (for tests). */
export const assetDependencies = (file) => [...readFileSync(file, 'utf8').matchAll(/'(wp-[a-z0-9-]+)'/g)].map(([, handle]) => handle);
