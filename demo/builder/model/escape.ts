// Escaping for each place a clinic's value lands in the generated code. Every value the builder
// writes goes through exactly one of these; attribute names come from custom-elements.json only.

const ATTRIBUTE: Record<string, string> = { '&': '&amp;', '"': '&quot;', "'": '&#39;', '<': '&lt;', '>': '&gt;' };

/** A value for a double-quoted HTML attribute. */
export function escapeAttribute(value: string): string {
  return value.replace(/[&"'<>]/g, (character) => ATTRIBUTE[character]);
}

/** Text between tags. `[` and `]` too, so a WordPress shortcode inside cannot close or open one. */
export function escapeText(value: string): string {
  return value.replace(/[&<>[\]]/g, (character) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '[': '&#91;', ']': '&#93;' })[character]!);
}

/**
 * Text inside a WordPress shortcode's content. WordPress curls straight quotes there
 * (wptexturize runs before shortcodes), so quotes travel as numeric entities, which it leaves alone.
 */
export function escapeShortcodeText(value: string): string {
  return escapeText(value).replace(/["']/g, (character) => (character === '"' ? '&#34;' : '&#39;'));
}

/**
 * A value for a WordPress shortcode attribute. The plugin decodes HTML entities before use
 * (blush_widgets_shortcode_atts), so quotes and brackets travel as entities: a raw `"` would end
 * the value, a raw `]` the shortcode. Line breaks become spaces (shortcodes are one line).
 */
export function escapeShortcode(value: string): string {
  return value
    .replace(/[\r\n\t]+/g, ' ')
    .replace(
      /[&"'<>[\]]/g,
      (character) => ({ '&': '&amp;', '"': '&quot;', "'": '&#039;', '<': '&lt;', '>': '&gt;', '[': '&#91;', ']': '&#93;' })[character]!,
    );
}

/**
 * JSON for a `<script type="application/json">` child or a WordPress block comment: `<`, `>` and
 * `&` as unicode escapes so `</script>`, `<!--` and `-->` cannot appear, and `--` split likewise
 * (WordPress's own serialize_block_attributes does the same).
 */
export function jsonForMarkup(value: unknown, space?: number): string {
  return JSON.stringify(value, null, space)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/--/g, '\\u002d\\u002d')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/** Strips control characters (other than tab and line breaks) a paste may carry. */
export function cleanValue(value: string): string {
  return value.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '');
}
