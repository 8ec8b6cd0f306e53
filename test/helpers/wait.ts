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

/**
 * Resolves once every task queued before the call has run: a zero-delay timer runs after the
 * timers and events queued ahead of it. For "and nothing changed after" checks, not a sleep.
 */
export const queuedTasksRun = (): Promise<void> => new Promise((resolve) => setTimeout(resolve));

/**
 * A real delay, for the few checks that are about time itself ("the divider stays still for a
 * second"): nothing to wait for can prove that something did not move. Say why where it is used.
 */
export const realDelay = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));
