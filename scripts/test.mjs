#!/usr/bin/env node
// The test commands, each working on a fresh clone with nothing built:
// - `npm test`: the browser tests (@web/test-runner) in Chromium, Firefox ESR and WebKit, then the
//   date tests again in Firefox and WebKit under other real time zones, then the Node tests of the
//   repo's own scripts (test/scripts/). It writes the one file they read, the custom-elements manifest.
// - `npm run test:e2e`: builds dist/ and storybook-static/ afresh (so no suite reads an older
//   build; `--built` uses the build CI made a moment before), then runs the end-to-end suites
//   (test/e2e/**/*.e2e.mjs: node:test + playwright-core against the built files on pages served
//   with real headers, strict CSP, hostile themes, a real WordPress), after the browser tests of
//   the built files in every engine (test/e2e/built/*.built.ts: the privacy promise).
// - `npm run test:all`: both.
// The last line printed is "N passed, N failed, N skipped"; the exit code is 1 on any failure.
// Environment: BROWSERS=chromium,firefox,webkit  TEST_FILES=glob,glob (browser tests only)
// E2E_FILES=word,word (only the suites whose path contains a word)
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DATE_TEST_ZONES } from '../test/plugins/zones.mjs';

const browsers = (process.env.BROWSERS ?? 'chromium,firefox,webkit').split(',');
const flags = new Set(process.argv.slice(2).filter((arg) => ['--e2e', '--all', '--built'].includes(arg)));
const extraArgs = process.argv.slice(2).filter((arg) => !flags.has(arg));
const watch = extraArgs.includes('--watch');
const unitTests = !flags.has('--e2e');
const endToEnd = flags.has('--e2e') || flags.has('--all');
const totals = { passed: 0, failed: 0, skipped: 0 };
const failures = []; // named again just before the last line, where CI's log tail shows them
const started = Date.now();
const seconds = () => `${((Date.now() - started) / 1000).toFixed(0)} s`;

function fail(reason) {
  totals.failed += 1;
  failures.push(reason);
}

function finish() {
  if (failures.length) {
    console.log(`\nFailed (${failures.length}):`);
    for (const failure of failures) console.log(`  ✗ ${failure}`);
  }
  console.log(`\nThe tests took ${seconds()}.`);
  console.log(`${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
  process.exit(totals.failed > 0 ? 1 : 0);
}

const children = new Set();
process.on('SIGINT', () => {
  for (const child of children) child.kill('SIGINT');
});

/**
 * Runs a command. `capture` keeps its output (stdout and stderr, in order) instead of showing it;
 * `stream` keeps its stdout and shows it line by line, leaving out the lines `stream` matches.
 */
function run(command, args, { env = process.env, capture = false, stream } = {}) {
  return new Promise((resolve) => {
    const stdio = capture ? ['ignore', 'pipe', 'pipe'] : stream ? ['ignore', 'pipe', 'inherit'] : 'inherit';
    const child = spawn(command, args, { env, stdio });
    children.add(child);
    let output = '';
    let line = '';
    for (const pipe of [child.stdout, child.stderr]) pipe?.on('data', (chunk) => (output += chunk));
    if (stream)
      child.stdout.on('data', (chunk) => {
        const lines = (line + chunk).split('\n');
        line = lines.pop();
        for (const text of lines) if (!stream.test(text)) process.stdout.write(`${text}\n`);
      });
    child.on('exit', (code) => {
      children.delete(child);
      resolve({ code: code ?? 1, output });
    });
  });
}

/** node:test's own summary lines, left out so that the combined line stays last. */
const TAP_SUMMARY = /^# (pass|fail|skipped|tests|suites|cancelled|todo|duration_ms)/;

// The browser tests.

function freePort() {
  return new Promise((resolve) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function waitForPort(port, timeoutMs) {
  const open = () =>
    new Promise((resolve) => {
      const socket = net.connect(port, '127.0.0.1', () => {
        socket.end();
        resolve(true);
      });
      socket.on('error', () => resolve(false));
    });
  for (const start = Date.now(); Date.now() - start < timeoutMs;) {
    if (await open()) return true;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return false;
}

/** A test file that never reported in one engine: its browser or driver stopped answering (count-reporter.mjs). */
const HUNG = /^\[(Chrome|Firefox|MiniBrowser)\] (\S+): did not run — Browser tests did not finish/;
const ENGINE = { Chrome: 'chromium', Firefox: 'firefox', MiniBrowser: 'webkit' };

/**
 * One run of @web/test-runner: every test file in every engine, or (with `zone`) the date tests in
 * Firefox and WebKit started under that real TZ (Chromium emulates zones within the first pass),
 * or (with `files`) those files in every engine (the tests of the built files).
 * WebKitGTK's MiniBrowser has no headless mode, so its WebDriver runs under Xvfb for the pass.
 * `again` ({ engine, file }) runs one file alone in one engine: one whose run that engine left unfinished.
 */
async function browserPass({ zone, again, files } = {}, retried = false) {
  const label = zone ? `TZ=${zone}` : again ? `${again.file} again in ${again.engine}` : (files ?? 'all tests');
  const engines = again ? [again.engine] : browsers;
  const countFile = join(mkdtempSync(join(tmpdir(), 'blush-test-')), 'counts.json');
  const env = {
    ...process.env,
    BROWSERS: engines.join(','),
    ...(again || files ? { TEST_FILES: again?.file ?? files } : {}),
    ...(zone ? { BLUSH_TEST_ZONE: zone } : {}),
    ...(watch ? {} : { BLUSH_COUNT_FILE: countFile }),
  };
  let driver;
  if (engines.includes('webkit')) {
    const port = await freePort();
    driver = spawn('xvfb-run', ['-a', 'WebKitWebDriver', `--port=${port}`], {
      detached: true,
      stdio: 'ignore',
      env: zone ? { ...process.env, TZ: zone } : process.env,
    });
    if (!(await waitForPort(port, 20_000))) {
      process.kill(-driver.pid, 'SIGTERM');
      return fail(`WebKitWebDriver did not start (${label})`);
    }
    env.WEBKIT_DRIVER_PORT = String(port);
  }
  const { code } = await run(process.execPath, ['node_modules/@web/test-runner/dist/bin.js', ...extraArgs], { env });
  if (driver) {
    try {
      process.kill(-driver.pid, 'SIGTERM');
    } catch {
      /* already gone */
    }
  }
  if (watch) process.exit(code);
  let failed = 0;
  let hung = [];
  if (existsSync(countFile)) {
    const counts = JSON.parse(readFileSync(countFile, 'utf8'));
    // On a busy two-core machine with three engines at once, WebKitWebDriver has now and then
    // stopped answering in the middle of a file, and once Chromium's page did (it reported nothing
    // for 300 s): the file then reports nothing, which is not a result of its tests. Such a file (of
    // the main pass) runs once more, alone, in that engine, and that run's results count instead;
    // it is named here, so a file that keeps doing it shows. A file that fails or hangs again counts
    // as failed.
    const hungIn = (failure) => {
      const [, engine, file] = failure.match(HUNG) ?? [];
      return engine && { engine: ENGINE[engine], file, line: failure };
    };
    if (!zone && !again) hung = counts.failures.map(hungIn).filter(Boolean);
    counts.failed -= hung.length;
    counts.failures = counts.failures.filter((failure) => !hung.some((entry) => entry.line === failure));
    for (const key of Object.keys(totals)) totals[key] += counts[key];
    failures.push(...counts.failures.map((failure) => (zone ? `${failure} (TZ=${zone})` : failure)));
    failed = counts.failed;
  }
  // A runner that died before it reported anything (seen once in a time-zone pass on a busy
  // machine, with no error printed) has counted nothing, so the whole pass runs once more.
  if (code !== 0 && !existsSync(countFile) && !retried) {
    console.log(`\n@web/test-runner stopped without reporting (${label}); running that pass once more:`);
    return browserPass({ zone, again, files }, true);
  }
  if (code !== 0 && failed === 0 && !hung.length) fail(`@web/test-runner exited with code ${code} without a failing test (${label})`);
  for (const entry of hung) {
    console.log(
      `\n${entry.file} reported nothing in ${entry.engine} (its browser or driver stopped answering); running it again, alone, there:`,
    );
    await browserPass({ again: entry });
  }
}

async function browserTests() {
  await browserPass();
  if (process.env.TEST_FILES || !(browsers.includes('firefox') || browsers.includes('webkit'))) return;
  for (const zone of DATE_TEST_ZONES) {
    console.log(`\nThe date tests again in Firefox and WebKit under TZ=${zone}:`);
    await browserPass({ zone });
  }
}

// The end-to-end suites, against what they test as built now.

/** E2E_FILES=word,word: only the end-to-end files whose path holds one of the words. */
const wanted = (file) => !process.env.E2E_FILES || process.env.E2E_FILES.split(',').some((word) => file.includes(word));

/** test/e2e/**\/*.e2e.mjs, the WordPress suites first: each starts a site, the longest part of the track. */
function e2eFiles() {
  const found = readdirSync('test/e2e', { recursive: true })
    .filter((file) => file.endsWith('.e2e.mjs'))
    .map((file) => `test/e2e/${file}`)
    .filter(wanted);
  return found.sort((a, b) => Number(b.includes('wordpress')) - Number(a.includes('wordpress')) || a.localeCompare(b));
}

/** One of node:test's TAP totals (`# pass 12`), 0 when absent. */
const tapTotal = (output, name) => Number(output.match(new RegExp(`^# ${name} (\\d+)$`, 'm'))?.[1] ?? 0);

/** The tests TAP reports failed: a suite with a failing test is "not ok" too, so only the tests are named. */
const tapFailures = (output) =>
  [...output.matchAll(/^\s*not ok \d+ - (.*)$\n((?:.*\n)*?)\s*\.\.\.$/gm)]
    .filter((match) => !/failureType: 'subtestsFailed'|type: 'suite'/.test(match[2]))
    .map((match) => match[1]);

/** Adds node:test's TAP counts to the totals and names each failed test. */
function countTap(output, status, label) {
  const read = (name) => tapTotal(output, name);
  totals.passed += read('pass');
  totals.failed += read('fail') + read('cancelled');
  totals.skipped += read('skipped') + read('todo');
  for (const name of tapFailures(output)) failures.push(`[${label}] ${name}`);
  if (status !== 0 && read('fail') + read('cancelled') === 0) fail(`the ${label} run exited with code ${status} without a failing test`);
}

/** The Node tests of the repo's own scripts (test/scripts/*.test.mjs): the static server, the one element list. */
async function scriptTests() {
  const files = readdirSync('test/scripts')
    .filter((file) => file.endsWith('.test.mjs'))
    .map((file) => `test/scripts/${file}`);
  console.log(`\nNode tests of the scripts: ${files.join(', ')}`);
  const tap = await run(process.execPath, ['--test', '--test-reporter=tap', ...files], { stream: TAP_SUMMARY });
  countTap(tap.output, tap.code, 'scripts');
}

/** The plugin's PHP unit tests (test/wordpress/, Debian's phpunit), counted from their JUnit report. */
async function phpTests() {
  const report = join(mkdtempSync(join(tmpdir(), 'blush-php-')), 'junit.xml');
  console.log('\nPHP unit tests of the WordPress plugin (test/wordpress/):');
  const { code } = await run('phpunit', ['-c', 'test/wordpress/phpunit.xml', '--log-junit', report]);
  const suite = existsSync(report) ? (readFileSync(report, 'utf8').match(/<testsuite [^>]*>/)?.[0] ?? '') : '';
  const count = (name) => Number(suite.match(new RegExp(`\\b${name}="(\\d+)"`))?.[1] ?? 0);
  const failed = count('failures') + count('errors');
  totals.passed += count('tests') - failed - count('skipped');
  totals.failed += failed;
  totals.skipped += count('skipped');
  if (failed) failures.push(`[php] ${failed} PHPUnit test(s) failed (above)`);
  if (code !== 0 && !failed) fail(`phpunit exited with code ${code} without a failing test`);
}

async function endToEndTests() {
  const files = e2eFiles();
  const builds = [
    ['dist/ (npm run build)', process.execPath, ['scripts/build.mjs'], 'dist/cdn/blush-widgets.js'],
    ['storybook-static/ (npm run build-storybook)', 'npm', ['run', '--silent', 'build-storybook'], 'storybook-static/index.json'],
  ];
  for (const [what, command, args, made] of builds) {
    if (flags.has('--built') && existsSync(made)) continue;
    console.log(`\nBuilding ${what} for the end-to-end suites…`);
    const built = await run(command, args, { capture: true });
    if (built.code !== 0) {
      process.stdout.write(built.output);
      return fail(`building ${what} for the end-to-end suites`);
    }
  }
  // The privacy promise over the built files, in Chromium, Firefox and WebKit: the one end-to-end
  // check in @web/test-runner, since Playwright drives only Chromium among Debian's browsers.
  if (wanted(BUILT_TESTS)) {
    console.log(`\nThe built files in every engine: ${BUILT_TESTS}`);
    await browserPass({ files: BUILT_TESTS });
  }
  await phpTests();
  // With no file named, node --test would look for tests everywhere: none chosen runs none.
  if (!files.length) return;
  console.log(`\nEnd-to-end suites (two at a time): ${files.join(', ')}`);
  const tap = await run(process.execPath, ['--test', '--test-concurrency=2', '--test-reporter=tap', ...files], { stream: TAP_SUMMARY });
  countTap(tap.output, tap.code, 'e2e');
  // The WordPress suites that author and render with the block editor, again on the newest
  // WordPress reachable here (test/e2e/wordpress/cores.mjs); the rest run on Debian's 6.1 only.
  const newest = files.filter((file) => NEWEST_WORDPRESS.some((name) => file.endsWith(`wordpress/${name}.e2e.mjs`)));
  if (newest.length && !process.env.BLUSH_WP_CORE) {
    console.log(`\nThe same on WordPress 6.5: ${newest.join(', ')}`);
    const again = await run(process.execPath, ['--test', '--test-concurrency=2', '--test-reporter=tap', ...newest], {
      stream: TAP_SUMMARY,
      env: { ...process.env, BLUSH_WP_CORE: '6.5' },
    });
    countTap(again.output, again.code, 'e2e, WordPress 6.5');
    // The canary: the same suites on the package's WordPress nightly (6.7-alpha). Reported on a
    // line of its own and left out of the totals: a nightly may break before its release does.
    console.log(`\nCanary, the WordPress 6.7 nightly (reported, not counted): ${newest.join(', ')}`);
    const canary = await run(process.execPath, ['--test', '--test-concurrency=2', '--test-reporter=tap', ...newest], {
      stream: TAP_SUMMARY,
      env: { ...process.env, BLUSH_WP_CORE: 'nightly' },
    });
    const read = (name) => tapTotal(canary.output, name);
    const broken = tapFailures(canary.output);
    // A run that stopped before reporting says so, rather than reading "0 passed, 0 failed".
    if (canary.code !== 0 && !broken.length) broken.push(`the run exited with code ${canary.code}`);
    console.log(
      `canary, WordPress 6.7 nightly: ${read('pass')} passed, ${read('fail') + read('cancelled')} failed${broken.length ? `\n  ${broken.join('\n  ')}` : ''}`,
    );
  }
}

/** Browser tests of dist/ (test/e2e/built/): run after the build, not by `npm test`. */
const BUILT_TESTS = 'test/e2e/built/*.built.ts';

/** The WordPress suites that also run on WordPress 6.5. */
const NEWEST_WORDPRESS = ['editor', 'results', 'phpunit', 'pages', 'first-run'];

if (unitTests) {
  // What the browser tests read: the custom-elements manifest (the builder's fields come from it).
  // Written every run, in about 2 s, so it always describes the source being tested.
  const analyzed = await run(process.execPath, ['node_modules/@custom-elements-manifest/analyzer/cem.js', 'analyze', '--quiet']);
  if (analyzed.code !== 0) fail('the custom-elements manifest could not be generated (cem analyze)');
  if (
    browsers.includes('webkit') &&
    (!existsSync('/usr/bin/WebKitWebDriver') || (await run('sh', ['-c', 'command -v xvfb-run'], { capture: true })).code !== 0)
  ) {
    fail('WebKit needs WebKitWebDriver and xvfb-run: apt-get install -y webkit2gtk-driver xvfb (or set BROWSERS=chromium,firefox)');
  } else {
    await browserTests();
  }
  if (!process.env.TEST_FILES) await scriptTests();
}
if (endToEnd) await endToEndTests();
finish();
