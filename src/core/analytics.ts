/**
 * Analytics, one path: every measurable step is first a `blush-analytics` event (bubbling,
 * composed, cancelable) with `{ event, params }`, which a site may route anywhere; then, only when
 * the element (or `<html data-blush-analytics>`) opts in and no listener cancelled it, one small
 * adapter hands it to the page's tag manager: `gtag('event', …)` on a page with gtag.js and no
 * Google Tag Manager, else a push to `window.dataLayer` when the page has one (GTM's custom
 * events). A page with neither gets nothing, and no global is created.
 *
 * What passes is which widget did what and how, never health data: no treatment names or ids, no
 * question ids (they name treatments), no dates, nothing a visitor typed. Tag managers forward to
 * ad platforms, and a treatment a visitor looked at is health information. The types below are
 * the whole list; test/core/analytics.test.ts checks every payload.
 */
import { emit } from './events.js';

/** Every analytics event and its parameters. Names are GA4-style snake_case. */
export interface AnalyticsEvents {
  /** A question was opened or closed. */
  blush_faq_toggle: { open: boolean };
  /** The FAQ's booking button was used: to the booking page, or to the page's form. */
  blush_faq_book: { target: 'booking-url' | 'consult-form' };
  /** The gallery's filter changed: to all treatments, or to one (which one is not said). */
  blush_gallery_filter: { all: boolean };
  /** A case was opened in the gallery. */
  blush_gallery_open: Record<never, never>;
  /** A calendar reminder was added, by kind (google, outlook, office365, yahoo, ics, copy-link). */
  blush_next_due_calendar: { kind: string };
  /** Next-due's booking step was used: a link, or the page's form. */
  blush_next_due_book: { via: 'link' | 'consult-form' };
  /** GA4's recommended lead event, once, after the clinic's endpoint accepted the request. */
  generate_lead: { event_id: string };
}
export type AnalyticsEventName = keyof AnalyticsEvents;

/** `blush-analytics` event detail: the event's name and its parameters. */
export interface BlushAnalyticsDetail<K extends AnalyticsEventName = AnalyticsEventName> {
  event: K;
  params: AnalyticsEvents[K];
}

/** The `blush-analytics` event. */
export type BlushAnalyticsEvent = CustomEvent<BlushAnalyticsDetail>;

declare global {
  interface HTMLElementEventMap {
    'blush-analytics': BlushAnalyticsEvent;
  }
  /** Heard on the document too: one listener routes every widget's events. */
  interface DocumentEventMap {
    'blush-analytics': BlushAnalyticsEvent;
  }
  interface Window {
    dataLayer?: unknown[];
    gtag?: (...args: unknown[]) => void;
  }
}

/** True when the element (or `<html data-blush-analytics>`) opts into the tag-manager adapter. */
export function analyticsEnabled(host: Element): boolean {
  return host.hasAttribute('analytics') || document.documentElement.hasAttribute('data-blush-analytics');
}

/** Emits the analytics event, then, when opted in and not cancelled, hands it to the page's tag manager. */
export function track<K extends AnalyticsEventName>(
  host: Element,
  event: K,
  ...[params]: keyof AnalyticsEvents[K] extends never ? [] : [AnalyticsEvents[K]]
): void {
  const values = (params ?? {}) as AnalyticsEvents[K];
  if (!emit(host, 'blush-analytics', { event, params: values }, { cancelable: true }) || !analyticsEnabled(host)) return;
  const page = window as Window & { google_tag_manager?: unknown };
  if (typeof page.gtag === 'function' && !page.google_tag_manager) page.gtag('event', event, values);
  else if (Array.isArray(page.dataLayer)) page.dataLayer.push({ event, ...values });
}
