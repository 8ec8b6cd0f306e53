import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { testEndpoint, type EndpointResult } from '../model/endpoint.js';
import { controlFor } from '../model/manifest.js';
import { renderControl, type ControlValue } from './controls.js';
import { emitChange } from './events.js';
import { baseStyles } from './styles.js';

/** Fields the consult form's panel shows itself, with the endpoint test. */
export const ENDPOINT_FIELDS = ['action', 'privacy-url', 'phone'];

/** Where the consultation requests go: endpoint, privacy link and phone, and a live test of the endpoint. */
@customElement('builder-endpoint-panel')
export class BuilderEndpointPanel extends LitElement {
  static override styles = [
    baseStyles,
    css`
    .result { border-inline-start: 3px solid var(--line); padding: 0.5rem 0.9rem; margin-block: 0.75rem 1rem; }
    .result.accepted { border-color: var(--ok); }
    .result.refused, .result.blocked, .result.timeout, .result.invalid { border-color: var(--bad); }
    .verdict { font-weight: 700; }
    .result.accepted .verdict { color: var(--ok); }
    .result:not(.accepted) .verdict { color: var(--bad); }
  `,
  ];

  @property({ attribute: false }) values: Record<string, string | true> = {};
  @state() private result?: EndpointResult;
  @state() private busy = false;

  #change = (name: string, value: ControlValue) => {
    const attributes = { ...this.values };
    if (value === undefined) delete attributes[name];
    else attributes[name] = value;
    if (name === 'action') this.result = undefined;
    emitChange(this, { attributes });
  };

  async #test() {
    this.busy = true;
    this.result = undefined;
    const action = typeof this.values.action === 'string' ? this.values.action : '';
    const encoding = typeof this.values.encoding === 'string' ? this.values.encoding : 'json';
    this.result = await testEndpoint(action, encoding);
    this.busy = false;
  }

  #renderResult() {
    const result = this.result;
    if (!result) return nothing;
    const titles = { accepted: 'Works', refused: 'Refused', blocked: 'Blocked', timeout: 'No answer', invalid: 'Not tested' };
    return html`<div class="result ${result.verdict}">
      <p><span class="verdict">${titles[result.verdict]}.</span> ${result.message}</p>
      ${
        result.verdict !== 'accepted' && result.verdict !== 'invalid'
          ? html`<p class="help">Recipes for each back end (CORS, encoding, what the service expects) are in <code>docs/leads.md</code> of Blush Widgets${result.recipe ? html`; see "<strong>${result.recipe}</strong>"` : ''}. An endpoint that lists only your site's address as allowed also refuses this test page; a test from your own site decides.</p>`
          : nothing
      }
    </div>`;
  }

  override render() {
    const fields = ENDPOINT_FIELDS.map((name) => controlFor('blush-consult-form', name)).filter((control) => control !== undefined);
    const hasAction = typeof this.values.action === 'string' && this.values.action.trim() !== '';
    return html`<h3>Where requests go</h3>
      ${fields.map((control) => renderControl(control, this.values[control.name], this.#change, control.name === 'action' ? { label: 'Form endpoint' } : {}))}
      ${hasAction ? nothing : html`<p class="warning">Without an endpoint the form cannot send requests; visitors are offered your phone number instead.</p>`}
      ${typeof this.values['privacy-url'] === 'string' && this.values['privacy-url'].trim() ? nothing : html`<p class="warning">Add your privacy policy link: the consent box points to it.</p>`}
      <button type="button" ?disabled=${!hasAction || this.busy} aria-describedby="test-help" @click=${this.#test}>${this.busy ? 'Testing…' : 'Test endpoint'}</button>
      <p class="help" id="test-help">Sends one test request from this page, as the form would, and tells you whether the endpoint accepts it.</p>
      <div role="status" aria-live="polite">${this.busy ? html`<p class="help">Sending a test request…</p>` : this.#renderResult()}</div>`;
  }
}
