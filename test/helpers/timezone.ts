import { executeServerCommand } from '@web/test-runner-commands';

/** Emulates a time zone where the engine allows it (Chromium); resolves false elsewhere. */
export async function setTimezone(timezoneId: string): Promise<boolean> {
  return executeServerCommand<boolean, { timezoneId: string }>('set-timezone', { timezoneId });
}

/** The time zones date tests run under: far east and west of UTC, with and without DST. */
export const TEST_TIMEZONES = ['Pacific/Kiritimati', 'Pacific/Auckland', 'Europe/London', 'America/Los_Angeles', 'America/Sao_Paulo', 'Pacific/Pago_Pago'];
