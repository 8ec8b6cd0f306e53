import type { Translation } from './registry.js';
import { PERSIAN, typeset } from './typography.js';

/** Shared words in Persian (right to left), with the catalog's treatment names. */
export const fa: Translation['common'] = typeset(PERSIAN, {
  loading: 'در حال بارگذاری…',
  contentUnavailable: 'این محتوا بارگذاری نشد. لطفاً صفحه را دوباره بارگذاری کنید یا با کلینیک تماس بگیرید.',
  close: 'بستن',
  resultsVary: 'نتایج در افراد مختلف متفاوت است. عکس‌ها نتایج واقعی بیماران را نشان می‌دهند و تضمینی نیستند.',
  treatments: {
    botox: 'بوتاکس®',
    dysport: 'دیسپورت®',
    xeomin: 'زیومین®',
    jeuveau: 'ژوو®',
    daxxify: 'دکسیفای®',
    'filler-lips': 'تزریق ژل لب',
    'filler-cheeks': 'تزریق ژل گونه',
    'filler-under-eye': 'تزریق ژل زیر چشم',
    'filler-smile-lines': 'تزریق ژل خط خنده',
    'filler-jawline': 'تزریق ژل خط فک و چانه',
    sculptra: 'اسکالپترا®',
    radiesse: 'رادیس®',
    'chemical-peel': 'لایه‌برداری شیمیایی',
    microneedling: 'میکرونیدلینگ',
    hydrafacial: 'هیدروفیشیال®',
    'laser-hair-removal': 'لیزر موهای زائد',
    kybella: 'کایبلا®',
  },
});
