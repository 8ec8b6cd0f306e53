import { LitElement, css, html } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { VERSION } from '../../../src/core/index.js';
import '../../../src/faq/index.js';
import { loadManifest } from '../model/manifest.js';
import type { SriData } from '../model/platforms.js';
import { defaultAttributes, fromFragment, initialState, toFragment, type BuilderState } from '../model/state.js';
import { widgetById, type WidgetId } from '../model/widgets.js';
import './code-pane.js';
import { copyText } from './copy.js';
import type { BuilderChangeEvent } from './events.js';
import './preview-pane.js';
import './settings-panel.js';
import { baseStyles } from './styles.js';
import './widget-picker.js';

/** The embed builder: one state, kept in the page URL, shown by four panels. */
@customElement('blush-builder')
export class BlushBuilder extends LitElement {
  static override styles = [
    baseStyles,
    css`
    :host { display: block; }
    header { padding: 1.75rem clamp(1rem, 4vw, 3rem) 1.25rem; display: flex; flex-wrap: wrap; gap: 1rem; align-items: end; justify-content: space-between; border-block-end: 1px solid var(--line); }
    .brand { font-size: 0.8rem; letter-spacing: 0.16em; text-transform: uppercase; color: var(--rose); font-weight: 600; margin: 0 0 0.35rem; }
    h1 { font-family: 'Cormorant Garamond', 'Iowan Old Style', Palatino, Georgia, serif; font-weight: 500; font-size: clamp(2rem, 5vw, 2.8rem); line-height: 1.1; margin: 0; }
    .lede { margin: 0.5rem 0 0; color: var(--ink-muted); max-inline-size: 40rem; }
    main { display: grid; gap: 1.25rem; padding: 1.25rem clamp(0.75rem, 4vw, 3rem) 2rem; }
    @media (min-width: 70rem) {
      main { grid-template-columns: minmax(0, 1fr) minmax(0, 1.15fr); align-items: start; }
      .setup, .output { display: grid; gap: 1.25rem; }
    }
    .setup, .output { display: grid; gap: 1.25rem; min-inline-size: 0; }
    .help-section { padding: 0 clamp(0.75rem, 4vw, 3rem) 2.5rem; max-inline-size: 60rem; }
    footer { padding: 1.25rem clamp(1rem, 4vw, 3rem) 2rem; border-block-start: 1px solid var(--line); font-size: 0.85rem; }
    .link-status { min-block-size: 1.4em; font-size: 0.85rem; margin: 0.35rem 0 0; text-align: end; }
  `,
  ];

  /** Where the element manifest (dist/builder/elements.json) is, relative to the page. */
  @property() manifest = 'elements.json';
  /** The preview frame's page (dist/builder/preview.html). */
  @property() preview = 'preview.html';
  @state() private builder: BuilderState = initialState();
  /** The controls come from elements.json, fetched at start: 'loading', 'ready' or why it failed. */
  @state() private manifestStatus = 'loading';
  @state() private sri: SriData | null = null;
  @state() private linkStatus = '';
  /** Each widget's own settings, kept while the clinic looks at another widget. */
  #perWidget = new Map<WidgetId, Pick<BuilderState, 'attributes'>>();

  override connectedCallback() {
    super.connectedCallback();
    addEventListener('hashchange', this.#handleHashChange);
    this.addEventListener('builder-change', this.#handleChange);
    this.addEventListener('widget-pick', this.#handleWidgetPick as EventListener);
    loadManifest(new URL(this.manifest, document.baseURI))
      .then(() => {
        // Attributes in a shared link are checked against the manifest, so it comes first.
        // A fresh object either way, so every panel renders again with the controls known.
        this.builder = location.hash.length > 1 ? fromFragment(location.hash) : { ...this.builder };
        this.manifestStatus = 'ready';
      })
      .catch((error: Error) => {
        this.manifestStatus = error.message;
      });
    fetch(new URL('sri.json', document.baseURI))
      .then((response) => (response.ok ? response.json() : null))
      .then((data: SriData | null) => {
        this.sri = data && typeof data.version === 'string' && typeof data.files === 'object' ? data : null;
      })
      .catch(() => {
        this.sri = null;
      });
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    removeEventListener('hashchange', this.#handleHashChange);
  }

  #handleHashChange = () => {
    if (location.hash !== toFragment(this.builder)) this.builder = fromFragment(location.hash);
  };

  #handleChange = (event: BuilderChangeEvent) => {
    this.#set({ ...this.builder, ...event.detail });
  };

  #handleWidgetPick = (event: CustomEvent<WidgetId>) => {
    const widget = event.detail;
    if (!widgetById(widget) || widget === this.builder.widget) return;
    this.#perWidget.set(this.builder.widget, { attributes: this.builder.attributes });
    this.#set({ ...this.builder, widget, attributes: this.#perWidget.get(widget)?.attributes ?? defaultAttributes(widget) });
  };

  #set(next: BuilderState) {
    this.builder = next;
    // replaceState: editing is not navigation, Back should leave the builder, not undo a keystroke.
    const fragment = toFragment(next);
    if (location.hash !== fragment) history.replaceState(null, '', fragment);
  }

  async #copyLink() {
    const ok = await copyText(location.href);
    this.linkStatus = ok
      ? 'Link to this setup copied: bookmark it or send it to your web person.'
      : 'Could not copy: copy the address from the address bar.';
  }

  override render() {
    const widget = widgetById(this.builder.widget)!;
    return html`<header>
        <div>
          <p class="brand">Blush Widgets ${VERSION}</p>
          <h1>Embed builder</h1>
          <p class="lede">Pick a widget, set it up, watch it live, and copy the code for your website. Nothing you enter leaves this page except the endpoint test you ask for.</p>
        </div>
        <div>
          <button type="button" class="quiet" @click=${this.#copyLink}>Copy link to this setup</button>
          <p class="link-status" role="status">${this.linkStatus}</p>
        </div>
      </header>
      <main>
        <div class="setup">
          <section class="card" aria-labelledby="step-pick"><h2 id="step-pick"><span class="step">1</span>Choose a widget</h2>
            <builder-widget-picker .selected=${this.builder.widget}></builder-widget-picker></section>
          <section class="card" aria-labelledby="step-setup"><h2 id="step-setup"><span class="step">2</span>Set up your ${widget.noun}</h2>
            ${
              this.manifestStatus === 'ready'
                ? html`<builder-settings-panel .state=${this.builder}></builder-settings-panel>`
                : this.manifestStatus === 'loading'
                  ? html`<p class="muted" role="status">Loading the widgets' options…</p>`
                  : html`<p class="error" role="alert">The widgets' options could not be loaded (elements.json: ${this.manifestStatus}). Reload the page; if it persists, run npm run build again.</p>`
            }</section>
        </div>
        <div class="output">
          <section class="card" aria-labelledby="step-preview"><h2 id="step-preview"><span class="step">3</span>Preview</h2>
            <builder-preview-pane .state=${this.builder} .src=${this.preview}></builder-preview-pane></section>
          <section class="card" aria-labelledby="step-code"><h2 id="step-code"><span class="step">4</span>Add it to your site</h2>
            <builder-code-pane .state=${this.builder} .sri=${this.sri}></builder-code-pane></section>
        </div>
      </main>
      <section class="help-section" aria-labelledby="questions">
        <h2 id="questions">Questions about embedding</h2>
        <blush-faq heading-level="3" single>
          <details><summary>Where does the script line go?</summary><p>Once per site, in the header or footer code (Squarespace Code Injection, Webflow footer code), or once per page for plain HTML. The widgets' own code goes where each widget should appear. Loading the script twice is harmless.</p></details>
          <details><summary>Does it slow my site down?</summary><p>The loader is under 1.5 kB and fetches only the widgets a page uses, from beside itself. The builder adds nothing to your pages.</p></details>
          <details><summary>Which script source should I pick?</summary><p>jsDelivr or unpkg if you cannot host files (Squarespace, Wix). Your own server if your policy asks for it (copy the package's dist/cdn folder). The self-contained file with an integrity hash when a security reviewer asks for Subresource Integrity: the browser then refuses any file that differs from the release.</p></details>
          <details><summary>Can I come back to this setup later?</summary><p>Yes: everything you set is in this page's address. Bookmark it, or use "Copy link to this setup" and send it to whoever edits your website.</p></details>
        </blush-faq>
      </section>
      <footer class="muted">Blush Widgets ${VERSION} · Accessible widgets for aesthetic clinics.</footer>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'blush-builder': BlushBuilder;
  }
}
