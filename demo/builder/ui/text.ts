import { html, type TemplateResult } from 'lit';

/** Documentation text with `code` spans, rendered as text (never parsed as HTML). */
export function withCode(text: string): TemplateResult[] {
  return text.split('`').map((part, index) => (index % 2 ? html`<code>${part}</code>` : html`${part}`));
}

/** Step text with *menu names* in bold. The builder's own words only. */
export function withEmphasis(text: string): TemplateResult[] {
  return text.split('*').map((part, index) => (index % 2 ? html`<strong>${part}</strong>` : html`${part}`));
}
