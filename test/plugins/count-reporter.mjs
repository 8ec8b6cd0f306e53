import { writeFileSync } from 'node:fs';
import { relative } from 'node:path';

// Counts passed, failed and skipped tests, and names every failure, for scripts/test.mjs, which
// prints them last (CI shows the end of the log, so a failure must be visible there).
// A test file that failed to load (errors, no results) counts as one failed test.
function countSuite(suite, totals, where, path = []) {
  for (const test of suite.tests) {
    if (test.skipped) totals.skipped += 1;
    else if (test.passed) totals.passed += 1;
    else {
      totals.failed += 1;
      const message = test.error?.message ?? 'failed';
      totals.failures.push(`${where}: ${[...path, test.name].join(' › ')} — ${message.split('\n')[0]}`);
    }
  }
  for (const child of suite.suites) countSuite(child, totals, where, [...path, child.name]);
}

export function countReporter() {
  return {
    stop({ sessions }) {
      const totals = { passed: 0, failed: 0, skipped: 0, failures: [] };
      for (const session of sessions) {
        const where = `[${session.browser?.name ?? 'browser'}] ${relative(process.cwd(), session.testFile)}`;
        if (session.testResults) countSuite(session.testResults, totals, where);
        const hasResults = session.testResults && (session.testResults.tests.length || session.testResults.suites.length);
        if (!hasResults && (session.errors?.length || !session.passed)) {
          totals.failed += 1;
          totals.failures.push(`${where}: did not run — ${session.errors?.[0]?.message ?? 'no results'}`);
        }
      }
      // scripts/test.mjs adds the end-to-end suites' counts and prints the combined line itself.
      if (process.env.BLUSH_COUNT_FILE) {
        writeFileSync(process.env.BLUSH_COUNT_FILE, JSON.stringify(totals));
        return;
      }
      process.on('exit', () => {
        for (const failure of totals.failures) console.log(`✗ ${failure}`);
        console.log(`${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
      });
    },
  };
}
