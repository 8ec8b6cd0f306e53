// The call to action, fetched only by FAQs with `cta` or `booking-url`: "Book a consultation"
// as a link to the booking page, or a hand-off to the page's consultation form.
import { css, html, nothing, type TemplateResult } from 'lit';
import { track } from '../core/analytics.js';
import { announceBooking } from '../core/booking.js';
import { bookingLink as linkFor } from '../core/booking-link.js';
import { handOffToConsultForm } from '../core/handoff.js';
import type { BlushFaqCtaDetail } from './faq.events.js';
import { cleanAttribute } from './faq.model.js';

export const styles = css`
  .cta {
    display: inline-flex;
    align-items: center;
    min-block-size: 2.5rem;
    padding-block: var(--_blush-space-2);
    padding-inline: var(--_blush-space-4);
    border: 1px solid transparent;
    border-radius: 999px;
    background: var(--_blush-accent);
    color: var(--_blush-accent-contrast);
    font-size: 0.9375em;
    font-weight: 600;
    text-decoration: none;
    transition: filter var(--_blush-duration) var(--_blush-easing);
  }

  .cta:hover {
    filter: brightness(1.08);
  }

  @media (forced-colors: active) {
    .cta {
      border-color: ButtonText;
    }
  }
`;

/** What the call to action needs from its FAQ. */
export interface CtaContext {
  host: HTMLElement;
  cta: boolean;
  bookingUrl?: string;
  treatment?: string;
  emit(detail: BlushFaqCtaDetail): void;
}

/** The booking page: `booking-url`, else the page's link for the treatment (core/booking.ts), `{treatment}` filled. */
function bookingLink({ host, bookingUrl, treatment }: CtaContext): string | null {
  return linkFor(host, cleanAttribute(bookingUrl), treatment);
}

export function handleCta(context: CtaContext, id: string, event?: Event, bookingUrl = bookingLink(context)): void {
  const { treatment } = context;
  const target = bookingUrl ? 'booking-url' : 'consult-form';
  if (bookingUrl) announceBooking(context.host, treatment, bookingUrl, event);
  else handOffToConsultForm({ treatments: treatment ? [treatment] : [] });
  context.emit({ id, treatment, target });
  track(context.host, 'blush_faq_book', { target });
}

/** "Book a consultation" as a link to the booking page, or a hand-off to the page's consultation form. */
export function renderCta(context: CtaContext, id: string, label: string): TemplateResult | typeof nothing {
  const bookingUrl = bookingLink(context);
  if (!bookingUrl && !(context.cta && document.querySelector('blush-consult-form'))) return nothing;
  // Inside the list, clicks are handled once for all items (the FAQ's list listener); the empty state has its own.
  const handleClick = id ? nothing : (event: Event) => handleCta(context, id, event, bookingUrl);
  return bookingUrl
    ? html`<a part="cta" class="cta" data-id=${id} href=${bookingUrl} @click=${handleClick}>${label}</a>`
    : html`<button part="cta" class="cta" data-id=${id} @click=${handleClick}>${label}</button>`;
}
