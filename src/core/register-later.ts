// Imported first by the all-in-one file (blush-widgets.ts): its elements all register in tasks
// of their own, the first one included (core/define.ts).
import { registerLater } from './define.js';
import { formatNumber } from './i18n/format.js';

registerLater();

// The first number or date format on a page loads the browser's locale data: one call that no
// script can split (about 15 ms, 60 ms on a slow phone), which would otherwise fall in the first
// render of the first element that shows a number. Here it is a task of its own, before them.
setTimeout(() => formatNumber('en', 0));
