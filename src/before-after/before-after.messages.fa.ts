import type { BeforeAfterMessages } from './before-after.messages.js';

export const fa: BeforeAfterMessages = {
  before: 'قبل',
  after: 'بعد',
  slider: 'مقایسهٔ قبل و بعد',
  missing: (side) => `${side}: عکس در دسترس نیست`,
  sideBySide: 'کنار هم',
  sensitive: 'این عکس‌ها یک ناحیهٔ درمان‌شدهٔ بدن را نشان می‌دهند.',
  reveal: 'نمایش عکس‌ها',
};
