import { formatNumber, intl } from '../core/i18n/format.js';

/** Kept apart from the element's table so a language's words carry no element code (the all-in-one file's add-ons). */
export type TimeUnit = 'day' | 'week' | 'month';

type Forms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };
export type UnitForms = Record<TimeUnit, Forms>;

/** "3 weeks" in a language: `Intl.PluralRules` picks the form, the number in the language's digits. */
export function count(unitForms: UnitForms, language: string, value: number, unit: TimeUnit): string {
  const word = unitForms[unit];
  return `${formatNumber(language, value)} ${word[intl(Intl.PluralRules, language).select(value)] ?? word.other}`;
}
