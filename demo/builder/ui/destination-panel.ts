import { LitElement, css, html, nothing, type TemplateResult } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { APPS_SCRIPT } from '../model/apps-script.js';
import { DESTINATIONS, addressProblem, destinationInfo, testAddress, testWords, type Destination } from '../model/destination.js';
import { testEndpoint, type EndpointResult } from '../model/endpoint.js';
import { controlFor } from '../model/manifest.js';
import type { BuilderState } from '../model/state.js';
import { renderControl, type ControlValue } from './controls.js';
import { copyText } from '../../../src/core/clipboard.js';
import { emitChange } from './events.js';
import { baseStyles } from './styles.js';
import { withEmphasis } from './text.js';

/** Settings this panel shows itself, beside the question. */
export const DESTINATION_FIELDS = ['action', 'encoding', 'privacy-url', 'phone'];

/** The steps of each answer; `*…*` marks what the clinic clicks or reads on screen. */
const STEPS: Record<Destination, (string | { code: string; label: string })[]> = {
  wordpress: [
    'In WordPress: *Plugins › Add New › Upload Plugin*, choose the file *blush-widgets-wordpress.zip*, then *Install Now* and *Activate*.',
    'Open *Settings › Blush Widgets*. Check the email address that new requests go to, and press *Send a test email*.',
    'Under *Add it to your site* below, choose *WordPress*, and add the form to your page.',
    "Give your site's address here and send a test request, to check your site takes requests.",
  ],
  email: [
    'Go to *formspree.io* and sign up with the email address that should receive requests.',
    'Create a new form there, named for example *Consultation requests*.',
    "Copy the form's address (it starts with *https://formspree.io/f/*) and paste it here.",
    'Send a test request, then look in your email.',
  ],
  sheet: [
    'Create a Google Sheet for the requests, then open *Extensions › Apps Script*.',
    { label: 'Apps Script code', code: APPS_SCRIPT },
    'Replace the code there with the code above, and *Save*.',
    '*Deploy › New deployment*, type *Web app*. Set *Execute as: Me* and *Who has access: Anyone*, then *Deploy* and allow access.',
    'Copy the *Web app* address (it ends with */exec*), paste it here and send a test request.',
    'If you change the code later: *Deploy › Manage deployments › Edit › New version*, or the old code keeps running.',
  ],
  developer: [
    'Paste the address your web developer gave you, and send a test request.',
    'Your developer finds what the form sends in the Blush Widgets guide for developers (docs/leads.md), under "For your web developer" below.',
  ],
};

/** Step 2 of the consultation form: "Where should requests go?", each answer with its steps and a live test. */
@customElement('builder-destination-panel')
export class BuilderDestinationPanel extends LitElement {
  static override styles = [
    baseStyles,
    css`
    .answers { display: grid; gap: 0.5rem; margin-block: 0.5rem 1rem; }
    .answer { position: relative; display: grid; gap: 0.15rem; padding: 0.7rem 0.9rem 0.7rem 2.6rem; border: 1px solid var(--line); border-radius: 12px; background: var(--paper); cursor: pointer; font-weight: 600; }
    .answer input { position: absolute; inset-inline-start: 0.9rem; inset-block-start: 0.85rem; inline-size: 1.15rem; block-size: 1.15rem; margin: 0; accent-color: var(--rose); }
    .answer:has(input:checked) { border-color: var(--rose); box-shadow: inset 0 0 0 1px var(--rose); background: var(--rose-soft); }
    .answer .help { font-weight: 400; }
    ol.steps { padding-inline-start: 1.4rem; display: grid; gap: 0.6rem; margin: 0 0 1rem; }
    ol.steps > li::marker { color: var(--rose); font-weight: 700; }
    pre { margin: 0.35rem 0 0; padding: 0.75rem; max-block-size: 12rem; overflow: auto; background: var(--paper); border: 1px solid var(--line); border-radius: 10px; font: 0.78rem/1.5 var(--mono); white-space: pre-wrap; overflow-wrap: anywhere; }
    .code-head { display: flex; justify-content: space-between; align-items: center; gap: 0.5rem; font-size: 0.85rem; color: var(--ink-muted); font-weight: 600; }
    button.copy { min-height: 2.25rem; padding: 0.25rem 0.9rem; }
    .receiver { border-inline-start: 3px solid var(--line); padding: 0.4rem 0.9rem; margin-block: 0 1rem; }
    .result { border-inline-start: 3px solid var(--bad); padding: 0.5rem 0.9rem; margin-block: 0.75rem 1rem; }
    .result.accepted { border-color: var(--ok); }
    .verdict { font-weight: 700; color: var(--bad); }
    .result.accepted .verdict { color: var(--ok); }
    details.technical summary { cursor: pointer; color: var(--ink-muted); font-size: 0.9rem; }
    .others { margin-block-start: 1.25rem; }
  `,
  ];

  @property({ attribute: false }) state!: BuilderState;
  @state() private busy = false;
  @state() private result?: EndpointResult;
  @state() private copied = false;

  #set(patch: Partial<BuilderState>) {
    emitChange(this, patch);
  }

  #change = (name: string, value: ControlValue) => {
    const attributes = { ...this.state.attributes };
    if (value === undefined) delete attributes[name];
    else attributes[name] = value;
    this.#set({ attributes });
  };

  async #test() {
    const address = testAddress(this.state);
    this.busy = true;
    this.result = undefined;
    const encoding =
      this.state.destination === 'sheet'
        ? 'form'
        : typeof this.state.attributes.encoding === 'string'
          ? this.state.attributes.encoding
          : 'json';
    const result = await testEndpoint(address, encoding);
    this.busy = false;
    this.result = result;
    this.#set({ test: { address, verdict: result.verdict } });
  }

  async #copyScript() {
    this.copied = await copyText(APPS_SCRIPT);
    // Refused (an insecure page, a denied permission): the script is selected, to copy by hand.
    const code = this.renderRoot.querySelector('.code-step code');
    if (!this.copied && code) getSelection()?.selectAllChildren(code);
  }

  #renderStep(step: string | { code: string; label: string }): TemplateResult {
    if (typeof step === 'string') return html`<li>${withEmphasis(step)}</li>`;
    return html`<li class="code-step"><div class="code-head"><span id="script-label">${step.label}</span>
        <button type="button" class="copy" aria-label=${this.copied ? `${step.label}: copied` : `Copy the ${step.label}`} @click=${this.#copyScript}>${this.copied ? 'Copied ✓' : 'Copy'}</button></div>
      <pre tabindex="0" aria-labelledby="script-label"><code>${step.code}</code></pre></li>`;
  }

  #renderResult(destination: Destination) {
    const result = this.result;
    // A result stands only for the address it tested.
    if (!result || this.state.test?.address !== testAddress(this.state)) return nothing;
    const words = testWords(destination, result);
    return html`<div class="result ${result.verdict}">
      <p><span class="verdict">${words.title}</span> ${words.text}</p>
      ${
        result.verdict === 'accepted'
          ? nothing
          : html`<details class="technical"><summary>For your web developer</summary><p class="help">${result.message}${result.recipe ? ` See "${result.recipe}" in docs/leads.md.` : ''}</p></details>`
      }
    </div>`;
  }

  #renderChosen(destination: Destination) {
    const info = destinationInfo(destination)!;
    const address = this.state.destinationAddress;
    const problem = addressProblem(destination, address);
    const target = testAddress(this.state);
    return html`
      <ol class="steps">${STEPS[destination].map((step) => this.#renderStep(step))}</ol>
      ${
        info.receiver
          ? html`<p class="receiver help">Who receives patients' details: <strong>${info.receiver.name}</strong> keeps each request, with what the visitor typed, and sends it on to you. <a href=${info.receiver.privacy} target="_blank" rel="noopener">Their privacy terms</a>.</p>`
          : html`<p class="receiver help">Who receives patients' details: only your own site, in its database, and the email address you choose.</p>`
      }
      <div class="field">
        <label for="destination-address">${info.address.label}</label>
        <input id="destination-address" type="text" inputmode="url" spellcheck="false" autocomplete="off" placeholder=${info.address.placeholder} .value=${address}
          aria-describedby="destination-help${problem ? ' destination-problem' : ''}" aria-invalid=${problem ? 'true' : 'false'}
          @input=${(event: Event) => {
            this.result = undefined;
            this.#set({ destinationAddress: (event.target as HTMLInputElement).value });
          }} />
        <p class="help" id="destination-help">${info.address.help}</p>
        ${problem ? html`<p class="error" id="destination-problem">${problem}</p>` : nothing}
      </div>
      <button type="button" ?disabled=${!target || this.busy} aria-describedby="test-help" @click=${this.#test}>${this.busy ? 'Sending…' : 'Send a test request'}</button>
      <p class="help" id="test-help">Sends one made-up request from this page, as the form would, and tells you whether it arrived.</p>
      <div role="status" aria-live="polite">${this.busy ? html`<p class="help">Sending a test request…</p>` : this.#renderResult(destination)}</div>`;
  }

  override render() {
    const { destination, attributes } = this.state;
    const others = ['privacy-url', 'phone']
      .map((name) => controlFor('blush-consult-form', name))
      .filter((control) => control !== undefined);
    const privacy = typeof attributes['privacy-url'] === 'string' && attributes['privacy-url'].trim();
    return html`<fieldset>
        <legend><h3>Where should requests go?</h3></legend>
        <div class="answers">
          ${DESTINATIONS.map(
            (
              option,
            ) => html`<label class="answer"><input type="radio" name="destination" value=${option.id} .checked=${destination === option.id}
              aria-labelledby="destination-${option.id}-name" aria-describedby="destination-${option.id}"
              @change=${() => {
                this.result = undefined;
                this.#set({ destination: option.id });
              }} /><span id="destination-${option.id}-name">${option.label}</span><span class="help" id="destination-${option.id}">${option.help}</span></label>`,
          )}
        </div>
      </fieldset>
      ${destination ? this.#renderChosen(destination) : html`<p class="warning">Choose one: until then the form has nowhere to send requests, and the code is not ready.</p>`}
      <div class="others">
        ${others.map((control) => renderControl(control, attributes[control.name], this.#change))}
        ${privacy ? nothing : html`<p class="warning">Add your privacy policy page: visitors must agree to it before they send, and the consent box links to it.</p>`}
      </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'builder-destination-panel': BuilderDestinationPanel;
  }
}
