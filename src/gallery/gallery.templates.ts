import { html, nothing } from 'lit';
import { getTreatment, treatmentName } from '../core/catalog.js';
import { quote } from '../core/warn.js';
import type { LocaleController } from '../core/controllers/locale-controller.js';
import { formatNumber, intl } from '../core/i18n/format.js';
import { galleryWords, type GalleryMessages } from './gallery.messages.js';
import { parseTimeSince, type GalleryCase } from './gallery.model.js';

/** "2 weeks" in the page's language when it is a simple count of days/weeks/months/years; else as written. */
export function localTimeSince(value: string, locale: string): string {
  const parsed = parseTimeSince(value);
  if (!parsed) return value;
  try {
    return formatNumber(locale, parsed.amount, { style: 'unit', unit: parsed.unit, unitDisplay: 'long' });
  } catch {
    return value;
  }
}

/** A calendar date pinned to noon UTC and formatted in UTC, so no time zone moves it a day (as core's formatDate). */
function localDate(value: string, locale: string): string {
  const [year, month, day] = value.split('-').map(Number);
  return intl(Intl.DateTimeFormat, locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(Date.UTC(year, month - 1, day, 12)));
}

const detailCache = new WeakMap<GalleryCase, { locale: string; messages: GalleryMessages; entries: string[] }>();

/** The case's detail lines, built once per language: Intl formatters are too costly to rebuild for 300 cases on every filter change. */
function detailEntries(item: GalleryCase, localization: LocaleController): string[] {
  const cached = detailCache.get(item);
  const messages = localization.messages(galleryWords);
  if (cached?.locale === localization.locale && cached.messages === messages) return cached.entries;
  const entries = [
    item.timeSince ? messages.timeSince(localTimeSince(item.timeSince, localization.locale)) : null,
    item.sessions ? messages.sessions(item.sessions) : null,
    item.photoDate ? messages.photoDate(localDate(item.photoDate, localization.locale)) : null,
  ].filter((entry): entry is string => entry !== null);
  detailCache.set(item, { locale: localization.locale, messages, entries });
  return entries;
}

export const hasDetails = (item: GalleryCase) =>
  Boolean(item.illustration || item.timeSince || item.sessions || item.photoDate || item.unretouched);

/** What advertising rules expect next to the photos: time since treatment, sessions, photo date, "unretouched". */
export function renderDetails(item: GalleryCase, localization: LocaleController, id?: string) {
  if (!hasDetails(item)) return nothing;
  const messages = localization.messages(galleryWords);
  return html`<ul part="details" class="details" role="list" id=${id ?? nothing}>
    ${item.illustration ? html`<li class="badge">${messages.illustration}</li>` : nothing}
    ${detailEntries(item, localization).map((entry) => html`<li>${entry}</li>`)}
    ${item.unretouched ? html`<li class="badge">${messages.unretouched}</li>` : nothing}
  </ul>`;
}

/** Points along the reading direction; CSS mirrors it in right-to-left layouts. */
/** `4/3`, `4:3` or `1.5` as a CSS aspect-ratio; null when unreadable. */
export function cssRatio(value: string | undefined): string | null {
  const match = /^\s*(\d+(?:\.\d+)?)\s*(?:[/:]\s*(\d+(?:\.\d+)?))?\s*$/.exec(value ?? '');
  if (!match || Number(match[1]) <= 0 || (match[2] !== undefined && Number(match[2]) <= 0)) return null;
  return match[2] ? `${match[1]} / ${match[2]}` : match[1];
}

/** The filter chips, one per treatment with its count; none when every case has the same treatment. */
export function renderFilters(
  shown: GalleryCase[],
  active: string | null,
  words: GalleryMessages,
  name: (id: string) => string,
  select: (id: string | null) => void,
  number: (count: number) => string = String,
) {
  const counts = new Map<string, number>();
  for (const item of shown) counts.set(item.treatment, (counts.get(item.treatment) ?? 0) + 1);
  if (counts.size < 2) return nothing;
  const chip = (id: string | null, label: string, count: number) => html`
      <button type="button" part="filter" class="chip" aria-pressed=${String(active === id)} @click=${() => select(id)}>
        ${label} <span class="count" aria-hidden="true">${number(count)}</span><span class="visually-hidden">, ${words.caseCount(count)}</span>
      </button>
    `;
  return html`<div part="filters" class="filters" role="group" aria-label=${words.filterLabel}>
      ${chip(null, words.allTreatments, shown.length)}
      ${[...counts].map(([id, count]) => chip(id, name(id), count))}
    </div>`;
}

/** What one case in the grid needs besides its data. */
export interface CaseView {
  /** Filtered out: kept in the DOM, hidden. */
  hidden: boolean;
  /** Near the viewport: its photos get their `src`. */
  near: boolean;
  ratio?: string;
  title: string;
  words: GalleryMessages;
  localization: LocaleController;
  broken(side: string): boolean;
  failed(side: string): void;
  /** Said under the case when its enlarged view could not be fetched. */
  unavailable?: string;
}

/** One case: a button with the two thumbnails (its name is exactly the aria-label: visible labels sit outside, WCAG 2.5.3), title and details. */
export function renderCase(item: GalleryCase, index: number, v: CaseView) {
  const { words } = v;
  const image = (source: string, side: string) =>
    v.broken(side)
      ? html`<span class="half missing">${words.unavailable}</span>`
      : html`<span class="half"><img alt="" loading="lazy" decoding="async" src=${v.near ? source : nothing} @error=${() => v.failed(side)} /></span>`;
  return html`<li class="case" data-id=${item.id} data-ratio=${v.ratio ?? nothing} ?hidden=${v.hidden}>
      <div class="frame ${item.sensitive ? 'is-sensitive' : ''}">
        <button type="button" part="case" class="thumb" data-case=${item.id} aria-label=${words.enlarge(item.sensitive ? `${v.title} (${words.sensitive})` : v.title)} aria-describedby=${hasDetails(item) ? `details-${index}` : nothing}>
          ${image(item.before, 'before')}${image(item.after, 'after')}
        </button>
        <span class="tag" aria-hidden="true">${words.before}</span><span class="tag after" aria-hidden="true">${words.after}</span>
        ${item.sensitive ? html`<span class="veil" aria-hidden="true">${words.sensitive}</span>` : nothing}
      </div>
      <p part="case-title" class="title">${v.title}</p>
      ${renderDetails(item, v.localization, `details-${index}`)}
      ${v.unavailable ? html`<p part="error" class="error" role="alert">${v.unavailable}</p>` : nothing}
    </li>`;
}

/** Aspect ratios go through CSSOM: inline style attributes would break under a strict CSP. */
export function applyRatios(root: ParentNode, aspectRatio: string | undefined, warn: (message: string) => void): void {
  const fallback = cssRatio(aspectRatio);
  if (aspectRatio && !fallback) warn(`aspect-ratio=${quote(aspectRatio)} is not a ratio; use e.g. "4/3" or "1".`);
  const grid = root.querySelector<HTMLElement>('.grid');
  if (fallback) grid?.style.setProperty('--_ratio', fallback);
  else grid?.style.removeProperty('--_ratio');
  for (const item of root.querySelectorAll<HTMLElement>('li[data-ratio]')) {
    const ratio = cssRatio(item.dataset.ratio);
    if (ratio) item.style.setProperty('--_ratio', ratio);
  }
}

/** The text a slot holds (spaces collapsed); null when nothing is slotted; `empty` is called for an element with no text. */
export function slottedText(slot: HTMLSlotElement, empty: () => void): string | null {
  const nodes = slot.assignedNodes({ flatten: true });
  const isElementOrText = nodes.some((node) => node.nodeType === Node.ELEMENT_NODE || node.textContent?.trim());
  const text = nodes
    .map((node) => node.textContent ?? '')
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (isElementOrText && !text) empty();
  return isElementOrText ? text : null;
}

/** A treatment's name in the page's language (the catalog's), or the id as given. */
export function treatmentLabel(id: string, language: string): string {
  const treatment = getTreatment(id);
  return treatment ? treatmentName(treatment, language) : id;
}

/** A case's title: its caption, else "Treatment · area". */
export function caseTitle(item: GalleryCase, language: string): string {
  const name = treatmentLabel(item.treatment, language);
  return item.caption ?? (item.area ? `${name} · ${item.area}` : name);
}
