/** Languages we ship messages for. Anything else falls back to English. */
export const SUPPORTED_LANGUAGES = ['en', 'es'] as const;
export type Language = (typeof SUPPORTED_LANGUAGES)[number];

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

/** The message language for a locale tag: `es-MX` → `es`; unsupported → `en`. */
export function languageOf(locale: string): Language {
  const base = locale.toLowerCase().split(/[-_]/)[0];
  return (SUPPORTED_LANGUAGES as readonly string[]).includes(base) ? (base as Language) : 'en';
}

/** A table of messages per language; every language has every key of English (checked by `satisfies`). */
export type MessageTables<M> = Record<Language, M>;
