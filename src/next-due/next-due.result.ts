// The result view, fetched once a window is first shown (the element waits for it rather than
// render a result without its styles): due window, timeline, calendar reminders. Also carries
// the hand-off, so a page with a consultation form fetches one chunk, not two.
import { html, nothing, type TemplateResult } from 'lit';
import { track } from '../core/analytics.js';
import { treatmentName, type Treatment } from '../core/catalog.js';
import { compareIsoDates, daysBetween, formatDate, type IsoDate } from '../core/dates.js';
import type { Language } from '../core/i18n/locale.js';
import { googleCalendarUrl, microsoft365CalendarUrl, outlookCalendarUrl } from './calendar-links.js';
import { buildIcs } from './ics.js';
import { renderCopyLink } from './next-due.copy-link.js';
import { calendarPlatform } from './platform.js';
import { ResultMessages } from './next-due.messages.js';
import type { Due } from './next-due.model.js';

export { handOffToConsultForm } from '../core/handoff.js';
export { enResult } from './next-due.result.messages.js';
export { resultStyles } from './next-due.result.styles.js';

/** What the result needs from its element. */
export interface ResultView {
  host: HTMLElement;
  m: ResultMessages;
  language: Language;
  locale: string;
  treatment: Treatment;
  due: Due;
  lastDate?: string;
  today: IsoDate;
}

function texts({ m, language, locale, treatment, due }: ResultView) {
  const name = treatmentName(treatment, language);
  const range = m.range(formatDate(due.earliest, locale), formatDate(due.latest, locale));
  return { name, range, title: m.eventTitle(name), details: m.eventDetails(name, range), alarm: m.alarm(name) };
}

function statusText({ m, due }: ResultView): string {
  const unit = due.days < 14 ? 'day' : 'week';
  const amount = unit === 'day' ? due.days : due.weeks;
  return due.status === 'upcoming' ? m.dueIn(amount, unit) : due.status === 'overdue' ? m.overdueBy(amount, unit) : m.dueNow;
}

/** One short sentence for screen readers when the answer changes, instead of re-reading the whole result. */
export function announcement(view: ResultView): string {
  const { name, range } = texts(view);
  return view.m.announcement(view.m.windowHeading(name), statusText(view), range);
}

/**
 * The reminder as an .ics file for upcoming windows, '' otherwise: a blob URL for desktop and
 * Android browsers; a data: URL on iPhone and iPad, where Safari (and Chrome) hand a text/calendar
 * data URL to Calendar's import sheet but only download a blob; nothing in an in-app browser or in
 * another iOS browser, which save neither.
 */
export function calendarFile(view: ResultView, reminderDays: number): string {
  const { treatment, due } = view;
  const platform = calendarPlatform();
  if (due.status !== 'upcoming' || platform.inApp || platform.needsSafari) return '';
  const text = texts(view);
  const ics = buildIcs({
    uid: `next-due-${treatment.id}-${due.earliest}@${location.hostname || 'blush-widgets.local'}`,
    date: due.earliest,
    summary: text.title,
    description: text.details,
    alarmText: text.alarm,
    alarmDaysBefore: Number.isFinite(reminderDays) ? reminderDays : 3,
  });
  return platform.appleMobile
    ? `data:text/calendar;charset=utf-8,${encodeURIComponent(ics)}`
    : URL.createObjectURL(new Blob([ics], { type: 'text/calendar;charset=utf-8' }));
}

/** Timeline positions go through CSSOM: inline style attributes would break under a strict CSP. */
export function placeTimeline(root: ParentNode, { due, lastDate, today }: ResultView): void {
  const timeline = root.querySelector<HTMLElement>('.timeline');
  if (!timeline || !lastDate) return;
  const end = compareIsoDates(today, due.latest) > 0 ? today : due.latest;
  const span = daysBetween(lastDate, end) * 1.08 || 1;
  const at = (date: IsoDate) => `${((daysBetween(lastDate, date) / span) * 100).toFixed(2)}%`;
  timeline.style.setProperty('--window-start', at(due.earliest));
  timeline.style.setProperty('--window-end', at(due.latest));
  timeline.style.setProperty('--today', at(today));
}

/** In a browser that cannot take calendar links (a social app's) or files (not Safari on iOS): say so, and offer the page's link. */
function renderHelp(view: ResultView, help: string) {
  return html`<p class="in-app-help">${help}</p>${renderCopyLink(view)}`;
}

function renderCalendar(view: ResultView, icsUrl: string) {
  const { m, treatment, due, host } = view;
  if (due.status !== 'upcoming') return nothing;
  const { inApp, needsSafari } = calendarPlatform();
  const label = html`<p class="calendar-label" id="calendar-label">${m.addToCalendar}</p>`;
  if (inApp) {
    return html`<div class="calendar in-app" part="calendar" role="group" aria-labelledby="calendar-label">${label}${renderHelp(view, m.inAppHelp(inApp))}</div>`;
  }
  if (!icsUrl && !needsSafari) return nothing;
  const text = texts(view);
  const event = { date: due.earliest, title: text.title, details: text.details };
  const trackClick = (kind: string) => () => track(host, 'blush_next_due_calendar', { kind });
  const web = (href: string, kind: string, label: string) =>
    html`<a class="button" href=${href} target="_blank" rel="noopener noreferrer" @click=${trackClick(kind)}>${label}<span class="visually-hidden"> ${m.newTab}</span></a>`;
  return html`
    <div class="calendar" part="calendar" role="group" aria-labelledby="calendar-label">
      ${label}
      ${needsSafari ? nothing : html`<a class="button" href=${icsUrl} download=${`next-${treatment.id}-treatment.ics`} @click=${trackClick('ics')}>${m.ics}</a>`}
      ${web(googleCalendarUrl(event), 'google', m.google)} ${web(outlookCalendarUrl(event), 'outlook', m.outlook)}
      ${web(microsoft365CalendarUrl(event), 'microsoft-365', m.ms365)} ${needsSafari ? renderHelp(view, m.safariForApple) : nothing}
    </div>
  `;
}

export function renderResult(view: ResultView, icsUrl: string, book: TemplateResult | typeof nothing) {
  const { m, locale, treatment, due, lastDate, today } = view;
  const { name, range } = texts(view);
  const interval = treatment.minInterval;
  return html`
    <section class="result" part="result" aria-labelledby="heading">
      <p id="heading" class="heading">${m.windowHeading(name)}</p>
      <p class="summary">
        <span class="status status-${due.status}" part="status">${statusText(view)}</span>
        <span class="range">${range}</span>
      </p>
      <figure class="timeline-figure">
        <div class="timeline" part="timeline" aria-hidden="true">
          <span class="track"></span><span class="window"></span><span class="mark last"></span><span class="mark now"></span>
        </div>
        <figcaption>
          <ul class="legend" aria-label=${m.timeline}>
            <li class="legend-last">${m.labelled(m.lastVisit, lastDate ? formatDate(lastDate, locale) : '')}</li>
            <li class="legend-window">${m.labelled(m.nextWindow, range)}</li>
            <li class="legend-today">${m.labelled(m.today, formatDate(today, locale))}</li>
          </ul>
        </figcaption>
      </figure>
      <p class="note">
        ${m.typical(name, treatment.durationMonths[0], treatment.durationMonths[1])}
        ${interval?.days ? m.minInterval(interval.days, 'day') : interval?.months ? m.minInterval(interval.months, 'month') : nothing}
      </p>
      <div class="actions">
        ${renderCalendar(view, icsUrl)} ${book}
      </div>
      <p class="disclaimer">${m.disclaimer}</p>
    </section>
  `;
}
