import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { attributeProblem } from '../model/checks.js';
import { controlsFor, elementSummary, type AttributeControl } from '../model/manifest.js';
import { checkReach, type Reach } from '../model/reachability.js';
import type { BuilderState } from '../model/state.js';
import { widgetById } from '../model/widgets.js';
import './accent-field.js';
import './case-editor.js';
import { renderControl, type ControlValue } from './controls.js';
import { DESTINATION_FIELDS } from './destination-panel.js';
import './destination-panel.js';
import { emitChange } from './events.js';
import './faq-editor.js';
import { baseStyles } from './styles.js';
import { withCode } from './text.js';

/**
 * Step 2: the chosen element's settings in the clinic's words, its content and the accent; the
 * attributes without words, by name, under "For your web developer".
 */
@customElement('builder-settings-panel')
export class BuilderSettingsPanel extends LitElement {
  static override styles = [
    baseStyles,
    css`
    section + section { margin-block-start: 1.5rem; padding-block-start: 1.5rem; border-block-start: 1px solid var(--line); }
    .tokens { display: grid; gap: 0.35rem 1rem; grid-template-columns: repeat(auto-fill, minmax(min(100%, 12rem), 1fr)); font-weight: 400; }
    .tokens .check { font-weight: 400; }
    details.more > summary { cursor: pointer; font-weight: 600; color: var(--rose); min-height: 2.5rem; display: flex; align-items: center; }
    details.more[open] > summary { margin-block-end: 0.75rem; }
    .summary { color: var(--ink-muted); }
  `,
  ];

  @property({ attribute: false }) state!: BuilderState;
  /** Whether each linked page answers (booking, privacy, thank-you pages), by address. */
  @state() private reach = new Map<string, Reach>();
  #reachTimer?: number;

  /** A linked page's address worth checking: a full web address the element would use. */
  #linkToCheck(control: AttributeControl): string | null {
    const value = this.state.attributes[control.name];
    if (control.kind !== 'url' || control.urlKind !== 'link' || typeof value !== 'string') return null;
    const url = value.trim();
    return /^https?:\/\/[^/]+\.[^/]/i.test(url) && !attributeProblem(control, url) ? url : null;
  }

  override updated() {
    const unchecked = controlsFor(widgetById(this.state.widget)!.tag)
      .map((control) => this.#linkToCheck(control))
      .filter((url): url is string => !!url && !this.reach.has(url));
    if (!unchecked.length) return;
    // Once the clinic stops typing: a half-typed address is not worth a request.
    clearTimeout(this.#reachTimer);
    this.#reachTimer = window.setTimeout(() => {
      for (const url of unchecked) {
        this.reach = new Map(this.reach).set(url, 'checking');
        void checkReach(url).then((reach) => (this.reach = new Map(this.reach).set(url, reach)));
      }
    }, 800);
  }

  #render(control: AttributeControl) {
    const url = this.#linkToCheck(control);
    const warning =
      url && this.reach.get(url) === 'no-answer'
        ? `${control.label}: this address does not answer, so visitors who follow the link would see an error instead of your page. Open it in a new tab to check it.`
        : undefined;
    return renderControl(control, this.state.attributes[control.name], this.#change, { warning });
  }

  #change = (name: string, value: ControlValue) => {
    const attributes = { ...this.state.attributes };
    if (value === undefined) delete attributes[name];
    else attributes[name] = value;
    emitChange(this, { attributes });
  };

  override render() {
    const { state } = this;
    const widget = widgetById(state.widget)!;
    const own = state.widget === 'consult-form' ? new Set(DESTINATION_FIELDS) : new Set<string>();
    const controls = controlsFor(widget.tag).filter((control) => !own.has(control.name));
    const main = controls.filter((control) => !control.isDeveloper);
    // The form's sending details stay with the developer's settings (the address comes from the question).
    const developer = controlsFor(widget.tag).filter((control) => control.isDeveloper && control.name !== 'action');
    return html`
      <p class="summary">${widget.blurb}</p>
      ${state.widget === 'consult-form' ? html`<section><builder-destination-panel .state=${state}></builder-destination-panel></section>` : nothing}
      ${state.widget === 'faq' ? html`<section><builder-faq-editor .items=${state.faqItems}></builder-faq-editor></section>` : nothing}
      ${state.widget === 'gallery' ? html`<section><builder-case-editor .cases=${state.cases}></builder-case-editor></section>` : nothing}
      <section>
        <h3>Settings</h3>
        ${main.map((control) => this.#render(control))}
      </section>
      <section><builder-accent-field .accent=${state.accent}></builder-accent-field></section>
      ${
        developer.length
          ? html`<section><details class="more">
            <summary>For your web developer</summary>
            <p class="help">${withCode(elementSummary(widget.tag))} Each setting below is an attribute of <code>&lt;${widget.tag}&gt;</code>; most sites need none of them.</p>
            ${developer.map((control) => this.#render(control))}
          </details></section>`
          : nothing
      }`;
  }
}
