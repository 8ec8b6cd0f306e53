// The checks a clinic's choices get before they reach the code: the same refusals and warnings
// the elements give, said in the builder next to the field instead of in a console.
import { getTreatment } from '../../../src/core/index.js';
import type { AttributeControl } from './manifest.js';
import { CASE_FIELDS, type FaqItem, type GalleryCase } from './state.js';
import { urlProblem } from './urls.js';

/** Why the element would not use this attribute value, or null. A value with a problem is left out of the code. */
export function attributeProblem(control: AttributeControl, value: string | true | undefined): string | null {
  if (value === undefined || value === true || !value.trim()) return null;
  const { label } = control;
  switch (control.kind) {
    case 'url':
      return urlProblem(label, control.urlKind!, value);
    case 'number':
      return Number.isFinite(Number(value))
        ? null
        : `${label}: "${value}" is not a number. Use digits, e.g. ${control.defaultValue ?? '3'}.`;
    case 'json':
      try {
        JSON.parse(value);
        return null;
      } catch {
        const example = /`(\{[^`]*\})`/.exec(control.description)?.[1];
        return `${label}: "${value}" is not JSON${example ? `; use JSON such as ${example}` : ''}.`;
      }
    case 'select':
      return control.options.includes(value) ? null : `${label}: "${value}" is not one of the choices. Pick one from the list.`;
    case 'treatment':
      return getTreatment(value) ? null : `${label}: "${value}" is not a treatment we know. Pick one from the list.`;
    case 'treatments': {
      const unknown = value.split(/\s+/).filter((id) => id && !getTreatment(id));
      return unknown.length
        ? `${label}: ${unknown.join(', ')} ${unknown.length > 1 ? 'are not treatments' : 'is not a treatment'} we know. Tick treatments from the list.`
        : null;
    }
    case 'tokens': {
      const unknown = value.split(/\s+/).filter((token) => token && !control.options.includes(token));
      return unknown.length
        ? `${label}: ${unknown.join(', ')} ${unknown.length > 1 ? 'are not questions' : 'is not a question'} of the form. Tick from the list.`
        : null;
    }
    default:
      return null;
  }
}

export interface ItemReport {
  /** Problems that keep the item out of the code. */
  errors: string[];
  /** Problems the item ships with (the element shows it, but not well). */
  warnings: string[];
}

export function faqItemReport(item: FaqItem, index: number): ItemReport {
  const errors: string[] = [];
  if (!item.question.trim() && item.answer.trim()) errors.push(`Question ${index + 1} has an answer but no question; it is left out.`);
  const warnings = item.question.trim() && !item.answer.trim() ? [`Question ${index + 1} has no answer yet.`] : [];
  return { errors, warnings };
}

export function caseReport(item: GalleryCase, index: number): ItemReport {
  const errors: string[] = [];
  const warnings: string[] = [];
  const label = `Result ${index + 1}`;
  for (const side of ['before', 'after'] as const) {
    const problem = urlProblem(`${label}, ${side} photo`, 'image', item[side]);
    if (problem) errors.push(problem);
  }
  if (!errors.length && (!item.before.trim() || !item.after.trim())) {
    errors.push(`${label} needs both a before and an after photo; until then visitors do not see it.`);
  }
  if (item.treatment && !getTreatment(item.treatment))
    warnings.push(`${label}: "${item.treatment}" is not a treatment we know; visitors see it as typed. Pick one from the list.`);
  if (item.before.trim() && !item.beforeAlt.trim())
    warnings.push(`${label}: say what the before photo shows; visitors who use a screen reader hear nothing about it.`);
  if (item.after.trim() && !item.afterAlt.trim())
    warnings.push(`${label}: say what the after photo shows; visitors who use a screen reader hear nothing about it.`);
  return { errors, warnings };
}

/** Plain text of an answer written as HTML (parsed inert: DOMParser runs no script and loads nothing). */
function plainText(value: unknown): string {
  if (typeof value !== 'string') return typeof value === 'number' ? String(value) : '';
  if (!/[<&]/.test(value)) return value.trim();
  const body = new DOMParser().parseFromString(value.replace(/<\/(p|li|div)>/gi, '\n\n$&'), 'text/html').body;
  return (body.textContent ?? '')
    .replace(/[ \t]+/g, ' ')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

export type Imported<T> = { ok: true; items: T[] } | { ok: false; problem: string };

function parseJson(text: string): { ok: true; data: unknown } | { ok: false; problem: string } {
  try {
    return { ok: true, data: JSON.parse(text) };
  } catch (error) {
    return { ok: false, problem: `This is not valid JSON (${(error as Error).message}). Check the quotes and commas.` };
  }
}

/** FAQ JSON as the element reads it: `[{ "question", "answer" }]` or `{ "items": [...] }`. */
export function importFaqJson(text: string): Imported<FaqItem> {
  const parsed = parseJson(text);
  if (!parsed.ok) return parsed;
  const data = parsed.data as { items?: unknown } | unknown[];
  const list = Array.isArray(data) ? data : (data as { items?: unknown })?.items;
  if (!Array.isArray(list))
    return {
      ok: false,
      problem: 'The JSON is not a list of questions; give an array of { "question", "answer" }, or an object with an "items" array.',
    };
  const items = list
    .filter((entry): entry is Record<string, unknown> => typeof entry === 'object' && entry !== null)
    .map((entry) => ({ question: plainText(entry.question), answer: plainText(entry.answer) }))
    .filter((item) => item.question);
  return items.length ? { ok: true, items } : { ok: false, problem: 'The JSON has no questions with a "question" text.' };
}

/** Gallery JSON as the element reads it: `[...]` or `{ "cases": [...] }`, kebab or camel case keys. */
export function importCasesJson(text: string): Imported<GalleryCase> {
  const parsed = parseJson(text);
  if (!parsed.ok) return parsed;
  const data = parsed.data as { cases?: unknown } | unknown[];
  const list = Array.isArray(data) ? data : (data as { cases?: unknown })?.cases;
  if (!Array.isArray(list))
    return { ok: false, problem: 'The JSON is not a list of cases; give an array, or an object with a "cases" array.' };
  const kebab = (field: string) => field.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
  const items = list
    .filter((entry): entry is Record<string, unknown> => typeof entry === 'object' && entry !== null)
    .map(
      (entry) =>
        Object.fromEntries(CASE_FIELDS.map((field) => [field, plainText(entry[field] ?? entry[kebab(field)])])) as unknown as GalleryCase,
    );
  return items.length ? { ok: true, items } : { ok: false, problem: 'The JSON has no cases.' };
}
