import { formatNumber } from '../core/i18n/format.js';
import type { NextDueMessages } from './next-due.messages.js';
import { count, type UnitForms } from './next-due.units.js';
import { PERSIAN, typeset } from '../core/i18n/typography.js';

const forms: UnitForms = { day: { other: 'روز' }, week: { other: 'هفته' }, month: { other: 'ماه' } };

export const fa: NextDueMessages = typeset(PERSIAN, {
  treatment: 'درمان',
  lastDate: 'تاریخ آخرین درمان شما',
  lastDateHint: 'آن را در رسید یا ایمیل تأیید خود پیدا می‌کنید.',
  remember: 'تاریخ من را در این دستگاه به خاطر بسپار',
  rememberHint: 'فقط در همین مرورگر نگه داشته می‌شود؛ چیزی برای کلینیک فرستاده نمی‌شود.',
  forget: 'فراموش کردن تاریخ من',
  forgotten: 'تاریخ شما دیگر در این دستگاه ذخیره نیست.',
  empty: 'تاریخ آخرین درمان خود را وارد کنید تا ببینید نوبت بعدی کی است.',
  invalid: 'این تاریخ در تقویم وجود ندارد. لطفاً روز و ماه را بررسی کنید.',
  future: 'این تاریخ در آینده است. لطفاً تاریخ آخرین درمان خود را وارد کنید.',
  chooseTreatment: 'یک درمان را انتخاب کنید تا ببینید نوبت بعدی کی است.',
  dueIn: (value, unit) => `نوبت بعدی: ${count(forms, 'fa', value, unit)} دیگر`,
  dueNow: 'اکنون نوبت شماست',
  overdueBy: (value, unit) => `${count(forms, 'fa', value, unit)} از موعد گذشته است`,
  windowHeading: (treatment) => `درمان بعدی ${treatment} شما`,
  labelled: (label, value) => `${label}: ${value}`,
  announcement: (heading, status, range) => `${heading}: ${status}، ${range}.`,
  range: (earliest, latest) => `از ${earliest} تا ${latest}`,
  typical: (treatment, shortest, longest) =>
    shortest === longest
      ? `نتایج ${treatment} معمولاً حدود ${count(forms, 'fa', shortest, 'month')} می‌ماند.`
      : `نتایج ${treatment} معمولاً ${formatNumber('fa', shortest)} تا ${count(forms, 'fa', longest, 'month')} می‌ماند.`,
  minInterval: (value, unit) => `بروشور محصول دست‌کم ${count(forms, 'fa', value, unit)} فاصله میان دو درمان را توصیه می‌کند.`,
  timeline: 'گاه‌شمار',
  lastVisit: 'آخرین درمان',
  nextWindow: 'بازهٔ بعدی',
  today: 'امروز',
  addToCalendar: 'افزودن یادآور به تقویم شما',
  ics: 'اپل یا اوت‌لوک (.ics)',
  google: 'تقویم گوگل',
  outlook: 'Outlook.com',
  ms365: 'مایکروسافت ۳۶۵',
  newTab: '(در زبانهٔ تازه باز می‌شود)',
  inAppHelp: (app) =>
    `مرورگر داخلی ${app} نمی‌تواند یادآور تقویم ذخیره کند. این صفحه را در مرورگر گوشی خود باز کنید (در منوی •••، «باز کردن در مرورگر» را بزنید) تا یادآور بیفزایید، یا تاریخ‌های بالا را یادداشت کنید.`,
  safariForApple: 'برای تقویم اپل، این صفحه را در سافاری باز کنید: این مرورگر نمی‌تواند یادآور را به آن بدهد.',
  copyLink: 'کپی پیوند این صفحه',
  linkCopied: 'پیوند کپی شد. آن را در سافاری، کروم یا مرورگری دیگر بچسبانید.',
  copyByHand: 'نشانی این صفحه، برای کپی در مرورگر شما',
  book: 'رزرو نوبت بعدی',
  requestAppointment: 'درخواست نوبت',
  eventTitle: (treatment) => `موعد درمان بعدی ${treatment}`,
  eventDetails: (treatment, range) => `موعد درمان بعدی ${treatment} شما ${range} است. با کلینیک خود نوبت بگیرید.`,
  alarm: (treatment) => `وقت رزرو درمان بعدی ${treatment} است`,
  disclaimer: 'یک بازهٔ معمول است، نه توصیهٔ پزشکی: پزشک تزریق‌کنندهٔ شما زمان مناسب را تأیید می‌کند.',
});
