/**
 * The one format for bad-input warnings: `[blush-faq] pack="botx" is unknown; known packs: botox`.
 * A message starts with the tag, names the attribute or property and its bad value, and says the fix.
 * Each element warns at most once per distinct message, so a re-render never floods the console.
 */
/** The end of every "could not load" warning (a part of an element, a language's words). */
export const SAME_FOLDER = 'check that the blush-widgets files are all served from the same folder';

const seen = new WeakMap<object, Set<string>>();

export function formatWarning(tag: string, message: string): string {
  return `[${tag}] ${message}`;
}

/** Logs one `console.warn` for `source` (an element, or a tag name for module-level warnings). */
export function warn(source: Element | string, message: string): void {
  const tag = typeof source === 'string' ? source : source.localName;
  const key: object = typeof source === 'string' ? warn : source;
  let messages = seen.get(key);
  if (!messages) seen.set(key, (messages = new Set()));
  const text = formatWarning(tag, message);
  if (messages.has(text)) return;
  messages.add(text);
  console.warn(text);
}

/** Shortens a bad value for a warning so a pasted blob does not fill the console. */
export function quote(value: unknown, max = 60): string {
  const text = typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
  return JSON.stringify(text.length > max ? `${text.slice(0, max)}…` : text);
}
