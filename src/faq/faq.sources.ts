// Sources and review dates, fetched only by FAQs with `show-sources`.
import { css, html, nothing, type TemplateResult } from 'lit';
import { intl } from '../core/i18n/format.js';
import type { FaqMessages } from './faq.messages.js';
import type { FaqItem } from './faq.model.js';

export const styles = css`
  .source {
    font-size: 0.8125em;
  }
`;

/** A `YYYY-MM-DD` date for people, read at noon UTC so no time zone moves it to another day. */
function formatReviewed(date: string, locale: string): string {
  const parsed = new Date(`${date}T12:00:00Z`);
  return isNaN(+parsed) ? date : intl(Intl.DateTimeFormat, locale, { dateStyle: 'long', timeZone: 'UTC' }).format(parsed);
}

/** "Source: … · Reviewed …" under an answer, when it has either. */
export function renderSource(item: FaqItem, messages: FaqMessages, locale: string): TemplateResult | typeof nothing {
  const reviewed = item.reviewed ? messages.reviewed(formatReviewed(item.reviewed, locale)) : '';
  if (!item.source && !reviewed) return nothing;
  return html`<p part="source" class="source">${item.source ? `${messages.sourceLabel}: ${item.source}` : ''}${item.source && reviewed ? ' · ' : ''}${reviewed}</p>`;
}
