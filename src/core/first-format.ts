// Imported first by the every-element entry (index.ts: the all-in-one file, the classic script,
// the package's main import), so its timer is queued before the timers that register the
// elements after the first (core/define.ts).
//
// The first number or date format on a page loads the browser's locale data: one call that no
// script can split (about 15 ms, 60–90 ms on a slow phone), which would otherwise fall in the
// first render of the first element that shows a number. On a page with such an element it runs
// here, in a task of its own; a page with only FAQs shows none as it starts and skips it.
import { formatNumber } from './i18n/format.js';

setTimeout(() => {
  if (document.querySelector('blush-before-after, blush-gallery, blush-consult-form, blush-next-due')) formatNumber('en', 0);
});
