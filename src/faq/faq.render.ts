import { html, nothing, type TemplateResult } from 'lit';
import type { FaqMessages } from './faq.messages.js';
import type { FaqBlock, FaqItem, FaqRun } from './faq.model.js';

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

/** What one question needs besides its content: the element's state for it and the optional parts. */
export interface ItemView {
  mark: Marker;
  level: number;
  words: FaqMessages;
  /** Filtered out by a search: kept in the DOM, hidden, so a keystroke changes attributes, not subtrees. */
  hidden: boolean;
  open: boolean;
  /** Still animating closed. */
  closing: boolean;
  /** Its link was just copied. */
  copied: boolean;
  source: Content;
  cta: Content;
}

/** One question and its answer (a closed answer stays findable by find-in-page: `hidden="until-found"`). */
export function renderItem(item: FaqItem, v: ItemView): TemplateResult {
  const { id } = item;
  const question = html`<button part="question" class="question" data-id=${id} id=${`q-${id}`} aria-expanded=${v.open} aria-controls=${`a-${id}`}>
      <span class="question-text">${v.mark(item.question)}</span><span part="icon" class="icon" aria-hidden="true"></span>
    </button>`;
  return html`<div part="item" class="item" ?hidden=${v.hidden}>
      ${renderHeading(v.level, question)}
      <div part="answer" class="panel" id=${`a-${id}`} role="region" aria-labelledby=${`q-${id}`} hidden=${v.open || v.closing ? nothing : 'until-found'}>
        <div class="answer">
          ${renderBlocks(item.answer, v.mark)}
          ${v.source}
          <div class="actions">
            ${v.cta}
            <button part="copy-link" class="copy-link" data-id=${id} aria-label=${v.words.copyLink(item.question)}>
              <span class="hash" aria-hidden="true">#</span><span aria-hidden="true">${v.copied ? v.words.linkCopied : v.words.copyLinkShort}</span>
            </button>
          </div>
        </div>
      </div>
    </div>`;
}
