/**
 * Opt-in bridge to a tag manager's `window.dataLayer`. Only event names and treatment or item
 * ids pass through; callers must never hand it anything a visitor typed.
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
