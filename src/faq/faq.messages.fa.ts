import { plural } from '../core/i18n/format.js';
import type { FaqMessages, SearchMessages } from './faq.messages.js';
import { PERSIAN, typeset } from '../core/i18n/typography.js';

export const fa: FaqMessages & SearchMessages = typeset(PERSIAN, {
  searchLabel: 'جستجو در پرسش‌ها',
  searchPlaceholder: 'جستجو، مثلاً «عوارض جانبی»',
  matches: (count, locale) => plural(locale, count, '# پرسش پیدا شد', '# پرسش پیدا شد'),
  noMatches: (query) => `هیچ پرسشی با «${query}» مطابقت ندارد.`,
  noMatchesHint: 'واژهٔ کوتاه‌تری را امتحان کنید یا مستقیماً از ما بپرسید: با کمال میل پاسخ می‌دهیم.',
  askUs: 'در جلسهٔ مشاوره از ما بپرسید',
  expandAll: 'باز کردن همه',
  collapseAll: 'بستن همه',
  copyLink: (question) => `کپی پیوند «${question}»`,
  copyLinkShort: 'کپی پیوند',
  linkCopied: 'پیوند کپی شد',
  linkInAddressBar: 'پیوند در نوار نشانی است',
  bookConsultation: 'رزرو جلسهٔ مشاوره',
  sourceLabel: 'منبع',
  reviewed: (date) => `بازبینی‌شده در ${date}`,
  empty: 'هنوز پرسشی اضافه نشده است.',
  unavailable: 'این پرسش‌ها بارگذاری نشدند. لطفاً صفحه را دوباره بارگذاری کنید یا با کلینیک تماس بگیرید.',
});
