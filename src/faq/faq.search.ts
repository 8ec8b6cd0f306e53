// Search, fetched only by FAQs with `searchable`: folding the query into terms and marking
// matches in the text shown.
import { css, html, type TemplateResult } from 'lit';
import { plural } from '../core/i18n/format.js';
import type { SearchMessages } from './faq.messages.js';
import { fold } from './faq.model.js';

/** English search words (other languages' come with their tables); the element adds them when this chunk arrives. */
export const enSearch: SearchMessages = {
  searchLabel: 'Search the questions',
  searchPlaceholder: 'Search, e.g. “side effects”',
  matches: (count, locale) => plural(locale, count, '# question matches', '# questions match'),
  noMatches: (query) => `No questions match “${query}”.`,
  noMatchesHint: 'Try a shorter word, or ask us directly: we are happy to answer.',
  askUs: 'Ask us in a consultation',
};

/** Styles only a searchable FAQ needs; the element adopts them once this chunk has arrived. */
export const styles = css`
  mark {
    border-radius: 2px;
    background: color-mix(in srgb, var(--_blush-accent) 24%, transparent);
    color: inherit;
  }

  .search {
    margin-block-end: var(--_blush-space-4);
  }

  .empty {
    padding: var(--_blush-space-5);
    border: 1px dashed var(--_blush-border);
    border-radius: var(--_blush-radius);
    background: var(--_blush-surface);
    text-align: center;
  }

  .empty p {
    margin-block: 0 var(--_blush-space-2);
  }

  input {
    inline-size: 100%;
    min-block-size: 3rem;
    padding-block: var(--_blush-space-2);
    padding-inline: var(--_blush-space-4);
    border: 1px solid var(--_blush-border);
    border-radius: 999px;
    background: var(--_blush-surface-raised);
    color: inherit;
    font: inherit;
  }

  input::placeholder {
    color: var(--_blush-text-muted);
    opacity: 1;
  }

  input:focus-visible {
    outline-offset: 0;
    border-color: var(--_blush-accent);
  }

  @media (forced-colors: active) {
    mark {
      forced-color-adjust: none;
      background: Mark;
      color: MarkText;
    }
  }

  @media print {
    .search,
    .empty {
      display: none !important;
    }
  }
`;

/** The search field: filters as the visitor types; Escape clears it, Down moves to the first match. */
export function renderSearch(
  messages: SearchMessages,
  query: string,
  setQuery: (query: string) => void,
  focusFirstQuestion: () => boolean,
): TemplateResult {
  const handleKeydown = (event: KeyboardEvent) => {
    const input = event.target as HTMLInputElement;
    if (event.key === 'Escape' && input.value) {
      event.preventDefault();
      setQuery((input.value = ''));
    } else if (event.key === 'ArrowDown' && focusFirstQuestion()) event.preventDefault();
  };
  return html`<div class="search">
    <label class="visually-hidden" for="search">${messages.searchLabel}</label>
    <input part="search" id="search" type="search" autocomplete="off" spellcheck="false" placeholder=${messages.searchPlaceholder} .value=${query}
      @input=${(event: Event) => setQuery((event.target as HTMLInputElement).value)} @keydown=${handleKeydown} />
  </div>`;
}

/** Shown when no question matches the query, with a way to ask instead. */
export function renderNoMatches(messages: SearchMessages, query: string, cta: unknown): TemplateResult {
  return html`<div part="empty" class="empty">
    <p><strong>${messages.noMatches(query.trim())}</strong></p>
    <p>${messages.noMatchesHint}</p>
    ${cta}
  </div>`;
}

/** Search terms in their folded form (lower case, no accents). */
export function searchTerms(query: string): string[] {
  return fold(query).split(/\s+/).filter(Boolean);
}

/**
 * Wraps each occurrence of the terms in `<mark>`. Matching runs on folded text; the index map
 * is only built when folding changed the length (ligatures and the like), which keeps a
 * keystroke over hundreds of answers cheap.
 */
export function highlight(text: string, terms: string[]): string | TemplateResult[] {
  if (!terms.length) return text;
  let folded = fold(text);
  let map: number[] | null = null;
  if (folded.length !== text.length) {
    folded = '';
    map = [];
    for (let index = 0; index < text.length; index++) {
      const part = fold(text[index]);
      folded += part;
      for (let repeat = 0; repeat < part.length; repeat++) map.push(index);
    }
    map.push(text.length);
  }
  const ranges: Array<[number, number]> = [];
  for (const term of terms) {
    for (let at = folded.indexOf(term); at !== -1; at = folded.indexOf(term, at + term.length)) {
      ranges.push(map ? [map[at], map[at + term.length - 1] + 1] : [at, at + term.length]);
    }
  }
  if (!ranges.length) return text;
  ranges.sort((a, b) => a[0] - b[0]);
  const out: TemplateResult[] = [];
  let last = 0;
  for (const [start, end] of ranges) {
    if (end <= last) continue;
    const from = Math.max(start, last);
    out.push(html`${text.slice(last, from)}<mark part="mark">${text.slice(from, end)}</mark>`);
    last = end;
  }
  out.push(html`${text.slice(last)}`);
  return out;
}

/** What a screen reader hears after a keystroke: how many questions match, or that none does. */
export function announcement(words: SearchMessages, query: string, count: number, locale: string): string {
  if (!query.trim()) return '';
  return count ? words.matches(count, locale) : words.noMatches(query.trim());
}
