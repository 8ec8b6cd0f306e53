import { emulateMedia } from '@web/test-runner-commands';

/** Media emulation (print, reduced motion) where the engine's automation offers it (Chromium); false elsewhere. */
export async function emulate(payload: Parameters<typeof emulateMedia>[0]): Promise<boolean> {
  try {
    await emulateMedia(payload);
    return true;
  } catch {
    return false;
  }
}
