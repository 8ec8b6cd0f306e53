/**
 * Opt-in bridge to a tag manager's `window.dataLayer`. What passes is which widget did what
 * (`blush_faq_toggle`, `blush_gallery_open`, `generate_lead`…) and how (open or closed, which
 * calendar), never health data: no treatment names or ids, no question ids (they name
 * treatments), no dates, nothing a visitor typed. Tag managers forward the dataLayer to ad
 * platforms, and a treatment a visitor looked at is health information. Callers keep to that;
 * test/core/analytics.test.ts checks every event's exact payload.
 */
import { sharedList } from './globals.js';
export type AnalyticsValue = string | number | boolean;

declare global {
  interface Window {
    dataLayer?: unknown[];
  }
}

/** True when the element (or `<html data-blush-analytics>`) opts into the dataLayer bridge. */
export function analyticsEnabled(host: Element): boolean {
  return host.hasAttribute('analytics') || document.documentElement.hasAttribute('data-blush-analytics');
}

export function track(host: Element, event: string, data: Record<string, AnalyticsValue> = {}): void {
  if (!analyticsEnabled(host)) return;
  sharedList('dataLayer').push({ event, ...data });
}
