// Every number a widget shows goes through one helper, formatNumber() in src/core/i18n/format.ts,
// so a Persian page never shows Latin digits that a widget formatted itself. This reads the
// source: a new `Intl.NumberFormat` or `toLocaleString()` outside that file fails here.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, it } from 'node:test';

const src = new URL('../../src/', import.meta.url).pathname;
const files = readdirSync(src, { recursive: true })
  .filter((file) => file.endsWith('.ts'))
  .map((file) => join(src, file));

describe('numbers', () => {
  it('are formatted only by formatNumber (src/core/i18n/format.ts)', () => {
    assert.ok(files.length > 50, 'the source was read');
    const found = files
      .filter((file) => !file.endsWith(join('core', 'i18n', 'format.ts')))
      .flatMap((file) =>
        readFileSync(file, 'utf8')
          .split('\n')
          .map((line, index) => [line, index])
          .filter(([line]) => /Intl\.NumberFormat|\.toLocaleString\(/.test(line))
          .map(([line, index]) => `${relative(src, file)}:${index + 1}: ${line.trim()}`),
      );
    assert.deepEqual(found, []);
  });
});
