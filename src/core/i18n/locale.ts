/** Languages we ship words for. Others show English unless a site registers its own (`registerTranslation`). */
export const SUPPORTED_LANGUAGES = ['en', 'es', 'fr', 'fa'] as const;
/** A base language subtag (`es`, `fr`, or any a site registers). */
export type Language = string;

/**
 * The language tag in force for an element: its own `lang`, else the nearest ancestor's
 * (crossing shadow roots), else `<html lang>`, else `en`. Returns the full tag (`es-MX`) for `Intl`.
 */
export function resolveLocale(element: Element): string {
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element && node.getAttribute('lang')) return node.getAttribute('lang')!.trim();
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return 'en';
}

/** The message language of a locale tag: `es-MX` → `es`. */
export function languageOf(locale: string): Language {
  return locale.toLowerCase().split(/[-_]/)[0] || 'en';
}
