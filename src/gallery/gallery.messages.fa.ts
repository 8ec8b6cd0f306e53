import { formatNumber, plural } from '../core/i18n/format.js';
import type { GalleryMessages } from './gallery.messages.js';
import { PERSIAN, typeset } from '../core/i18n/typography.js';

const digits = (value: number) => formatNumber('fa', value);

export const fa: GalleryMessages = typeset(PERSIAN, {
  filterLabel: 'فیلتر نتایج بر اساس درمان',
  allTreatments: 'همه',
  caseCount: (count) => plural('fa', count, '# نمونه', '# نمونه'),
  showing: (count) => `نمایش ${plural('fa', count, '# نمونه', '# نمونه')}`,
  before: 'قبل',
  after: 'بعد',
  enlarge: (title) => `نمایش بزرگ‌تر: ${title}`,
  sessions: (count) => plural('fa', count, '# جلسه', '# جلسه'),
  timeSince: (duration) => `${duration} پس از درمان`,
  photoDate: (date) => `عکس‌های ${date}`,
  unretouched: 'بدون روتوش',
  illustration: 'تصویرسازی',
  illustrationsOnly: 'این تصاویر تصویرسازی هستند، نه عکس بیماران. نتایج در افراد مختلف متفاوت است.',
  someIllustrations:
    'تصاویری که با «تصویرسازی» مشخص شده‌اند عکس بیماران نیستند. نتایج در افراد مختلف متفاوت است؛ عکس‌های بیماران نتایج واقعی را نشان می‌دهند و تضمینی نیستند.',
  sensitive: 'عکس حساس',
  unavailable: 'عکس در دسترس نیست',
  previous: 'نمونهٔ قبلی',
  next: 'نمونهٔ بعدی',
  position: (index, total) => `نمونهٔ ${digits(index)} از ${digits(total)}`,
  empty: 'هنوز نمونهٔ قبل و بعدی برای نمایش وجود ندارد.',
  resultsHeading: 'نتایج',
  book: 'رزرو جلسهٔ مشاوره',
});
