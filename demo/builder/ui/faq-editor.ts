import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { faqItemReport, importFaqJson } from '../model/checks.js';
import type { FaqItem } from '../model/state.js';
import { emitChange } from './events.js';
import './json-import.js';
import { baseStyles } from './styles.js';

export const editorStyles = css`
  ol { list-style: none; margin: 0 0 1rem; padding: 0; display: grid; gap: 0.9rem; }
  li fieldset { border: 1px solid var(--line); border-radius: 12px; padding: 1rem; background: var(--paper); }
  li legend { padding-inline: 0.35rem; font-family: 'Cormorant Garamond', Georgia, serif; font-size: 1.1rem; font-weight: 600; }
  .item-actions { display: flex; justify-content: flex-end; }
  .pair { display: grid; gap: 0 1rem; }
  @media (min-width: 40rem) { .pair { grid-template-columns: 1fr 1fr; } }
`;

/** The FAQ's own questions, written as `<details>` children of the element. */
@customElement('builder-faq-editor')
export class BuilderFaqEditor extends LitElement {
  static override styles = [baseStyles, editorStyles];

  @property({ attribute: false }) items: FaqItem[] = [];
  @state() private announcement = '';

  #update(items: FaqItem[], announcement = '') {
    this.announcement = announcement;
    emitChange(this, { faqItems: items });
  }

  #edit(index: number, field: keyof FaqItem, value: string) {
    this.#update(this.items.map((item, at) => (at === index ? { ...item, [field]: value } : item)));
  }

  async #add() {
    this.#update([...this.items, { question: '', answer: '' }], `Question ${this.items.length + 1} added.`);
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLInputElement>(`#question-${this.items.length - 1}`)?.focus();
  }

  async #remove(index: number) {
    this.#update(
      this.items.filter((_, at) => at !== index),
      `Question ${index + 1} removed.`,
    );
    await this.updateComplete;
    (
      this.renderRoot.querySelector<HTMLElement>(`#question-${Math.min(index, this.items.length - 1)}`) ??
      this.renderRoot.querySelector<HTMLElement>('#add')
    )?.focus();
  }

  override render() {
    return html`<h3>Your questions</h3>
      <p class="help">Shown after the ready-made questions (one worded the same replaces ours). Leave a blank line to start a new paragraph.</p>
      <ol>
        ${this.items.map((item, index) => {
          const report = faqItemReport(item, index);
          return html`<li><fieldset>
            <legend>Question ${index + 1}</legend>
            <div class="field"><label for="question-${index}">Question</label>
              <input id="question-${index}" type="text" .value=${item.question} @input=${(event: Event) => this.#edit(index, 'question', (event.target as HTMLInputElement).value)} /></div>
            <div class="field"><label for="answer-${index}">Answer</label>
              <textarea id="answer-${index}" .value=${item.answer} @input=${(event: Event) => this.#edit(index, 'answer', (event.target as HTMLTextAreaElement).value)}></textarea></div>
            ${report.errors.map((error) => html`<p class="error">${error}</p>`)}${report.warnings.map((warning) => html`<p class="warning">${warning}</p>`)}
            <div class="item-actions"><button type="button" class="quiet" @click=${() => this.#remove(index)}>Remove question ${index + 1}</button></div>
          </fieldset></li>`;
        })}
      </ol>
      <button type="button" id="add" @click=${this.#add}>Add a question</button>
      <builder-json-import label="For your web developer: add questions from a file" hint='An array of { "question": "…", "answer": "…" }, or { "items": [...] }, as the FAQ reads from src.'
        .parse=${importFaqJson} @json-import=${(event: CustomEvent<FaqItem[]>) => this.#update([...this.items, ...event.detail], `${event.detail.length} questions imported.`)}></builder-json-import>
      <p class="visually-hidden" aria-live="polite">${this.announcement || nothing}</p>`;
  }
}
