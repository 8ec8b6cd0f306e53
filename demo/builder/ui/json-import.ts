import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import type { Imported } from '../model/checks.js';
import { baseStyles } from './styles.js';

/** "Paste JSON": a disclosure with a textarea that imports items through `parse`, or says why not. */
@customElement('builder-json-import')
export class BuilderJsonImport extends LitElement {
  static override styles = [
    baseStyles,
    css`
    details { margin-block: 0.5rem 1rem; }
    summary { cursor: pointer; font-weight: 600; color: var(--rose); min-height: 2rem; display: flex; align-items: center; }
    .actions { display: flex; gap: 0.5rem; margin-block-start: 0.5rem; }
  `,
  ];

  @property() label = 'Paste JSON';
  @property() hint = '';
  @property({ attribute: false }) parse?: (text: string) => Imported<unknown>;
  @state() private problem = '';
  @query('textarea') private textarea!: HTMLTextAreaElement;

  #import() {
    const result = this.parse?.(this.textarea.value);
    if (!result) return;
    if (!result.ok) {
      this.problem = result.problem;
      return;
    }
    this.problem = '';
    this.textarea.value = '';
    this.dispatchEvent(new CustomEvent('json-import', { detail: result.items, bubbles: true, composed: true }));
  }

  override render() {
    return html`<details>
      <summary>${this.label}</summary>
      <div class="field">
        <label for="json">JSON</label>
        <textarea id="json" class="code" spellcheck="false" aria-describedby="json-hint${this.problem ? ' json-problem' : ''}" aria-invalid=${this.problem ? 'true' : 'false'}></textarea>
        <p class="help" id="json-hint">${this.hint}</p>
        ${this.problem ? html`<p class="error" id="json-problem" role="alert">${this.problem}</p>` : nothing}
        <div class="actions"><button type="button" @click=${this.#import}>Import</button></div>
      </div>
    </details>`;
  }
}
