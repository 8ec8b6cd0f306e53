#!/usr/bin/env node
// `npm test`: the browser tests (@web/test-runner in Chromium, Firefox ESR and WebKit), then the
// end-to-end suites in test/e2e/ (node:test + playwright-core against pages served with real
// headers: strict CSP, hostile themes, WordPress). WebKitGTK's MiniBrowser has no headless mode,
// so its WebDriver runs under Xvfb for the length of the run.
// The last line printed is "N passed, N failed, N skipped" over both; the exit code is 1 on any failure.
// Environment: BROWSERS=chromium,firefox,webkit  TEST_FILES=glob,glob  E2E=0 skips the e2e suites.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DATE_TEST_ZONES } from '../test/plugins/zones.mjs';

const browsers = (process.env.BROWSERS ?? 'chromium,firefox,webkit').split(',');
const extraArgs = process.argv.slice(2);
const watch = extraArgs.includes('--watch');
const totals = { passed: 0, failed: 0, skipped: 0 };
const failures = []; // named again just before the last line, where CI's log tail shows them

function freePort() {
  return new Promise((resolve) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function waitForPort(port, timeoutMs) {
  const start = Date.now();
  while (Date.now() - start < timeoutMs) {
    const open = await new Promise((resolve) => {
      const socket = net.connect(port, '127.0.0.1', () => {
        socket.end();
        resolve(true);
      });
      socket.on('error', () => resolve(false));
    });
    if (open) return true;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return false;
}

function finish() {
  if (failures.length) {
    console.log(`\nFailed (${failures.length}):`);
    for (const failure of failures) console.log(`  ✗ ${failure}`);
  }
  console.log(`${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
  process.exit(totals.failed > 0 ? 1 : 0);
}

function run(command, args, env) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { env, stdio: 'inherit' });
    process.on('SIGINT', () => child.kill('SIGINT'));
    child.on('exit', (code) => resolve(code ?? 1));
  });
}

// 1. Browser tests, in passes: every test file in every engine; then, once per zone of
// test/plugins/zones.mjs, the date tests again in Firefox and WebKit started under that real TZ
// (Chromium emulates zones within the first pass). One pass at a time keeps a 2-core machine at
// three browsers or fewer: with five at once, a MiniBrowser hung.
const drivers = [];
function stopDrivers() {
  for (const driver of drivers.splice(0)) {
    try {
      process.kill(-driver.pid, 'SIGTERM');
    } catch {
      /* already gone */
    }
  }
}
process.on('exit', stopDrivers);

async function browserPass(zone) {
  const label = zone ? `TZ=${zone}` : 'all tests';
  const countFile = join(mkdtempSync(join(tmpdir(), 'blush-test-')), 'counts.json');
  const env = {
    ...process.env,
    BROWSERS: browsers.join(','),
    ...(zone ? { BLUSH_TEST_ZONE: zone } : {}),
    ...(watch ? {} : { BLUSH_COUNT_FILE: countFile }),
  };
  if (browsers.includes('webkit')) {
    const port = await freePort();
    drivers.push(
      spawn('xvfb-run', ['-a', 'WebKitWebDriver', `--port=${port}`], {
        detached: true,
        stdio: 'ignore',
        env: zone ? { ...process.env, TZ: zone } : process.env,
      }),
    );
    if (!(await waitForPort(port, 20_000))) {
      totals.failed += 1;
      failures.push(`WebKitWebDriver did not start (${label})`);
      stopDrivers();
      return;
    }
    env.WEBKIT_DRIVER_PORT = String(port);
  }
  const code = await run(process.execPath, ['node_modules/@web/test-runner/dist/bin.js', ...extraArgs], env);
  stopDrivers();
  if (watch) process.exit(code);
  let failed = 0;
  if (existsSync(countFile)) {
    const counts = JSON.parse(readFileSync(countFile, 'utf8'));
    for (const key of Object.keys(totals)) totals[key] += counts[key];
    failures.push(...counts.failures.map((failure) => (zone ? `${failure} (TZ=${zone})` : failure)));
    failed = counts.failed;
  }
  if (code !== 0 && failed === 0) {
    totals.failed += 1; // the runner failed without a failing test
    failures.push(`@web/test-runner exited with code ${code} without a failing test (${label})`);
  }
}

if (
  browsers.includes('webkit') &&
  (!existsSync('/usr/bin/WebKitWebDriver') || spawnSync('sh', ['-c', 'command -v xvfb-run']).status !== 0)
) {
  console.error('WebKit needs WebKitWebDriver and xvfb-run: apt-get install -y webkit2gtk-driver xvfb (or set BROWSERS=chromium,firefox)');
  totals.failed += 1;
  finish();
}
await browserPass();
if (!process.env.TEST_FILES && (browsers.includes('firefox') || browsers.includes('webkit'))) {
  for (const zone of DATE_TEST_ZONES) {
    console.log(`\nThe date tests again in Firefox and WebKit under TZ=${zone}:`);
    await browserPass(zone);
  }
}

// 2. End-to-end suites, against the built CDN files.
const e2eFiles = existsSync('test/e2e')
  ? readdirSync('test/e2e')
      .filter((file) => file.endsWith('.e2e.mjs'))
      .sort()
  : [];
if (process.env.E2E !== '0' && !process.env.TEST_FILES && e2eFiles.length) {
  if (!existsSync('dist/cdn/blush-widgets.js')) {
    console.log('\nBuilding dist/ for the end-to-end suites…');
    if ((await run(process.execPath, ['scripts/build.mjs'], process.env)) !== 0) totals.failed += 1;
  }
  console.log(`\nEnd-to-end suites: ${e2eFiles.join(', ')}`);
  const child = spawnSync(
    process.execPath,
    ['--test', '--test-concurrency=1', '--test-reporter=tap', ...e2eFiles.map((file) => `test/e2e/${file}`)],
    {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit'],
      maxBuffer: 64 * 1024 * 1024,
    },
  );
  const output = child.stdout ?? '';
  // Keep the TAP output readable but let the combined line stay last.
  process.stdout.write(output.replace(/^# (pass|fail|skipped|tests|suites|cancelled|todo|duration_ms).*\n/gm, ''));
  const read = (name) => Number(output.match(new RegExp(`^# ${name} (\\d+)$`, 'm'))?.[1] ?? 0);
  totals.passed += read('pass');
  totals.failed += read('fail') + read('cancelled');
  totals.skipped += read('skipped') + read('todo');
  // TAP names a failure on its "not ok" line; the indentation shows the suite it belongs to.
  // A suite with a failing test is "not ok" too (failureType 'subtestsFailed'): name only the tests.
  for (const match of output.matchAll(/^\s*not ok \d+ - (.*)$\n((?:.*\n)*?)\s*\.\.\.$/gm)) {
    if (!/failureType: 'subtestsFailed'|type: 'suite'/.test(match[2])) failures.push(`[e2e] ${match[1]}`);
  }
  if (child.status !== 0 && read('fail') + read('cancelled') === 0) {
    totals.failed += 1;
    failures.push(`the end-to-end run exited with code ${child.status} without a failing test`);
  }
}

finish();
