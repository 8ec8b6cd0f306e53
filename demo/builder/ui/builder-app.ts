import { LitElement, css, html } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { VERSION } from '../../../src/core/index.js';
import '../../../src/faq/index.js';
import { loadManifest } from '../model/manifest.js';
import { preparePacks } from '../model/packs.js';
import type { SriData } from '../model/platforms.js';
import { defaultAttributes, fromFragment, initialState, toFragment, type BuilderState } from '../model/state.js';
import { widgetById, type WidgetId } from '../model/widgets.js';
import './code-pane.js';
import { copyText } from '../../../src/core/clipboard.js';
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
    main { display: grid; gap: 1.25rem; padding: 1.25rem clamp(0.75rem, 4vw, 3rem) 2rem; grid-template-areas: 'pick' 'preview' 'setup' 'code'; }
    main > .card { min-inline-size: 0; }
    .pick { grid-area: pick; }
    .settings { grid-area: setup; }
    .code { grid-area: code; }
    /* The preview stays in sight while the clinic changes things: on a phone, stuck to the top in a
       short window (which the clinic can fold away); on a wider screen, beside the settings. */
    .preview { grid-area: preview; position: sticky; inset-block-start: 0; z-index: 2; box-shadow: 0 6px 18px -12px rgb(0 0 0 / 0.45); --preview-max: 34vh; padding-block: 0.75rem; }
    .preview-head { display: flex; justify-content: space-between; align-items: center; gap: 0.75rem; }
    .preview-head h2 { margin: 0; }
    @media (max-width: 49.99rem) { .preview-head h2 { font-size: 1.25rem; } .preview-head button { min-height: 2.25rem; padding-block: 0.2rem; } .preview-head { margin-block-end: 0.4rem; } }
    .preview.folded builder-preview-pane { display: none; }
    @media (min-width: 50rem) {
      main { grid-template-columns: minmax(0, 1fr) minmax(0, 1.1fr); grid-template-areas: 'pick preview' 'setup preview' 'code preview'; align-items: start; }
      .preview { inset-block-start: 1rem; max-block-size: calc(100vh - 2rem); overflow: auto; box-shadow: none; --preview-max: calc(100vh - 14rem); }
      .fold { display: none; }
    }
    @media (min-width: 50rem) and (max-height: 32rem) {
      .preview { --preview-max: calc(100vh - 8rem); padding-block: 0.75rem; }
      .preview-head h2 { font-size: 1.25rem; }
    }
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
  /** On a phone the clinic may fold the preview away to see more of the settings. */
  @state() private previewFolded = false;
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
    // The packs' questions go into the FAQ's code: a fresh state once they are here redraws it.
    preparePacks().then(() => {
      this.builder = { ...this.builder };
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
    const patch = event.detail;
    // A form that sends to the clinic's WordPress site goes on that site: its code is the plugin's.
    const platform =
      patch.destination === 'wordpress' && this.builder.destination !== 'wordpress' ? { platform: 'wordpress' as const } : {};
    this.#set({ ...this.builder, ...platform, ...patch });
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
      ? 'Link to this setup copied: bookmark it, or send it to whoever edits your website.'
      : 'Could not copy: copy the address from the address bar.';
  }

  override render() {
    const widget = widgetById(this.builder.widget)!;
    return html`<header>
        <div>
          <p class="brand">Blush Widgets ${VERSION}</p>
          <h1>Embed builder</h1>
          <p class="lede">Pick a widget, set it up, watch it change as you go, and copy the code for your website. Nothing you enter leaves this page, except a test request when you ask for one and a check that the pages you link to answer.</p>
        </div>
        <div>
          <button type="button" class="quiet" @click=${this.#copyLink}>Copy link to this setup</button>
          <p class="link-status" role="status">${this.linkStatus}</p>
        </div>
      </header>
      <main>
        <section class="card pick" aria-labelledby="step-pick"><h2 id="step-pick"><span class="step">1</span>Choose a widget</h2>
          <builder-widget-picker .selected=${this.builder.widget}></builder-widget-picker></section>
        <section class="card preview ${this.previewFolded ? 'folded' : ''}" aria-labelledby="step-preview">
          <div class="preview-head"><h2 id="step-preview">Preview</h2>
            <button type="button" class="quiet fold" aria-expanded=${this.previewFolded ? 'false' : 'true'} aria-controls="preview-pane"
              @click=${() => (this.previewFolded = !this.previewFolded)}>${this.previewFolded ? 'Show' : 'Hide'}<span class="visually-hidden"> the preview</span></button></div>
          <builder-preview-pane id="preview-pane" .state=${this.builder} .src=${this.preview}></builder-preview-pane></section>
        <section class="card settings" aria-labelledby="step-setup"><h2 id="step-setup"><span class="step">2</span>Set up your ${widget.noun}</h2>
          ${
            this.manifestStatus === 'ready'
              ? html`<builder-settings-panel .state=${this.builder}></builder-settings-panel>`
              : this.manifestStatus === 'loading'
                ? html`<p class="muted" role="status">Loading the widgets' settings…</p>`
                : html`<p class="error" role="alert">The widgets' settings could not be loaded. Reload the page; if it happens again, tell your web developer (elements.json: ${this.manifestStatus}).</p>`
          }</section>
        <section class="card code" aria-labelledby="step-code"><h2 id="step-code"><span class="step">3</span>Add it to your site</h2>
          <builder-code-pane .state=${this.builder} .sri=${this.sri}></builder-code-pane></section>
      </main>
      <section class="help-section" aria-labelledby="questions">
        <h2 id="questions">Questions about embedding</h2>
        <blush-faq heading-level="3" single>
          <details><summary>Where does the script line go?</summary><p>Once per site, in the header or footer code (Squarespace Code Injection, Webflow footer code), or once per page for plain HTML. The widgets' own code goes where each widget should appear. Loading the script twice is harmless.</p></details>
          <details><summary>Does it slow my site down?</summary><p>Very little: the first part is tiny, and each page fetches only the widgets it shows. The builder itself adds nothing to your pages.</p></details>
          <details><summary>Where do my visitors' requests go?</summary><p>Only where you choose under "Where should requests go?": your WordPress site, your email through Formspree, your Google Sheet, or an address your web developer set up. The widgets send nothing about your visitors anywhere else.</p></details>
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
