// An FAQ's questions as the plain HTML a page carries before any script runs: `<details data-id>`
// items, their answers the packs' small markup rendered the way the element renders it. The embed
// builder writes them into its snippets and the WordPress plugin renders a pack's on the server
// (scripts/wordpress-zip.mjs exports them), so the content is there at first paint, readable
// without JavaScript and by search engines, and the page does not move when the element upgrades
// them. `data-id` is the pack question's id: the element shows each once. Not in any element's bundle.
import { parseAnswerText } from './faq.load.js';
import { slugify, type FaqItemInput, type FaqRun } from './faq.model.js';

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** One run of answer text: link outside, then strong, then em (as faq.render.ts nests them). */
function runHtml(run: FaqRun): string {
  let html = escapeHtml(run.text);
  if (run.em) html = `<em>${html}</em>`;
  if (run.strong) html = `<strong>${html}</strong>`;
  return run.href ? `<a href="${escapeHtml(run.href)}">${html}</a>` : html;
}

const runsHtml = (runs: FaqRun[]) => runs.map(runHtml).join('');

/** Answer text in the packs' markup (paragraphs, lists, *em*, **strong**, links) as HTML. */
export function answerHtml(source: string): string {
  return parseAnswerText(source)
    .map((block) =>
      block.list
        ? `<${block.list}>${block.items.map((runs) => `<li>${runsHtml(runs)}</li>`).join('')}</${block.list}>`
        : `<p>${runsHtml(block.runs)}</p>`,
    )
    .join('');
}

/** Each item as `<details data-id="…"><summary>question</summary>answer</details>`. */
export function detailsHtml(items: readonly FaqItemInput[]): string[] {
  return items.map(
    (item) =>
      `<details data-id="${escapeHtml(item.id || slugify(item.question))}"><summary>${escapeHtml(item.question)}</summary>${answerHtml(item.answer)}</details>`,
  );
}

const rule = 'color-mix(in srgb,currentColor 16%,transparent)';

/**
 * The size of the element's rows, given to the `<details>` items before it upgrades them: the row
 * padding and question type, its +/− sign (drawn here too, for visitors without JavaScript), the
 * rules between rows, and the room above them for the search field (`searchable`) and the "Expand
 * all" bar (three or more questions, not `single`).
 * It applies from first paint until the questions are drawn, so the page does not move when they
 * are (a whole-page layout shift of 0 on a phone, test/e2e/layout-shift.e2e.mjs). The builder
 * prints it before the FAQ's code and the WordPress plugin before its first FAQ. Keep it in step
 * with faq.styles.ts (`.question`, `.icon`, `.toolbar`).
 */
export const FAQ_ROWS_CSS = [
  'blush-faq{display:block}',
  `blush-faq>details{font:400 var(--blush-font-size,1rem)/1.55 var(--blush-font,inherit);border-bottom:1px solid ${rule}}`,
  `blush-faq>details:first-of-type>summary{border-top:1px solid ${rule}}`,
  'blush-faq:not([single])>details:first-of-type:nth-last-of-type(n+3){padding-top:2.5rem}',
  'blush-faq[searchable]>details:first-of-type{padding-top:4rem}',
  'blush-faq[searchable]:not([single])>details:first-of-type:nth-last-of-type(n+3){padding-top:6.5rem}',
  'blush-faq>details>summary{position:relative;display:block;min-height:1.75rem;padding:1rem 3rem 1rem .25rem;font-size:1.0625em;font-weight:600;line-height:1.4;letter-spacing:-.005em;cursor:pointer}',
  // The +/− sign, so a visitor without JavaScript still sees that a question opens.
  `blush-faq>details>summary::after{content:"+";position:absolute;top:1rem;inset-inline-end:.25rem;box-sizing:border-box;width:1.75rem;height:1.75rem;border:1px solid ${rule};border-radius:50%;color:var(--blush-accent,currentColor);font:400 1.125rem/1.6rem sans-serif;text-align:center}`,
  'blush-faq>details[open]>summary::after{content:"\u2212"}',
].join('');
