/**
 * A book link's address with its one warning, for the parts that are fetched when needed (the
 * FAQ's call to action, the form's thank-you): kept out of core/booking.ts, which every page with
 * a book link loads up front.
 */
import { bookingTemplate, fillTreatment } from './booking.js';
import { quote, warn } from './warn.js';

/**
 * `booking-url`, else the page's link for the treatment, with `{treatment}` filled; null when
 * there is none, or (with one warning) when it is not a web, mailto or tel link.
 */
export function bookingLink(host: Element, own: string | undefined | null, treatment?: string | null): string | null {
  const template = bookingTemplate(own, treatment);
  const url = template ? fillTreatment(template, treatment) : null;
  if (template && !url)
    warn(host, `booking-url=${quote(template)} is not an http(s), mailto or tel link; give the full address of your booking page`);
  return url;
}
