import { html, nothing, type TemplateResult } from 'lit';
import type { FaqBlock, FaqRun } from './faq.model.js';

type Content = TemplateResult | typeof nothing;

/** Marks search matches in a piece of text (`faq.search.ts`), or leaves it as it is. */
export type Marker = (text: string) => string | TemplateResult[];

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

function renderRun(run: FaqRun, mark: Marker): TemplateResult | string | TemplateResult[] {
  let content: TemplateResult | string | TemplateResult[] = mark(run.text);
  if (run.em) content = html`<em>${content}</em>`;
  if (run.strong) content = html`<strong>${content}</strong>`;
  return run.href ? html`<a href=${run.href}>${content}</a>` : content;
}

const renderRuns = (runs: FaqRun[], mark: Marker) => runs.map((run) => renderRun(run, mark));

export function renderBlocks(blocks: FaqBlock[], mark: Marker): TemplateResult[] {
  return blocks.map((block) => {
    if (!block.list) return html`<p>${renderRuns(block.runs, mark)}</p>`;
    const items = block.items.map((runs) => html`<li>${renderRuns(runs, mark)}</li>`);
    return block.list === 'ol' ? html`<ol>${items}</ol>` : html`<ul>${items}</ul>`;
  });
}
