import { css, html, nothing, type TemplateResult } from 'lit';
import { announceBooking } from '../core/booking.js';
import { bookingLink } from '../core/booking-link.js';
import type { FormView } from './consult-form.model.js';

/**
 * What only appears once the visitor has acted (errors, the summary, sending, sent, failed):
 * its templates and styles travel in the session chunk. Scoped like `lightStyles`, adopted after it.
 */
export const laterStyles = css`
  :is(blush-consult-form, #_) {
    .bcf .bcf-error {
      color: var(--_blush-danger);
      font-weight: 600;
    }
    .bcf [aria-invalid='true'].bcf-input {
      border-color: var(--_blush-danger);
      border-width: 2px;
    }
    .bcf-fallback a,
    .bcf-summary a {
      color: inherit;
      text-decoration: underline;
      text-underline-offset: 0.15em;
    }
    .bcf .bcf-summary {
      padding: var(--_blush-space-4) var(--_blush-space-5);
      border: 2px solid var(--_blush-danger);
      border-radius: var(--_blush-radius);
      background: var(--_blush-surface-raised);
    }
    .bcf .bcf-summary-title {
      font-size: 1.125em;
      font-weight: 700;
      margin-block-end: var(--_blush-space-2);
    }
    .bcf-summary ul {
      margin: 0;
      padding-inline-start: 1.25rem;
    }
    .bcf-summary a {
      color: var(--_blush-danger);
      font-weight: 600;
    }
    .bcf .bcf-retry {
      min-block-size: 2.5rem;
      padding-inline: var(--_blush-space-5);
      background: transparent !important;
      color: inherit;
      box-shadow: none;
    }
    .bcf .bcf-submit[aria-disabled='true'] {
      cursor: progress;
      opacity: 0.75;
    }
    /* Spun by the script (Web Animations): a @keyframes name in this document-wide sheet would be global. */
    .bcf-spinner {
      inline-size: 1em;
      block-size: 1em;
      border: 2px solid currentColor;
      border-inline-end-color: transparent;
      border-radius: 50%;
    }
    .bcf-status:empty {
      display: none;
    }
    .bcf-fallback {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: var(--_blush-space-3) var(--_blush-space-4);
    }
    .bcf-sent {
      padding: var(--_blush-space-5);
      border: 1px solid var(--_blush-border);
      border-inline-start: 4px solid var(--_blush-success);
      border-radius: var(--_blush-radius);
      background: var(--_blush-surface-raised);
    }
    .bcf .bcf-sent-title:focus {
      outline: none;
    }
    /* Drawn as the submit button it replaces. */
    .bcf .bcf-book {
      margin-block-start: var(--_blush-space-3);
      text-decoration: none;
    }
    .bcf .bcf-sent-title {
      font-size: 1.25em;
      font-weight: 600;
      margin-block-end: var(--_blush-space-2);
    }
    .bcf .bcf-summary:focus {
      outline: 3px solid var(--_blush-focus-color);
      outline-offset: 2px;
    }
    @media (forced-colors: active) {
      .bcf [aria-invalid='true'].bcf-input,
      .bcf .bcf-summary {
        border-color: Mark;
      }
    }
  }
`;

function summary(v: FormView): TemplateResult | typeof nothing {
  const entries = Object.entries(v.errors).filter(([, message]) => message);
  if (!v.summary || !(entries.length || v.formErrors.length)) return nothing;
  return html`<div class="bcf-summary" tabindex="-1" aria-labelledby="${v.uid}-summary">
    <h3 class="bcf-summary-title" id="${v.uid}-summary">${v.m.summaryTitle}</h3>
    <ul>
      ${v.formErrors.map((message) => html`<li>${message}</li>`)}
      ${entries.map(([field, message]) => html`<li><a href="#${v.uid}-${field}" data-field=${field}>${message}</a></li>`)}
    </ul>
  </div>`;
}

/**
 * The thank-you's book link: `booking-url`, else the page's link for the treatment (core/booking.ts),
 * `{treatment}` filled when the request named exactly one treatment.
 */
function bookLink(v: FormView): TemplateResult | typeof nothing {
  const chosen = v.sentTreatments ?? [];
  const treatment = chosen.length === 1 ? chosen[0] : null;
  const url = bookingLink(v.host, v.bookingUrl, treatment);
  return url
    ? html`<a class="bcf-submit bcf-book" href=${url} @click=${(event: Event) => announceBooking(v.host, treatment, url, event)}>${v.m.bookOnline}</a>`
    : nothing;
}

function sent(v: FormView): TemplateResult {
  const n = v.m;
  return html`<div class="bcf-sent">
    <h3 class="bcf-sent-title" tabindex="-1">${n.sentTitle}</h3>
    <p>${n.sentBody}</p>
    ${bookLink(v)}
  </div>`;
}

function status(v: FormView): string {
  const n = v.m;
  return v.status === 'sending'
    ? v.retrying
      ? n.retrying
      : n.sending
    : v.status === 'offline'
      ? n.offline
      : v.status === 'failed'
        ? v.rejected
          ? n.rejected
          : v.waitMinutes
            ? n.tooMany(v.waitMinutes)
            : n.failed
        : '';
}

function fallback(v: FormView): TemplateResult | typeof nothing {
  const n = v.m;
  return v.status === 'failed'
    ? html`<div class="bcf-fallback">
        <button class="bcf-retry" type="submit" form=${v.uid}>${n.tryAgain}</button>
        ${v.phone ? html`<span>${n.callUs} <a dir="ltr" href="tel:${v.phone.replace(/[^\d+]/g, '')}">${v.phone}</a></span>` : nothing}
      </div>`
    : nothing;
}

export const later = { summary, sent, status, fallback };
