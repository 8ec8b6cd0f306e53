import { waitUntil } from '@open-wc/testing';

/**
 * Waits until `predicate` holds. Patient on purpose (8 s, not open-wc's 1 s): on a small CI
 * machine, with three engines at once, a lazy chunk's first request goes through the dev
 * server's TypeScript transform. A condition that never holds still fails the test.
 */
export function eventually(
  predicate: () => unknown,
  message?: string,
  options: { timeout?: number; interval?: number } = {},
): Promise<void> {
  return waitUntil(predicate, message, { timeout: 8000, ...options });
}
