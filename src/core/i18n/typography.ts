/**
 * Each language's typography, set by the translation layer rather than by hand in each string:
 * every shipped table of a language (its words, its packs) is passed through `typeset()` where it
 * is defined with its language's rules (only those travel with it), so whatever reads it (the elements, the builder, the WordPress plugin's build) gets
 * the same text:
 * - French: a no-break space before `:` and `»` and after `«`, a narrow one before `; ? !`;
 * - Persian: `؟ ؛ ،` for `? ; ,`, `« »` for straight double quotes, and phone numbers and codes
 *   in Latin digits isolated left to right;
 * - Spanish: the opening `¿` or `¡` of a question or exclamation that lacks it.
 *
 * A sign is only treated where a space, a closing sign or the end of the text follows it, so
 * `10:30`, `https://` and `?q=` are left alone. English and other languages are left as written.
 */
type Rule = [RegExp, string | ((match: string, ...groups: string[]) => string)];
/** A language's typography: replacements applied in order. */
export type Typography = readonly Rule[];

// `\s` also matches the no-break spaces, so setting a text twice gives the same text.
export const FRENCH: Typography = [
  [/\s*([;?!]+)(?=[\s»)]|$)/g, '\u202f$1'],
  [/\s*:(?=\s|$)/g, '\u00a0:'],
  [/«\s*/g, '«\u00a0'],
  [/\s*»/g, '\u00a0»'],
];

export const PERSIAN: Typography = [
  [/\?(?=[\s»)]|$)/g, '؟'],
  [/;(?=\s|$)/g, '؛'],
  [/,(?=\s)/g, '،'],
  [/"([^"\n]*)"/g, '«$1»'],
  // A phone number or code in Latin digits reads left to right inside the Persian sentence:
  // isolated (LRI … PDI), "(310) 555-0142" is not shown as "0142-555 (310)".
  [/\u2066?(\+?\(?\d[\d ()-]{4,}\d)\u2069?/g, '\u2066$1\u2069'],
];

// A sentence is what follows the start of the text, a line break, or a sign and its space.
export const SPANISH: Typography = [
  [/(?<=^|[.:;?!]\s+|\n)([^.:;?!¿¡\n]+)([?!])(?=\s|$)/g, (_, sentence, mark) => (mark == '?' ? '¿' : '¡') + sentence + mark],
];

/** `text` set in a language's typography. */
export function typesetText(typography: Typography, text: string): string {
  return typography.reduce((result, [pattern, replacement]) => result.replace(pattern, replacement as string), text);
}

/**
 * A table of words set in a language's typography: its strings, what its functions return, and
 * the strings of its nested objects and lists (a new table; the one given is left as it is).
 */
export function typeset<T>(typography: Typography, value: T): T {
  if (typeof value == 'string') return typesetText(typography, value) as T;
  if (typeof value == 'function')
    return ((...args: unknown[]) => typeset(typography, (value as (...args: unknown[]) => unknown)(...args))) as T;
  if (Array.isArray(value)) return value.map((item: unknown) => typeset(typography, item)) as T;
  if (value && typeof value == 'object')
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, typeset(typography, item)])) as T;
  return value;
}
