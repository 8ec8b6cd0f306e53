// What a Vue 3 app's templates are checked against with `import type {} from 'blush-widgets/types/vue'`
// (vue-tsc reads InstanceType<GlobalComponents[tag]>['$props']): these compile, and each line
// marked @ts-expect-error is refused. Compiled by test/e2e/framework-types.e2e.mjs; zero errors is a pass.
import type {} from 'blush-widgets/types/vue';
import { h, type GlobalComponents } from 'vue';

type Props<K extends keyof GlobalComponents> = InstanceType<GlobalComponents[K]>['$props'];

// literal union (theme), boolean, number
export const faq: Props<'blush-faq'> = { pack: 'botox', searchable: true, 'heading-level': 2, theme: 'dark', single: true };
export const ba: Props<'blush-before-after'> = {
  before: 'a.jpg',
  after: 'b.jpg',
  value: 40,
  orientation: 'vertical',
  view: 'side-by-side',
  'no-labels': true,
};
export const form: Props<'blush-consult-form'> = {
  action: 'https://x',
  hide: 'phone sms',
  encoding: 'form',
  timeout: 8000,
  retries: 2,
  draft: true,
};
export const due: Props<'blush-next-due'> = { treatment: 'botox', 'reminder-days': 14, 'last-date': '2025-01-31' };
export const gallery: Props<'blush-gallery'> = { src: 'cases.json', 'url-param': 'case', 'aspect-ratio': '4/5' };
// render functions see the same types through h()
export const vnode = h(null! as GlobalComponents['blush-faq'], { pack: 'botox', searchable: true });

// @ts-expect-error misspelled attribute
export const w1: Props<'blush-faq'> = { serchable: true };
// @ts-expect-error value outside the literal union
export const w2: Props<'blush-before-after'> = { orientation: 'diagonal' };
// @ts-expect-error number where only a string-literal union is allowed
export const w3: Props<'blush-before-after'> = { view: 2 };
// @ts-expect-error string where a number is expected
export const w4: Props<'blush-next-due'> = { 'reminder-days': '14' };
// @ts-expect-error string where a boolean is expected (attribute without a field in the manifest)
export const w5: Props<'blush-faq'> = { analytics: 'yes' };
// @ts-expect-error element property with the wrong type
export const w6: Props<'blush-gallery'> = { cases: 'cases.json' };
// @ts-expect-error read-only getter is not a settable prop
export const w7: Props<'blush-next-due'> = { due: null };
// @ts-expect-error h() with a value outside the literal union
export const w8 = h(null! as GlobalComponents['blush-before-after'], { orientation: 'diagonal' });
