import { html, type TemplateResult } from 'lit';

/** Documentation text with `code` spans, rendered as text (never parsed as HTML). */
export function withCode(text: string): TemplateResult[] {
  return text.split('`').map((part, index) => (index % 2 ? html`<code>${part}</code>` : html`${part}`));
}

/** Step text with *menu names* in bold. The builder's own words only. */
export function withEmphasis(text: string): TemplateResult[] {
  return text.split('*').map((part, index) => (index % 2 ? html`<strong>${part}</strong>` : html`${part}`));
}

// Plain words for attribute names that are abbreviations; any other name reads as itself.
const WORDS: Record<string, string> = {
  src: 'JSON file address',
  cta: 'Call to action',
  'url-param': 'URL parameter',
  'min-fill-time': 'Minimum fill time',
  'before-alt': 'Before photo description',
  'after-alt': 'After photo description',
  before: 'Before photo address',
  after: 'After photo address',
};

/** `heading-level` → `Heading level`. */
export function humanize(name: string): string {
  if (WORDS[name]) return WORDS[name];
  const words = name.replace(/-/g, ' ');
  return words[0].toUpperCase() + words.slice(1);
}

/** Plain text for a help paragraph: backticks kept for withCode; markdown links reduced to their text. */
export function firstSentences(text: string, max = 260): string {
  const clean = text.replace(/\[([^\]]+)\]\([^)]+\)/g, '$1');
  if (clean.length <= max) return clean;
  const cut = clean.lastIndexOf('. ', max);
  return cut > 60 ? clean.slice(0, cut + 1) : `${clean.slice(0, max)}…`;
}
