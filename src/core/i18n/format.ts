/**
 * Number and plural formatting for every table of words. No state but a cache and no side
 * effects, so the all-in-one file's language add-ons (blush-widgets.fr.js) carry their own copy.
 */
// Building Intl objects is slow the first time (locale data); every element reuses them.
const formats = new Map<string, unknown>();

/** One shared `Intl` object per constructor, locale and options. */
export function intl<T>(Format: new (locale: string, options?: object) => T, locale: string, options?: object): T {
  const key = `${Format.name}|${locale}|${JSON.stringify(options)}`;
  let format = formats.get(key) as T | undefined;
  if (!format) formats.set(key, (format = new Format(locale, options)));
  return format;
}

/**
 * A number as `locale` writes it (Persian ۱۲, French 1 500, a percent, a unit): every number a
 * widget shows goes through here, so none is left in Latin digits on a Persian page.
 */
export function formatNumber(locale: string, value: number, options?: Intl.NumberFormatOptions): string {
  return intl(Intl.NumberFormat, locale, options).format(value);
}

/** `plural('fr', 2, '# séance', '# séances')` → "2 séances" (`#` is the count, in the locale's digits). */
export function plural(locale: string, count: number, one: string, other: string): string {
  return (intl(Intl.PluralRules, locale).select(count) === 'one' ? one : other).replace('#', formatNumber(locale, count));
}
