// Shadow-DOM lookups for <blush-faq>, apart from faq-harness.ts (which registers the source
// element), so that tests of the built files use them too.
import type { BlushFaq } from '../../src/faq/faq.js';
import { queuedTasksRun } from './wait.js';

const clean = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

/** Shadow-DOM lookups for `<blush-faq>` tests, so tests read as what a visitor sees. */
export function faqHarness(el: BlushFaq) {
  const root = el.shadowRoot!;
  // Questions the visitor can see: the search hides the others rather than removing them.
  const questions = () => [...root.querySelectorAll<HTMLButtonElement>('.item:not([hidden]) [part="question"]')];
  const question = (text: string) => {
    const found = questions().find((button) => clean(button.textContent).includes(text));
    if (!found)
      throw new Error(
        `no question containing "${text}"; have: ${questions()
          .map((b) => clean(b.textContent))
          .join(' | ')}`,
      );
    return found;
  };
  const panelOf = (button: HTMLButtonElement) => root.getElementById(button.getAttribute('aria-controls')!)!;
  return {
    el,
    root,
    questions,
    question,
    questionTexts: () => questions().map((button) => clean(button.textContent)),
    panelOf,
    answerText: (text: string) => clean(panelOf(question(text)).querySelector('.answer')?.textContent),
    openQuestions: () =>
      questions()
        .filter((button) => button.getAttribute('aria-expanded') === 'true')
        .map((button) => clean(button.textContent)),
    ids: () => questions().map((button) => button.id.replace(/^q-/, '')),
    search: () => root.querySelector<HTMLInputElement>('[part="search"]'),
    marks: () => [...root.querySelectorAll('mark')].map((mark) => mark.textContent),
    toggleAll: () => root.querySelector<HTMLButtonElement>('.toggle-all'),
    empty: () => root.querySelector<HTMLElement>('[part="empty"]'),
    error: () => root.querySelector<HTMLElement>('[part="error"]'),
    status: () => clean(root.querySelector('[role="status"]')?.textContent),
    focused: () => root.activeElement as HTMLElement | null,
    /**
     * Fast-forwards running open/close animations (a test page in a background tab may not
     * advance them) and waits for the render that follows. Twice: on a busy machine a key's
     * click can reach the page only while the first round waits, and start its animation then.
     */
    async settled() {
      await el.updateComplete;
      for (let round = 0; round < 2; round++) {
        for (const animation of root.getAnimations()) animation.finish();
        await queuedTasksRun();
        await el.updateComplete;
      }
    },
  };
}
