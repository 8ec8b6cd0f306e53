// The package's own URL checks, so the builder refuses exactly what the elements refuse.
// core/safe-url.ts ships inside every element's chunk but is not (yet) one of the package's
// export paths; until `blush-widgets/core` re-exports it, the builder imports the module itself.
import { safeHttpUrl, safeImageUrl, safeLinkUrl } from '../../../src/core/index.js';
import type { UrlKind } from './manifest.js';

const CHECKS: Record<UrlKind, (value: string) => string | null> = { link: safeLinkUrl, http: safeHttpUrl, image: safeImageUrl };

// The reasons the elements give in their console warning for the same refusal.
const REASONS: Record<UrlKind, string> = {
  link: 'is not an http(s), mailto or tel link; give the full address, e.g. https://…',
  http: 'is not an http(s) URL; give the full address, e.g. https://…',
  image: "is not an http(s) or data:image URL; give the photo's address",
};

/** Null when the element would use `value`, else the reason it would refuse it. */
export function urlProblem(name: string, kind: UrlKind, value: string): string | null {
  if (!value.trim()) return null;
  return CHECKS[kind](value) ? null : `${name}="${value}" ${REASONS[kind]}`;
}

export { safeHttpUrl };
