import { getTreatment } from '../core/catalog.js';
import { safeImageUrl } from '../core/safe-url.js';
import { quote } from '../core/warn.js';

/** Whether `value` is a real calendar date written `YYYY-MM-DD`. */
export function isIsoDate(value: string | undefined): value is string {
  const [year, month, day] = (/^(\d{4})-(\d\d)-(\d\d)$/.exec(value?.trim() ?? '') ?? []).slice(1).map(Number);
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return year > 0 && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** The slider's per-photo alignment attributes a case may carry (focal point, zoom, shift). */
export const ALIGNMENT = ['before-position', 'after-position', 'before-scale', 'after-scale', 'before-offset', 'after-offset'] as const;
type Alignment = (typeof ALIGNMENT)[number];
const camel = (name: string) => name.replace(/-(\w)/g, (_, letter: string) => letter.toUpperCase());

/** One before-and-after case, from a light-DOM child or a JSON entry. */
export interface GalleryCase {
  id: string;
  /** Catalog id (lower case), or the clinic's own id when the catalog does not know it. */
  treatment: string;
  area?: string;
  sessions?: number;
  /** Free text such as `2 weeks`; `N day|week|month|year(s)` is localised. */
  timeSince?: string;
  photoDate?: string;
  unretouched: boolean;
  /** An illustration, not a patient's photos: marked so, and the default disclaimer says so. */
  illustration: boolean;
  consentExpires?: string;
  before: string;
  after: string;
  beforeAlt: string;
  afterAlt: string;
  caption?: string;
  sensitive: boolean;
  aspectRatio?: string;
  /** Handed to the enlarged view's slider as written; it checks and warns about them itself. */
  alignment: Partial<Record<Alignment, string>>;
}

/** The JSON shape of one case (camelCase keys; kebab-case attribute names are accepted too). */
export type GalleryCaseInput = Partial<
  Record<
    | keyof GalleryCase
    | 'time-since'
    | 'photo-date'
    | 'consent-expires'
    | 'before-alt'
    | 'after-alt'
    | 'aspect-ratio'
    | Alignment
    | 'beforePosition'
    | 'afterPosition'
    | 'beforeScale'
    | 'afterScale'
    | 'beforeOffset'
    | 'afterOffset',
    unknown
  >
>;

export interface ParsedCases {
  /** Cases that may be shown today, in source order. */
  cases: GalleryCase[];
  /** Sentences for the clinic's warnings (one per distinct problem kind). */
  problems: string[];
}

const text = (value: unknown): string | undefined => {
  if (typeof value === 'number') return String(value);
  return typeof value === 'string' && value.trim() ? value.trim() : undefined;
};
const flag = (value: unknown): boolean => value === true || value === '' || value === 'true';

/** Reads a `<blush-before-after>` child: its attributes, or slotted `<img>`/`<picture>` for the images. */
export function caseFromElement(element: Element): GalleryCaseInput {
  const attribute = (name: string) => element.getAttribute(name) ?? undefined;
  const image = (side: 'before' | 'after') => {
    const slotted = element.querySelector(`:scope > [slot="${side}"]`);
    return slotted?.localName === 'img' ? slotted : slotted?.querySelector('img');
  };
  const beforeImage = image('before');
  const afterImage = image('after');
  return {
    id: attribute('id'),
    treatment: attribute('treatment'),
    area: attribute('area'),
    sessions: attribute('sessions'),
    timeSince: attribute('time-since'),
    photoDate: attribute('photo-date'),
    unretouched: element.hasAttribute('unretouched') ? '' : undefined,
    illustration: element.hasAttribute('illustration') ? '' : undefined,
    consentExpires: attribute('consent-expires'),
    before: attribute('before') ?? beforeImage?.getAttribute('src') ?? undefined,
    after: attribute('after') ?? afterImage?.getAttribute('src') ?? undefined,
    beforeAlt: attribute('before-alt') ?? beforeImage?.getAttribute('alt') ?? undefined,
    afterAlt: attribute('after-alt') ?? afterImage?.getAttribute('alt') ?? undefined,
    caption: attribute('caption') ?? element.querySelector(':scope > [slot="caption"]')?.textContent ?? undefined,
    sensitive: element.hasAttribute('sensitive') ? '' : undefined,
    aspectRatio: attribute('aspect-ratio'),
    ...Object.fromEntries(ALIGNMENT.map((name) => [name, attribute(name)])),
  };
}

/** Accepts `[...]` or `{ "cases": [...] }`; anything else is a problem to report. */
export function casesFromJson(data: unknown): GalleryCaseInput[] | null {
  const list = Array.isArray(data) ? data : (data as { cases?: unknown } | null)?.cases;
  return Array.isArray(list) ? list.filter((item): item is GalleryCaseInput => typeof item === 'object' && item !== null) : null;
}

/** What reading the cases noticed, by kind: one warning each. */
interface Notes {
  missingImages: string[];
  expired: string[];
  badExpiry: string[];
  unknownTreatments: Set<string>;
  badSessions: string[];
}

/**
 * Turns raw inputs into showable cases. Cases without both images are dropped; cases past
 * their consent date (or with an unreadable one) are withheld, because showing a patient's
 * photos without consent is the one mistake a clinic cannot take back.
 */
export function parseCases(inputs: readonly GalleryCaseInput[], today: string): ParsedCases {
  const notes: Notes = { missingImages: [], expired: [], badExpiry: [], unknownTreatments: new Set(), badSessions: [] };
  const ids = new Set<string>();
  const cases = inputs.flatMap((input, index) => {
    let id = text(input.id) ?? `case-${index + 1}`;
    if (ids.has(id)) id += `-${index + 1}`;
    ids.add(id);
    return parseCase(input, id, today, notes) ?? [];
  });
  return { cases, problems: problemsOf(notes) };
}

/** One case, or nothing (noted) when it lacks a photo or its consent has ended or cannot be read. */
function parseCase(input: GalleryCaseInput, id: string, today: string, notes: Notes): GalleryCase | undefined {
  const get = (camel: keyof GalleryCaseInput, kebab?: keyof GalleryCaseInput) => input[camel] ?? (kebab ? input[kebab] : undefined);
  const before = safeImageUrl(text(input.before));
  const after = safeImageUrl(text(input.after));
  if (!before || !after) return void notes.missingImages.push(id);

  const consentExpires = text(get('consentExpires', 'consent-expires'));
  if (consentExpires !== undefined && !isIsoDate(consentExpires)) return void notes.badExpiry.push(`${id} (${quote(consentExpires)})`);
  if (consentExpires !== undefined && consentExpires < today) return void notes.expired.push(`${id} (${consentExpires})`);

  const rawTreatment = text(input.treatment)?.toLowerCase() ?? 'other';
  const known = getTreatment(rawTreatment);
  if (!known && rawTreatment !== 'other') notes.unknownTreatments.add(rawTreatment);

  const rawSessions = text(input.sessions);
  const sessions = Number(rawSessions); // NaN when absent
  const validSessions = Number.isInteger(sessions) && sessions > 0 ? sessions : undefined;
  if (rawSessions !== undefined && !validSessions) notes.badSessions.push(`${id} (${quote(rawSessions)})`);

  const photoDate = text(get('photoDate', 'photo-date'));
  return {
    id,
    treatment: known?.id ?? rawTreatment,
    area: text(input.area),
    sessions: validSessions,
    timeSince: text(get('timeSince', 'time-since')),
    photoDate: isIsoDate(photoDate) ? photoDate : undefined,
    unretouched: flag(input.unretouched),
    illustration: flag(input.illustration),
    consentExpires,
    before,
    after,
    beforeAlt: text(get('beforeAlt', 'before-alt')) ?? '',
    afterAlt: text(get('afterAlt', 'after-alt')) ?? '',
    caption: text(input.caption),
    sensitive: flag(input.sensitive),
    aspectRatio: text(get('aspectRatio', 'aspect-ratio')),
    alignment: Object.fromEntries(
      ALIGNMENT.map((name) => [name, text(input[name] ?? input[camel(name) as keyof GalleryCaseInput])]).filter(([, value]) => value),
    ),
  };
}

/** The warnings for what was noticed, each naming up to five cases and what to do. */
function problemsOf({ missingImages, expired, badExpiry, unknownTreatments, badSessions }: Notes): string[] {
  const problems: string[] = [];
  const list = (items: string[]) => items.slice(0, 5).join(', ') + (items.length > 5 ? ` and ${items.length - 5} more` : '');
  if (expired.length) {
    problems.push(
      `${expired.length === 1 ? '1 case is' : `${expired.length} cases are`} past "consent-expires" and hidden: ${list(expired)}; renew the patient's consent or remove the case.`,
    );
  }
  if (badExpiry.length)
    problems.push(`"consent-expires" is not a date for ${list(badExpiry)}; use YYYY-MM-DD. These cases stay hidden until it is fixed.`);
  if (missingImages.length)
    problems.push(`${list(missingImages)} lack a "before" or "after" image and are not shown; give both as http(s) URLs or slotted <img>.`);
  if (unknownTreatments.size)
    problems.push(
      `treatment=${[...unknownTreatments].map((id) => quote(id)).join(', ')} is not in the treatment catalog; it is shown under its id. Use a catalog id (e.g. "botox") or add it with extendCatalog().`,
    );
  if (badSessions.length) problems.push(`"sessions" is not a whole number for ${list(badSessions)}; use e.g. sessions="2".`);
  return problems;
}

const RELATIVE_PATTERN = /^(\d+(?:[.,]\d+)?)\s*(day|week|month|year)s?$/i;

/** `2 weeks` → `{ amount: 2, unit: 'week' }` so Intl can say it in the page's language. */
export function parseTimeSince(value: string): { amount: number; unit: 'day' | 'week' | 'month' | 'year' } | null {
  const match = RELATIVE_PATTERN.exec(value.trim());
  return match ? { amount: Number(match[1].replace(',', '.')), unit: match[2].toLowerCase() as 'day' } : null;
}
