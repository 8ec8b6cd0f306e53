import { quote } from '../core/warn.js';
import { safeLinkUrl } from '../core/safe-url.js';

/** A run of answer text with its emphasis and link, if any. Text only: never parsed as HTML. */
export interface FaqRun {
  text: string;
  em?: boolean;
  strong?: boolean;
  /** Already checked by `safeLinkUrl`. */
  href?: string;
}

/** The small, safe structure every answer becomes, whatever it was written in. */
export type FaqBlock = { list?: undefined; runs: FaqRun[] } | { list: 'ul' | 'ol'; items: FaqRun[][] };

/** One question with its answer, as the element renders it. */
export interface FaqItem {
  /** Stable slug used for the deep link (`#what-is-botox`), unique on the page. */
  id: string;
  question: string;
  answer: FaqBlock[];
  /** Whether the answer starts open. */
  open: boolean;
  /** Where the answer's facts come from (data; shown with `show-sources`). */
  source?: string;
  /** When the answer was last checked against its source, `YYYY-MM-DD`. */
  reviewed?: string;
  /** `false` hides the call to action under this answer. */
  cta?: boolean;
  /**
   * A pack's question written into the page (`<details data-id>`, as the embed builder and the
   * WordPress plugin write them): the pack itself, in the page's language, takes its place.
   */
  copy?: boolean;
}

/**
 * One question as written in JSON, a pack or the `items` property. `answer` is plain text with
 * a small markup subset: blank lines between paragraphs, `- ` or `1. ` list lines,
 * `*emphasis*`, `**strong**` and `[links](https://…)`. It is never treated as HTML.
 */
export interface FaqItemInput {
  question: string;
  answer: string;
  id?: string;
  open?: boolean;
  source?: string;
  reviewed?: string;
  cta?: boolean;
}

const CURLY_QUOTES = /[\u2018\u2019\u201a\u201b\u2032\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb]/g;

/** A URL fragment from a question: `What’s Botox?` → `whats-botox`. */
export function slugify(text: string): string {
  return (
    text
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(CURLY_QUOTES, '')
      .replace(/'/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 64)
      .replace(/-+$/, '') || 'question'
  );
}

/** An attribute value a page editor may have wrapped in typographic quotes (`pack=”botox”`). */
export function cleanAttribute(value: string | null | undefined): string {
  return (value ?? '')
    .replace(CURLY_QUOTES, '')
    .replace(/^["']|["']$/g, '')
    .trim();
}

/** Lower-cased, accent-free text, so a search for "pestana" finds "pestaña". */
export function fold(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}

export function answerText(blocks: FaqBlock[]): string {
  return blocks.map((block) => (block.list ? block.items.map(runsText).join('\n') : runsText(block.runs))).join('\n\n');
}

export function runsText(runs: FaqRun[]): string {
  return runs.map((run) => run.text).join('');
}

// ---------- light DOM (`<details><summary>`) ----------

const BLOCK_TAGS = /^(P|DIV|H[1-6]|BLOCKQUOTE|SECTION|ARTICLE|ADDRESS|FIGURE|FIGCAPTION|DL|DT|DD|TABLE|TR|PRE|HR)$/;
const SKIPPED_TAGS = /^(SCRIPT|STYLE|TEMPLATE|NOSCRIPT|BUTTON|INPUT|SELECT|TEXTAREA|IFRAME|OBJECT|SVG|SUMMARY)$/;

type Marks = Omit<FaqRun, 'text'>;

/**
 * Reads an answer written as HTML into the safe block structure: paragraphs, lists, links
 * (through `safeLinkUrl`), emphasis. Everything else contributes its text only. Stray `<br>`s
 * and empty `<p>`s, as WordPress's editor leaves them, disappear.
 */
// What HTML collapses: ASCII spaces, tabs and line breaks. The clinic's own no-break spaces
// (`10\u00a0units`, `Dr.\u00a0Lee`) are kept, as a browser keeps them; `\s` would include them.
const HTML_SPACE = /[ \t\n\f\r]+/g;

export function parseAnswerNodes(nodes: Iterable<Node>): FaqBlock[] {
  const blocks: FaqBlock[] = [];
  let runs: FaqRun[] = [];
  const flush = () => {
    const trimmed = trimRuns(runs);
    if (trimmed.length) blocks.push({ runs: trimmed });
    runs = [];
  };
  const walkInline = (node: Node, marks: Marks, into: FaqRun[]) => {
    if (node.nodeType === Node.TEXT_NODE) {
      const text = (node.textContent ?? '').replace(HTML_SPACE, ' ');
      if (text) into.push({ text, ...marks });
      return;
    }
    if (!(node instanceof Element) || SKIPPED_TAGS.test(node.tagName)) return;
    const tag = node.tagName;
    const next: Marks = { ...marks };
    if (tag === 'EM' || tag === 'I') next.em = true;
    if (tag === 'STRONG' || tag === 'B') next.strong = true;
    if (tag === 'A') {
      const href = safeLinkUrl(node.getAttribute('href'));
      if (href) next.href = href;
    }
    if (tag === 'BR' || tag === 'LI' || BLOCK_TAGS.test(tag)) into.push({ text: ' ' });
    for (const child of node.childNodes) walkInline(child, next, into);
  };
  const walkBlock = (node: Node) => {
    if (!(node instanceof Element)) return walkInline(node, {}, runs);
    const tag = node.tagName;
    if (tag === 'UL' || tag === 'OL') {
      flush();
      const items = [...node.children]
        .filter((child) => child.tagName === 'LI')
        .map((li) => {
          const itemRuns: FaqRun[] = [];
          for (const child of li.childNodes) walkInline(child, {}, itemRuns);
          return trimRuns(itemRuns);
        })
        .filter((item) => item.length);
      if (items.length) blocks.push({ list: tag === 'UL' ? 'ul' : 'ol', items });
    } else if (tag === 'BR') {
      flush();
    } else if (BLOCK_TAGS.test(tag)) {
      flush();
      for (const child of node.childNodes) walkBlock(child);
      flush();
    } else {
      walkInline(node, {}, runs);
    }
  };
  for (const node of nodes) walkBlock(node);
  flush();
  return blocks;
}

/** Collapses doubled spaces across runs and trims the ends; drops runs left empty. */
function trimRuns(runs: FaqRun[]): FaqRun[] {
  const out: FaqRun[] = [];
  let previousEndsInSpace = true;
  for (const run of runs) {
    let text = run.text.replace(HTML_SPACE, ' ');
    if (previousEndsInSpace) text = text.replace(/^ /, '');
    if (!text) continue;
    out.push({ ...run, text });
    previousEndsInSpace = text.endsWith(' ');
  }
  const last = out.at(-1);
  if (last) {
    last.text = last.text.replace(/ $/, '');
    if (!last.text) out.pop();
  }
  return out;
}

/** The `<details>` items of an element, including ones an editor wrapped in `<p>` or `<div>`, but not details nested in an answer. */
export function readLightDomItems(host: Element): FaqDraft[] {
  const items: FaqDraft[] = [];
  for (const details of host.querySelectorAll('details')) {
    if (details.parentElement?.closest('details') && host.contains(details.parentElement.closest('details'))) continue;
    const summary = [...details.querySelectorAll('summary')].find((candidate) => candidate.closest('details') === details);
    const question = summary?.textContent?.replace(HTML_SPACE, ' ').replace(/^ | $/g, '');
    if (!question) continue;
    items.push({
      id: cleanAttribute(details.id) || cleanAttribute(details.getAttribute('data-id')) || undefined,
      copy: !details.id && details.hasAttribute('data-id'),
      question,
      answer: parseAnswerNodes([...details.childNodes].filter((node) => !node.contains(summary!))),
      open: details.hasAttribute('open'),
      source: details.dataset.source,
      reviewed: details.dataset.reviewed,
    });
  }
  return items;
}

export type FaqDraft = Omit<FaqItem, 'id'> & { id?: string };

/**
 * Joins the items of every source in order of precedence: a later item with the same id (its
 * own, or the slug of its question) replaces an earlier one in place, so a clinic can reword
 * one answer of a pack and add its own. A question repeated within one source stays.
 */
export function mergeFaqLists(lists: FaqDraft[][]): FaqItem[] {
  const items: FaqItem[] = [];
  const index = new Map<string, number>();
  for (const list of lists) {
    const added: Array<[string, number]> = [];
    for (const draft of list) {
      const id = draft.id || slugify(draft.question);
      const at = index.get(id);
      if (at !== undefined) items[at] = { ...draft, id };
      else added.push([id, items.push({ ...draft, id }) - 1]);
    }
    for (const [id, at] of added) if (!index.has(id)) index.set(id, at);
  }
  return items;
}

/** The heading level of the questions, 1–6; anything else warns once and uses 3. */
export function headingLevel(value: number | string, warn: (message: string) => void): number {
  const level = Number(cleanAttribute(String(value)));
  if (Number.isInteger(level) && level >= 1 && level <= 6) return level;
  warn(`heading-level=${quote(String(value))} is not a heading level; use a whole number from 1 to 6 (using 3)`);
  return 3;
}

/** The questions as schema.org `Question` entities (for JSON-LD). */
export function questionEntities(items: FaqItem[]) {
  return items.map((item) => ({
    '@type': 'Question' as const,
    name: item.question,
    acceptedAnswer: { '@type': 'Answer' as const, text: answerText(item.answer) },
  }));
}
