import { html, nothing } from 'lit';
import type { LocaleController } from '../core/controllers/locale-controller.js';
import { intl } from '../core/i18n/registry.js';
import { galleryWords, type GalleryMessages } from './gallery.messages.js';
import { parseTimeSince, type GalleryCase } from './gallery.model.js';

/** "2 weeks" in the page's language when it is a simple count of days/weeks/months/years; else as written. */
export function localTimeSince(value: string, locale: string): string {
  const parsed = parseTimeSince(value);
  if (!parsed) return value;
  try {
    return intl(Intl.NumberFormat, locale, { style: 'unit', unit: parsed.unit, unitDisplay: 'long' }).format(parsed.amount);
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

export const hasDetails = (item: GalleryCase) => Boolean(item.timeSince || item.sessions || item.photoDate || item.unretouched);

/** What advertising rules expect next to the photos: time since treatment, sessions, photo date, "unretouched". */
export function renderDetails(item: GalleryCase, localization: LocaleController, id?: string) {
  if (!hasDetails(item)) return nothing;
  const messages = localization.messages(galleryWords);
  return html`<ul part="details" class="details" role="list" id=${id ?? nothing}>
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
