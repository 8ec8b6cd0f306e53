import { getCatalog } from '../core/catalog.js';
import { compareIsoDates, isIsoDate, type IsoDate } from '../core/dates.js';
import { quote } from '../core/warn.js';
import { fillBookingUrl, parseDurations } from './next-due.model.js';

/** The settings of `<blush-next-due>` a clinic writes by hand, and so may get wrong. */
interface Settings extends Element {
  treatment?: string;
  today?: string;
  durations?: string;
  bookingUrl?: string;
  lastDate?: string;
}

/** One helpful warning for each setting that changed and cannot be used as given. */
export function checkSettings(
  host: Settings,
  changed: Map<PropertyKey, unknown>,
  knownTreatment: boolean,
  today: IsoDate,
  warn: (message: string) => void,
): void {
  if (changed.has('treatment') && host.treatment && !knownTreatment) {
    const ids = getCatalog().map((treatment) => treatment.id);
    warn(
      `treatment=${quote(host.treatment)} is not in the treatment catalog; use one of ${ids.join(', ')}, or add it with extendCatalog().`,
    );
  }
  if (changed.has('today') && host.today && !isIsoDate(host.today)) {
    warn(`today=${quote(host.today)} is not a calendar date; use YYYY-MM-DD. Using the visitor's date.`);
  }
  if (changed.has('durations')) {
    const { problem } = parseDurations(host.durations);
    if (problem)
      warn(
        `durations=${quote(host.durations)} ${problem}; use JSON such as {"botox":[3,5]}. Using the catalog's durations where it is unusable.`,
      );
  }
  if (changed.has('bookingUrl') && host.bookingUrl && !fillBookingUrl(host.bookingUrl, 'botox', '2026-01-01')) {
    warn(`booking-url=${quote(host.bookingUrl)} is not an http(s), mailto or tel link; give your booking page's address.`);
  }
  const attribute = host.getAttribute('last-date');
  if (changed.has('lastDate') && attribute && attribute === host.lastDate) {
    if (!isIsoDate(attribute)) warn(`last-date=${quote(attribute)} is not a calendar date; use YYYY-MM-DD.`);
    else if (compareIsoDates(attribute, today) > 0)
      warn(`last-date=${quote(attribute)} is after today (${today}); give the date of the last treatment.`);
  }
}
