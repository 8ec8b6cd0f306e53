import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { readiness } from '../model/destination.js';
import { PLATFORM_LABELS, SOURCE_LABELS, ownBaseProblem, platformOutput, type SriData, type Step } from '../model/platforms.js';
import { PLATFORMS, SOURCES, type BuilderState, type Platform, type ScriptSource } from '../model/state.js';
import { copyText } from '../../../src/core/clipboard.js';
import { emitChange } from './events.js';
import { STEP_PICTURES } from './step-pictures.js';
import { baseStyles } from './styles.js';
import { withEmphasis } from './text.js';

/** Step 4: the platform, where the script comes from, and the code with its steps and Copy buttons. */
@customElement('builder-code-pane')
export class BuilderCodePane extends LitElement {
  static override styles = [
    baseStyles,
    css`
    .choices { display: grid; gap: 1rem; margin-block-end: 1.25rem; }
    .choices legend { margin-block-end: 0.4rem; }
    ol.steps { margin: 0; padding-inline-start: 1.4rem; display: grid; gap: 1.25rem; }
    ol.steps > li::marker { color: var(--rose); font-weight: 700; }
    .step-head { display: flex; gap: 0.75rem; align-items: flex-start; justify-content: space-between; }
    .step-head p { margin: 0; }
    svg.picture { flex: none; inline-size: 4.5rem; block-size: auto; color: var(--ink-muted); }
    .before { background: var(--rose-soft); border-radius: 10px; padding: 0.7rem 0.9rem; margin-block-end: 1rem; }
    .code { position: relative; margin-block-start: 0.6rem; }
    .code-head { display: flex; justify-content: space-between; align-items: center; gap: 0.5rem; margin-block-end: 0.35rem; font-size: 0.85rem; color: var(--ink-muted); font-weight: 600; }
    pre {
      margin: 0;
      padding: 0.9rem 1rem;
      background: var(--paper);
      border: 1px solid var(--line);
      border-radius: 10px;
      overflow: auto;
      max-block-size: 22rem;
      font: 0.82rem/1.55 var(--mono);
      white-space: pre-wrap;
      overflow-wrap: anywhere;
    }
    pre:focus-visible { outline: 2px solid var(--rose); outline-offset: 2px; }
    button.copy { min-height: 2.25rem; padding: 0.25rem 0.9rem; }
    button.copy.done { background: var(--ok); border-color: var(--ok); color: var(--card); }
    table { border-collapse: collapse; inline-size: 100%; margin-block-start: 0.6rem; font-size: 0.9rem; }
    th, td { text-align: start; padding: 0.45rem 0.5rem; border-block-end: 1px solid var(--line); vertical-align: top; }
    td.value { font-family: var(--mono); font-size: 0.82rem; overflow-wrap: anywhere; }
    td.action { inline-size: 1%; white-space: nowrap; }
    .notes { margin-block-start: 1.25rem; padding: 0; list-style: none; display: grid; gap: 0.4rem; }
    .own { max-inline-size: 32rem; margin-block-start: 0.75rem; }
    details.developer > summary, details.anyway > summary { cursor: pointer; font-weight: 600; color: var(--rose); min-height: 2.5rem; display: flex; align-items: center; }
    details.developer[open] > summary { margin-block-end: 0.5rem; }
    .not-ready { border: 1px solid var(--bad); border-inline-start-width: 4px; border-radius: 10px; padding: 0.75rem 1rem; margin-block-end: 1rem; }
    .not-ready strong { color: var(--bad); }
    .ready-note { margin-block-end: 1rem; }
  `,
  ];

  @property({ attribute: false }) state!: BuilderState;
  @property({ attribute: false }) sri: SriData | null = null;
  @state() private copied = '';
  @state() private announcement = '';
  #timer?: number;

  async #copy(key: string, what: string, text: string, target?: HTMLElement) {
    const ok = await copyText(text);
    this.copied = ok ? key : '';
    // Announced politely (aria-live) and shown on the button; cleared so a second copy is announced again.
    this.announcement = ok ? `${what} copied to the clipboard.` : `Could not copy ${what}: select the code and press Ctrl+C (⌘C on a Mac).`;
    if (!ok && target) getSelection()?.selectAllChildren(target);
    clearTimeout(this.#timer);
    this.#timer = window.setTimeout(() => {
      this.copied = '';
      this.announcement = '';
    }, 4000);
  }

  #copyButton(key: string, what: string, text: string, target?: () => HTMLElement | null) {
    const done = this.copied === key;
    return html`<button type="button" class="copy ${done ? 'done' : ''}" aria-label=${done ? `${what}: copied` : `Copy ${what}`} data-copy=${key}
      @click=${() => this.#copy(key, what, text, target?.() ?? undefined)}>${done ? 'Copied ✓' : 'Copy'}</button>`;
  }

  #renderStep(step: Step, index: number) {
    const key = `step-${index}`;
    return html`<li>
      <div class="step-head"><p>${withEmphasis(step.text)}</p>${
        step.picture
          ? html`<svg class="picture" viewBox="0 0 96 64" aria-hidden="true" focusable="false">${STEP_PICTURES[step.picture]}</svg>`
          : nothing
      }</div>
      ${
        step.code
          ? html`<div class="code">
        <div class="code-head"><span id="${key}-label">${step.code.label}</span>${this.#copyButton(key, step.code.label, step.code.text, () => this.renderRoot.querySelector(`#${key}-code`))}</div>
        <pre id="${key}-code" tabindex="0" aria-labelledby="${key}-label"><code>${step.code.text}</code></pre>
      </div>`
          : nothing
      }
      ${
        step.rows
          ? html`<table>
        <caption class="visually-hidden">${step.rows.caption}</caption>
        <thead><tr><th scope="col">Field</th><th scope="col">Value</th><th scope="col"><span class="visually-hidden">Copy</span></th></tr></thead>
        <tbody>${step.rows.cells.map(
          ([name, value], row) => html`<tr><th scope="row">${name}</th><td class="value">${value}</td>
          <td class="action">${this.#copyButton(`${key}-row-${row}`, `${step.rows!.label} ${name}`, value)}</td></tr>`,
        )}</tbody>
      </table>`
          : nothing
      }
      ${step.download ? html`<p><a href=${`data:application/json;charset=utf-8,${encodeURIComponent(step.download.text)}`} download=${step.download.name}>${step.download.label}</a></p>` : nothing}
      ${step.link ? html`<p><a href=${step.link.href}>${step.link.label}</a></p>` : nothing}
    </li>`;
  }

  /** The steps and code; a setup that would lose requests says so instead, its code behind a second click. */
  #renderCode(output: ReturnType<typeof platformOutput>) {
    const ready = readiness(this.state);
    const before = output.before ? html`<p class="before" id="before-you-start">${withEmphasis(output.before)}</p>` : nothing;
    const code = html`<ol class="steps">${output.steps.map((step, index) => this.#renderStep(step, index))}</ol>
      ${output.notes.length ? html`<ul class="notes">${output.notes.map((note) => html`<li class="help">${withEmphasis(note)}</li>`)}</ul>` : nothing}`;
    if (ready.ready)
      return html`${before}${ready.note ? html`<p class="warning ready-note" id="ready-note">${ready.note}</p>` : nothing}${code}`;
    return html`${before}<div class="not-ready" id="not-ready"><p><strong>Not ready yet.</strong> ${ready.problem}</p>
        <details class="anyway"><summary>Show the code anyway</summary><p class="help">Only for trying things out: on your site, this form would lose the requests visitors send.</p>${code}</details></div>`;
  }

  override render() {
    const { state } = this;
    const output = platformOutput(state, this.sri);
    const problem = state.source === 'own' ? ownBaseProblem(state.ownBase) : null;
    return html`<div class="choices">
        <fieldset><legend>Your website</legend><div class="segmented">
          ${PLATFORMS.map(
            (platform) => html`<label><input type="radio" name="platform" value=${platform} .checked=${state.platform === platform}
            @change=${() => emitChange(this, { platform: platform as Platform })} />${PLATFORM_LABELS[platform]}</label>`,
          )}
        </div></fieldset>
        ${
          state.platform === 'wordpress'
            ? nothing
            : html`<details class="developer" ?open=${state.source !== 'jsdelivr'}><summary>For your web developer</summary><fieldset><legend>Where the script comes from</legend><div class="segmented">
          ${SOURCES.map(
            (source) => html`<label><input type="radio" name="source" value=${source} .checked=${state.source === source}
            @change=${() => emitChange(this, { source: source as ScriptSource })} />${SOURCE_LABELS[source]}</label>`,
          )}
          </div>
          ${
            state.source === 'own'
              ? html`<div class="field own"><label for="own-base">Address of your copy of the files</label>
            <input id="own-base" type="text" inputmode="url" spellcheck="false" placeholder="https://www.your-clinic.com/blush-widgets/" .value=${state.ownBase}
              aria-describedby="own-help${problem ? ' own-problem' : ''}" aria-invalid=${problem && state.ownBase ? 'true' : 'false'}
              @input=${(event: Event) => emitChange(this, { ownBase: (event.target as HTMLInputElement).value })} />
            <p class="help" id="own-help">The folder holding loader.js and its chunks folder (dist/cdn of the package, or the WordPress plugin's assets folder).</p>
            ${problem ? html`<p class=${state.ownBase ? 'error' : 'help'} id="own-problem">${problem}</p>` : nothing}</div>`
              : nothing
          }
          ${state.source === 'sri' ? html`<p class="help">For security reviews: one self-contained file, pinned to this version, that the browser refuses to run if a single byte differs from the release.</p>` : nothing}
        </fieldset></details>`
        }
      </div>
      ${this.#renderCode(output)}
      <p class="visually-hidden" aria-live="polite" id="copy-status">${this.announcement}</p>`;
  }
}
