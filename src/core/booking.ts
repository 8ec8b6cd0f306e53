/**
 * Booking hand-off, the same in every widget. A book link's address is the element's own
 * `booking-url`, else the page's link for that treatment, else the page's link for every
 * treatment (`window.blushWidgetsConfig.booking = { botox: '…', '*': '…' }`). `{treatment}` in it
 * becomes the treatment's catalog id. Clicking it dispatches `blush-book` (bubbling, composed,
 * cancelable) with `{ treatment, url, widget }`; `preventDefault()` keeps the page where it is, so
 * a site can open its booking overlay instead. Links inside shadow roots are invisible to
 * document-level click handlers; this event is how those tools see them.
 */
import { emit } from './events.js';
import { safeLinkUrl } from './safe-url.js';

/** `blush-book` detail: the treatment (catalog id, or null), the link's address, and the widget's tag. */
export interface BlushBookDetail {
  treatment: string | null;
  url: string;
  widget: string;
}
/** The `blush-book` event. */
export type BlushBookEvent = CustomEvent<BlushBookDetail>;

declare global {
  interface HTMLElementEventMap {
    'blush-book': BlushBookEvent;
  }
  interface DocumentEventMap {
    'blush-book': BlushBookEvent;
  }
  interface BlushWidgetsConfig {
    /** Booking links by treatment id, and `*` for every other treatment; `{treatment}` becomes the id. */
    booking?: Record<string, string>;
  }
}

/**
 * The booking template for a treatment: the element's own, else the page's for the treatment,
 * else the page's `*`; undefined when there is none.
 */
export function bookingTemplate(own: string | undefined | null, treatment?: string | null): string | undefined {
  const page = window.blushWidgetsConfig?.booking;
  return own?.trim() || (treatment && page?.[treatment]) || page?.['*'] || undefined;
}

/** Fills `{treatment}` with the catalog id (URL-encoded); null when the result is no http(s), mailto or tel link. */
export function fillTreatment(template: string, treatment?: string | null): string | null {
  return safeLinkUrl(template.replace(/\{treatment\}/g, encodeURIComponent(treatment ?? '')));
}

/** Announces a book link's use; false when a listener took over (the click then does not navigate). */
export function announceBooking(host: Element, treatment: string | null | undefined, url: string, event?: Event): boolean {
  const proceed = emit(host, 'blush-book', { treatment: treatment ?? null, url, widget: host.localName }, { cancelable: true });
  if (!proceed) event?.preventDefault();
  return proceed;
}
