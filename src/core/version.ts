/** Package version, kept equal to package.json by `npm run version` (a test checks it). */
export const VERSION = '0.1.0';
