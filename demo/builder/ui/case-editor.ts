import { LitElement, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { getCatalog, treatmentName } from '../../../src/core/index.js';
import { caseReport, importCasesJson } from '../model/checks.js';
import type { GalleryCase } from '../model/state.js';
import { emitChange } from './events.js';
import { editorStyles } from './faq-editor.js';
import './json-import.js';
import { baseStyles } from './styles.js';

const EMPTY: GalleryCase = { treatment: 'botox', area: '', before: '', after: '', beforeAlt: '', afterAlt: '', caption: '' };
const LABELS: Record<keyof GalleryCase, string> = {
  treatment: 'Treatment',
  area: 'Area',
  before: "Before photo's web address",
  after: "After photo's web address",
  beforeAlt: 'What the before photo shows',
  afterAlt: 'What the after photo shows',
  caption: 'Caption',
};

/** The gallery's cases, written as `<blush-before-after>` children of the element. */
@customElement('builder-case-editor')
export class BuilderCaseEditor extends LitElement {
  static override styles = [baseStyles, editorStyles];

  @property({ attribute: false }) cases: GalleryCase[] = [];
  @state() private announcement = '';

  #update(cases: GalleryCase[], announcement = '') {
    this.announcement = announcement;
    emitChange(this, { cases });
  }

  #edit(index: number, field: keyof GalleryCase, value: string) {
    this.#update(this.cases.map((item, at) => (at === index ? { ...item, [field]: value } : item)));
  }

  async #add() {
    this.#update([...this.cases, { ...EMPTY }], `Result ${this.cases.length + 1} added.`);
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`#case-${this.cases.length - 1}-treatment`)?.focus();
  }

  async #remove(index: number) {
    this.#update(
      this.cases.filter((_, at) => at !== index),
      `Result ${index + 1} removed.`,
    );
    await this.updateComplete;
    (
      this.renderRoot.querySelector<HTMLElement>(`#case-${Math.min(index, this.cases.length - 1)}-treatment`) ??
      this.renderRoot.querySelector<HTMLElement>('#add')
    )?.focus();
  }

  #input(index: number, field: keyof GalleryCase, item: GalleryCase) {
    const id = `case-${index}-${field}`;
    const isUrl = field === 'before' || field === 'after';
    return html`<div class="field"><label for=${id}>${LABELS[field]}</label>
      <input id=${id} type="text" spellcheck=${isUrl ? 'false' : 'true'} inputmode=${isUrl ? 'url' : nothing} placeholder=${isUrl ? 'https://…' : nothing}
        .value=${item[field]} @input=${(event: Event) => this.#edit(index, field, (event.target as HTMLInputElement).value)} /></div>`;
  }

  override render() {
    return html`<h3>Your results</h3>
      <p class="help">Give each photo's web address (starting with https://) and say what it shows, for visitors who cannot see it. Until you add results, the preview shows samples.</p>
      <ol>
        ${this.cases.map((item, index) => {
          const report = caseReport(item, index);
          return html`<li><fieldset>
            <legend>Result ${index + 1}</legend>
            <div class="pair">
              <div class="field"><label for="case-${index}-treatment">Treatment</label>
                <select id="case-${index}-treatment" @change=${(event: Event) => this.#edit(index, 'treatment', (event.target as HTMLSelectElement).value)}>
                  ${getCatalog().map((treatment) => html`<option value=${treatment.id} ?selected=${item.treatment === treatment.id}>${treatmentName(treatment, 'en')}</option>`)}
                  ${item.treatment && !getCatalog().some((treatment) => treatment.id === item.treatment) ? html`<option value=${item.treatment} selected>${item.treatment}</option>` : nothing}
                </select></div>
              ${this.#input(index, 'area', item)}
              ${this.#input(index, 'before', item)}${this.#input(index, 'beforeAlt', item)}
              ${this.#input(index, 'after', item)}${this.#input(index, 'afterAlt', item)}
            </div>
            ${this.#input(index, 'caption', item)}
            ${report.errors.map((error) => html`<p class="error">${error}</p>`)}${report.warnings.map((warning) => html`<p class="warning">${warning}</p>`)}
            <div class="item-actions"><button type="button" class="quiet" @click=${() => this.#remove(index)}>Remove case ${index + 1}</button></div>
          </fieldset></li>`;
        })}
      </ol>
      <button type="button" id="add" @click=${this.#add}>Add a result</button>
      <builder-json-import label="For your web developer: add results from a file" hint='The gallery&#39;s JSON: an array of cases, or { "cases": [...] }, each with treatment, before, after, beforeAlt, afterAlt.'
        .parse=${importCasesJson} @json-import=${(event: CustomEvent<GalleryCase[]>) => this.#update([...this.cases, ...event.detail], `${event.detail.length} cases imported.`)}></builder-json-import>
      <p class="visually-hidden" aria-live="polite">${this.announcement || nothing}</p>`;
  }
}
