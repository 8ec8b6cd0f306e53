import { LitElement, css, html } from 'lit';
import { customElement, property, query } from 'lit/decorators.js';
import { elementMarkup } from '../model/markup.js';
import type { BuilderState, PreviewView } from '../model/state.js';
import { PREVIEW_LANGUAGES } from '../model/widgets.js';
import { emitChange } from './events.js';
import { baseStyles } from './styles.js';

/**
 * Step 3: the real built widgets (the classic-script file of dist/cdn) in a sandboxed frame that
 * stays loaded; each edit is posted into it, so the preview changes without a reload.
 */
@customElement('builder-preview-pane')
export class BuilderPreviewPane extends LitElement {
  static override styles = [
    baseStyles,
    css`
    .controls { display: flex; flex-wrap: wrap; gap: 0.75rem 1.25rem; align-items: end; margin-block-end: 1rem; }
    .controls fieldset legend { font-size: 0.85rem; color: var(--ink-muted); font-weight: 600; margin-block-end: 0.3rem; }
    .controls select { min-height: 2.5rem; inline-size: auto; }
    .controls .field { margin: 0; gap: 0.3rem; }
    .controls .field label { font-size: 0.85rem; color: var(--ink-muted); }
    .frame { display: flex; justify-content: center; align-items: flex-start; background: color-mix(in srgb, var(--ink) 5%, transparent); border-radius: 12px; padding: 0.75rem; max-block-size: var(--preview-max, none); overflow: auto; overscroll-behavior: contain; }
    .frame:focus-visible { outline: 2px solid var(--rose); outline-offset: 2px; }
    iframe { display: block; inline-size: 100%; max-inline-size: 100%; min-block-size: 16rem; border: 1px solid var(--line); border-radius: 10px; background: #fbf8f6; }
    iframe.phone { inline-size: 375px; }
    /* On a phone (upright or sideways) the preview sits stuck in view: the same controls, in one short row. */
    @media (max-width: 49.99rem), (max-height: 32rem) {
      .controls { gap: 0.4rem 0.5rem; margin-block-end: 0.5rem; }
      .controls fieldset legend, .controls .field label { position: absolute; inline-size: 1px; block-size: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
      .segmented label { min-height: 2.25rem; padding: 0.2rem 0.7rem; }
      .controls select { min-height: 2.25rem; padding-block: 0.2rem; }
      .frame { padding: 0.4rem; }
      .note { display: none; }
    }
    iframe.dark { background: #161215; }
  `,
  ];

  @property({ attribute: false }) state!: BuilderState;
  @property() src = 'preview.html';
  @query('iframe') private frame!: HTMLIFrameElement;
  #ready = false;
  #height = 0;

  override connectedCallback() {
    super.connectedCallback();
    addEventListener('message', this.#handleMessage);
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    removeEventListener('message', this.#handleMessage);
  }

  #handleMessage = (event: MessageEvent) => {
    if (!this.frame || event.source !== this.frame.contentWindow || typeof event.data !== 'object' || !event.data) return;
    if (event.data.type === 'blush-preview-ready') {
      this.#ready = true;
      this.#post();
    } else if (event.data.type === 'blush-preview-height' && Number.isFinite(event.data.height)) {
      this.#height = Math.min(Math.max(Number(event.data.height), 256), 6000);
      this.frame.style.blockSize = `${this.#height}px`;
    }
  };

  #post() {
    if (!this.#ready || !this.frame?.contentWindow) return;
    const { view } = this.state;
    // '*': the sandboxed frame's origin is opaque; the message holds nothing private.
    this.frame.contentWindow.postMessage(
      { type: 'blush-preview', markup: elementMarkup(this.state, { preview: true }), page: view.page, lang: view.lang },
      '*',
    );
  }

  override updated() {
    this.#post();
  }

  #view(patch: Partial<PreviewView>) {
    emitChange(this, { view: { ...this.state.view, ...patch } });
  }

  #segmented(legend: string, name: string, options: [string, string][], current: string, pick: (value: string) => void) {
    return html`<fieldset class=${name}><legend>${legend}</legend><div class="segmented">
      ${options.map(([value, label]) => html`<label><input type="radio" name=${name} value=${value} .checked=${current === value} @change=${() => pick(value)} />${label}</label>`)}
    </div></fieldset>`;
  }

  override render() {
    const { view } = this.state;
    return html`<div class="controls">
        ${this.#segmented(
          'Width',
          'width',
          [
            ['desktop', 'Desktop'],
            ['phone', 'Phone'],
          ],
          view.width,
          (width) => this.#view({ width: width as PreviewView['width'] }),
        )}
        ${this.#segmented(
          'Page',
          'page',
          [
            ['light', 'Light'],
            ['dark', 'Dark'],
          ],
          view.page,
          (page) => this.#view({ page: page as PreviewView['page'] }),
        )}
        <div class="field"><label for="preview-lang">Language</label>
          <select id="preview-lang" @change=${(event: Event) => this.#view({ lang: (event.target as HTMLSelectElement).value })}>
            ${PREVIEW_LANGUAGES.map((language) => html`<option value=${language.code} lang=${language.code} ?selected=${view.lang === language.code}>${language.name}</option>`)}
          </select></div>
      </div>
      <div class="frame" tabindex="0" role="region" aria-label="Preview of the widget">
        <iframe src=${this.src} title="Live preview of the widget" sandbox="allow-scripts allow-forms" class="${view.width} ${view.page}"
          @load=${() => this.#post()}></iframe>
      </div>
      <p class="help note">Until you give photos, the preview shows samples; your code never includes them.</p>`;
  }
}
