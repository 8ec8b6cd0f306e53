import { executeServerCommand } from '@web/test-runner-commands';

/**
 * Emulates a time zone where the engine allows it (Chromium). Elsewhere it resolves true only when
 * the browser already runs in that zone (Firefox started with TZ=…, see web-test-runner.config.mjs).
 */
export async function setTimezone(timezoneId: string): Promise<boolean> {
  const emulated = await executeServerCommand<boolean, { timezoneId: string }>('set-timezone', { timezoneId });
  return emulated || Intl.DateTimeFormat().resolvedOptions().timeZone === timezoneId;
}

/** The zone a "TZ=…" pass of scripts/test.mjs started the browser under; '' in the main pass. */
export function passZone(): Promise<string> {
  return executeServerCommand<string, undefined>('blush-test-zone');
}

/** The time zones date tests run under: far east and west of UTC, with and without DST. */
export const TEST_TIMEZONES = [
  'Pacific/Kiritimati',
  'Pacific/Auckland',
  'Europe/London',
  'America/Los_Angeles',
  'America/Sao_Paulo',
  'Pacific/Pago_Pago',
];
