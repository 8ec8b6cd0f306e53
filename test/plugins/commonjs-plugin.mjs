// Test libraries published only as CommonJS (no ES build of their own), bundled once by esbuild into
// an ES module the browser can import: `import FakeTimers from '@sinonjs/fake-timers'` then works in
// every engine. Its Node-only imports (util, timers) stay out: the library reaches them only under Node.
// Only for tests; nothing here ships.
import { build } from 'esbuild';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const PACKAGES = { '@sinonjs/fake-timers': '/__commonjs/fake-timers.js' };

export function commonjsPlugin() {
  const bundles = new Map();
  return {
    name: 'blush-commonjs',
    resolveImport({ source }) {
      return PACKAGES[source];
    },
    async serve(context) {
      const name = Object.keys(PACKAGES).find((key) => PACKAGES[key] === context.path);
      if (!name) return undefined;
      if (!bundles.has(name)) {
        const bundled = build({
          entryPoints: [require.resolve(name)],
          bundle: true,
          format: 'esm',
          platform: 'browser',
          write: false,
          logLevel: 'silent',
          external: ['util', 'timers'],
        });
        bundles.set(
          name,
          bundled.then((result) => result.outputFiles[0].text),
        );
      }
      return { body: await bundles.get(name), type: 'js' };
    },
  };
}
