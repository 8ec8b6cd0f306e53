import { html, nothing, type TemplateResult } from 'lit';
import { fold, type FaqBlock, type FaqRun } from './faq.model.js';

type Content = TemplateResult | typeof nothing;

// A real heading element at the level the page needs; Lit cannot bind a tag name, and six
// small templates cost less than the static-html module.
const HEADINGS: Array<(content: Content) => TemplateResult> = [
  (content) => html`<h1 class="heading">${content}</h1>`,
  (content) => html`<h2 class="heading">${content}</h2>`,
  (content) => html`<h3 class="heading">${content}</h3>`,
  (content) => html`<h4 class="heading">${content}</h4>`,
  (content) => html`<h5 class="heading">${content}</h5>`,
  (content) => html`<h6 class="heading">${content}</h6>`,
];

export function renderHeading(level: number, content: Content): TemplateResult {
  return HEADINGS[level - 1](content);
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

function renderRun(run: FaqRun, terms: string[]): TemplateResult | string | TemplateResult[] {
  let content: TemplateResult | string | TemplateResult[] = highlight(run.text, terms);
  if (run.em) content = html`<em>${content}</em>`;
  if (run.strong) content = html`<strong>${content}</strong>`;
  return run.href ? html`<a href=${run.href}>${content}</a>` : content;
}

const renderRuns = (runs: FaqRun[], terms: string[]) => runs.map((run) => renderRun(run, terms));

export function renderBlocks(blocks: FaqBlock[], terms: string[]): TemplateResult[] {
  return blocks.map((block) => {
    if (!block.list) return html`<p>${renderRuns(block.runs, terms)}</p>`;
    const items = block.items.map((runs) => html`<li>${renderRuns(runs, terms)}</li>`);
    return block.list === 'ol' ? html`<ol>${items}</ol>` : html`<ul>${items}</ul>`;
  });
}
