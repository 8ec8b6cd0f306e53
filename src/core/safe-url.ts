/** Schemes a link or action from attributes, JSON or URL parameters may use. */
const LINK_SCHEMES = new Set(['http:', 'https:', 'mailto:', 'tel:']);
const FETCH_SCHEMES = new Set(['http:', 'https:']);

function parse(value: string | null | undefined): URL | null {
  if (!value) return null;
  // Control characters and whitespace inside a scheme are how `java\tscript:` sneaks past naive checks.
  const trimmed = value.trim();
  if (!trimmed || /[\u0000-\u001f]/.test(trimmed)) return null;
  try {
    return new URL(trimmed, document.baseURI);
  } catch {
    return null;
  }
}

/** An `http(s)`, `mailto` or `tel` URL (relative ones resolve against the page), else null. */
export function safeLinkUrl(value: string | null | undefined): string | null {
  const url = parse(value);
  return url && LINK_SCHEMES.has(url.protocol) ? url.href : null;
}

/** An `http(s)` URL for fetch, form actions and images (relative ones resolve against the page), else null. */
export function safeHttpUrl(value: string | null | undefined): string | null {
  const url = parse(value);
  return url && FETCH_SCHEMES.has(url.protocol) ? url.href : null;
}

/**
 * An image address for `<img src>`: `http(s)` (relative ones resolve against the page) or an inline
 * `data:image/…` picture, which an `<img>` never runs as script. Else null.
 */
export function safeImageUrl(value: string | null | undefined): string | null {
  const trimmed = value?.trim() ?? '';
  return /^data:image\/(png|jpeg|webp|gif|avif|svg\+xml)[;,]/i.test(trimmed) ? trimmed : safeHttpUrl(trimmed);
}
