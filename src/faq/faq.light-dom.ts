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
