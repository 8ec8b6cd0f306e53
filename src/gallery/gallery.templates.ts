import { html, nothing, svg } from 'lit';
import type { LocaleController } from '../core/controllers/locale-controller.js';
import { formatDate } from '../core/dates.js';
import { galleryMessages } from './gallery.messages.js';
import { parseTimeSince, type GalleryCase } from './gallery.model.js';

/** "2 weeks" in the page's language when it is a simple count of days/weeks/months/years; else as written. */
export function localTimeSince(value: string, locale: string): string {
  const parsed = parseTimeSince(value);
  if (!parsed) return value;
  try {
    return new Intl.NumberFormat(locale, { style: 'unit', unit: parsed.unit, unitDisplay: 'long' }).format(parsed.amount);
  } catch {
    return value;
  }
}

/** What advertising rules expect next to the photos: time since treatment, sessions, photo date, "unretouched". */
export function renderDetails(item: GalleryCase, localization: LocaleController, id?: string) {
  const messages = localization.messages(galleryMessages);
  const entries = [
    item.timeSince ? messages.timeSince(localTimeSince(item.timeSince, localization.locale)) : null,
    item.sessions ? messages.sessions(item.sessions) : null,
    item.photoDate ? messages.photoDate(formatDate(item.photoDate, localization.locale, { dateStyle: 'medium' })) : null,
  ].filter((entry): entry is string => entry !== null);
  if (!entries.length && !item.unretouched) return nothing;
  return html`<ul part="details" class="details" role="list" id=${id ?? nothing}>
    ${entries.map((entry) => html`<li>${entry}</li>`)}
    ${item.unretouched ? html`<li class="badge">${messages.unretouched}</li>` : nothing}
  </ul>`;
}

/** Points along the reading direction; CSS mirrors it in right-to-left layouts. */
export function chevron(direction: 'previous' | 'next') {
  return html`<svg class="chevron ${direction}" viewBox="0 0 24 24" aria-hidden="true">${svg`<path d="M15 5l-7 7 7 7" />`}</svg>`;
}

/** `4/3`, `4:3` or `1.5` as a CSS aspect-ratio; null when unreadable. */
export function cssRatio(value: string | undefined): string | null {
  const match = /^\s*(\d+(?:\.\d+)?)\s*(?:[/:]\s*(\d+(?:\.\d+)?))?\s*$/.exec(value ?? '');
  if (!match || Number(match[1]) <= 0 || (match[2] !== undefined && Number(match[2]) <= 0)) return null;
  return match[2] ? `${match[1]} / ${match[2]}` : match[1];
}
