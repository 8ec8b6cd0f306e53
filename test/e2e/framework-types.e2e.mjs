// The framework types (dist/types/, written by scripts/framework-types.mjs from the manifest) as a
// React 19, Preact, Solid or Vue 3 app meets them: test/types/ holds, per framework, uses that must
// compile (attributes of each type, typed events, the framework's own props) and uses that must be
// refused (a misspelt attribute, a value outside a union, a wrong type, a read-only property, a
// handler for another event). tsc reports an unused @ts-expect-error as an error, so zero errors
// means both held. The manifest ecosystem's generators were tried on the same files and were looser
// (README, "Framework types").
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { ROOT } from './helpers.mjs';

const tsc = join(ROOT, 'node_modules/typescript/bin/tsc');

describe('framework types, as an app uses them', () => {
  for (const framework of ['react', 'preact', 'solid', 'vue']) {
    it(`${framework}: the right uses compile and the wrong ones are refused`, () => {
      let output = '';
      try {
        execFileSync(process.execPath, [tsc, '-p', join(ROOT, `test/types/tsconfig.${framework}.json`)], { cwd: ROOT, encoding: 'utf8' });
      } catch (error) {
        output = `${error.stdout ?? ''}${error.stderr ?? ''}` || String(error);
      }
      assert.equal(output, '', output);
    });
  }
});
