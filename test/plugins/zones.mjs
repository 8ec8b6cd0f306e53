// Firefox and WebKit cannot emulate a time zone from a test (Chromium does, over CDP), so
// scripts/test.mjs and web-test-runner.config.mjs run the date tests once more in each of them,
// started under these real TZs: 14 hours ahead of UTC, and a zone with daylight saving time.
export const DATE_TEST_ZONES = ['Pacific/Kiritimati', 'America/Los_Angeles'];
// Only the files whose answers depend on the calendar date where the visitor is.
export const DATE_TEST_FILES = [
  'test/core/dates.test.ts',
  'test/next-due/next-due.model.test.ts',
  'test/next-due/next-due.test.ts',
  'test/next-due/next-due.i18n.test.ts',
  'test/next-due/next-due.ics.test.ts',
];
