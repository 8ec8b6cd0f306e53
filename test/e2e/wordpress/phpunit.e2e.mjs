// The plugin's PHPUnit tests that need WordPress itself (test/wordpress/integration/: the REST
// routes, the rate limiter, rendering, kses, blocks, results), run inside a real site: Debian's
// WordPress on MariaDB, started as every WordPress suite here starts it. Each PHPUnit test is
// reported as one test of this suite.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { startWordPress } from './site.mjs';

let site;
before(async () => {
  site = await startWordPress({ log: (line) => console.log(`# ${line}`) });
});
after(() => site?.stop());

describe('PHPUnit on a real WordPress (test/wordpress/integration/)', () => {
  it('every test passes', async (t) => {
    const folder = mkdtempSync(join(tmpdir(), 'blush-phpunit-'));
    const report = join(folder, 'junit.xml');
    const run = spawnSync('phpunit', ['-c', 'test/wordpress/integration/phpunit.xml', '--log-junit', report], {
      encoding: 'utf8',
      env: { ...process.env, BLUSH_WP_ROOT: site.core, BLUSH_WP_PORT: String(site.port), BLUSH_WP_CONFIG: `blush-e2e-${site.port}` },
    });
    let xml = '';
    try {
      xml = readFileSync(report, 'utf8');
    } catch {
      assert.fail(`phpunit wrote no report (exit ${run.status}):\n${run.stdout}\n${run.stderr}`);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
    const cases = [...xml.matchAll(/<testcase name="([^"]+)" class="([^"]+)"[^>]*?(\/>|>([\s\S]*?)<\/testcase>)/g)];
    assert.ok(cases.length >= 20, `only ${cases.length} PHPUnit tests ran:\n${run.stdout}`);
    for (const [, name, className, , body = ''] of cases)
      await t.test(`${className}: ${name.replace(/^test_/, '').replace(/_/g, ' ')}`, () => {
        const failure = body.match(/<(failure|error)[^>]*>([\s\S]*?)<\/\1>/);
        if (failure)
          assert.fail(
            failure[2]
              .replace(/&quot;/g, '"')
              .replace(/&#039;/g, "'")
              .replace(/&lt;/g, '<')
              .replace(/&gt;/g, '>')
              .replace(/&amp;/g, '&'),
          );
      });
    assert.equal(run.status, 0, `phpunit exited with ${run.status}:\n${run.stdout.slice(-3000)}`);
  });
});
