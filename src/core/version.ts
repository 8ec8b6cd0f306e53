/** Replaced at build with package.json's version (`define` in vite.config.ts, and in the test runner's config). */
declare const __BLUSH_VERSION__: string;

/** Package version: `define()` uses it to tell two loaded copies apart. */
export const VERSION: string = __BLUSH_VERSION__;
