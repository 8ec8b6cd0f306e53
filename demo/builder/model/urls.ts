// The package's own URL checks, so the builder refuses exactly what the elements refuse.
// core/safe-url.ts ships inside every element's chunk but is not (yet) one of the package's
// export paths; until `blush-widgets/core` re-exports it, the builder imports the module itself.
import { safeHttpUrl, safeImageUrl, safeLinkUrl } from '../../../src/core/index.js';
import type { UrlKind } from './manifest.js';

const CHECKS: Record<UrlKind, (value: string) => string | null> = { link: safeLinkUrl, http: safeHttpUrl, image: safeImageUrl };

// The elements' refusals, said as what a visitor would meet and how to fix it.
const REASONS: Record<UrlKind, string> = {
  link: 'is not a web address visitors can open. Give the whole address, starting with https:// (or mailto: for an email, tel: for a phone number).',
  http: 'is not a web address. Give the whole address, starting with https://',
  image: "is not a photo's web address, so visitors would see no photo. Give the whole address, starting with https://",
};

/** Null when the element would use `value`, else why not, in words, naming the setting by its `label`. */
export function urlProblem(label: string, kind: UrlKind, value: string): string | null {
  if (!value.trim()) return null;
  return CHECKS[kind](value) ? null : `${label}: "${value}" ${REASONS[kind]}`;
}

export { safeHttpUrl };
