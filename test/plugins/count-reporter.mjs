import { writeFileSync } from 'node:fs';

// Prints "N passed, N failed, N skipped" as the very last line, the count CI reads.
// A test file that failed to load (errors, no results) counts as one failed test.
function countSuite(suite, totals) {
  for (const test of suite.tests) {
    if (test.skipped) totals.skipped += 1;
    else if (test.passed) totals.passed += 1;
    else totals.failed += 1;
  }
  for (const child of suite.suites) countSuite(child, totals);
}

export function countReporter() {
  return {
    stop({ sessions }) {
      const totals = { passed: 0, failed: 0, skipped: 0 };
      for (const session of sessions) {
        if (session.testResults) countSuite(session.testResults, totals);
        const hasResults = session.testResults && (session.testResults.tests.length || session.testResults.suites.length);
        if (!hasResults && (session.errors?.length || !session.passed)) totals.failed += 1;
      }
      // scripts/test.mjs adds the end-to-end suites' counts and prints the combined line itself.
      if (process.env.BLUSH_COUNT_FILE) {
        writeFileSync(process.env.BLUSH_COUNT_FILE, JSON.stringify(totals));
        return;
      }
      process.on('exit', () => {
        console.log(`${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
      });
    },
  };
}
