import { LitElement, css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { AA_TEXT, DEFAULT_ACCENT, accentContrast, formatRatio } from '../model/contrast.js';
import { isHexColour } from '../model/state.js';
import { emitChange } from './events.js';
import { baseStyles } from './styles.js';

/** `--blush-accent`: a colour picker, its hex code, and its contrast on light and dark pages. */
@customElement('builder-accent-field')
export class BuilderAccentField extends LitElement {
  static override styles = [
    baseStyles,
    css`
      .row { display: flex; gap: 0.6rem; align-items: center; flex-wrap: wrap; }
      input[type='color'] { inline-size: 3rem; block-size: 2.75rem; padding: 0.2rem; border: 1px solid var(--line); border-radius: 10px; background: var(--paper); cursor: pointer; }
      #accent-hex { inline-size: 8.5rem; font-family: var(--mono); }
      table { border-collapse: collapse; inline-size: 100%; margin-block: 0.75rem 0.5rem; font-size: 0.92rem; }
      th, td { text-align: start; padding: 0.45rem 0.5rem; border-block-end: 1px solid var(--line); vertical-align: middle; }
      thead th { font-weight: 600; color: var(--ink-muted); }
      .sample { display: inline-block; padding: 0.1rem 0.5rem; border-radius: 6px; font-weight: 600; margin-inline-end: 0.4rem; }
      .pass { color: var(--ok); }
      .fail { color: var(--bad); font-weight: 600; }
    `,
  ];

  @property() accent = '';
  #typed: string | null = null;

  #set(value: string) {
    emitChange(this, { accent: value.toLowerCase() });
  }

  #handleHexInput(event: Event) {
    const raw = (event.target as HTMLInputElement).value.trim();
    this.#typed = raw;
    const value = /^[0-9a-f]{6}$/i.test(raw) ? `#${raw}` : raw;
    if (isHexColour(value)) this.#set(value);
    else this.requestUpdate();
  }

  #cell(ratio: number, foreground: string, background: string, label: string) {
    const pass = ratio >= AA_TEXT;
    return html`<td><span class="sample" style="color:${foreground};background:${background}" aria-hidden="true">${label}</span>
      <span class=${pass ? 'pass' : 'fail'}>${pass ? 'Easy to read' : 'Hard to read'} (${formatRatio(ratio)})</span></td>`;
  }

  override render() {
    const rows = accentContrast(this.accent);
    const [light, dark] = rows;
    const typed = this.#typed ?? this.accent;
    const typedBad = typed !== '' && !isHexColour(typed.startsWith('#') ? typed : `#${typed}`);
    const failing = rows
      .flatMap((row) => [
        row.onPage < AA_TEXT && `links on ${row.scheme} pages`,
        row.buttonText < AA_TEXT && `button text on ${row.scheme} pages`,
      ])
      .filter(Boolean);
    const shown = this.accent || DEFAULT_ACCENT.light;
    return html`<fieldset class="field">
      <legend>Accent colour</legend>
      <p class="help" id="accent-help">Buttons, links, the focus ring and the slider handle. Leave it unset for the default dusty rose, which adapts to dark pages.</p>
      <div class="row">
        <input type="color" id="accent-picker" aria-label="Accent colour picker" aria-describedby="accent-help" .value=${shown} @input=${(
          event: Event,
        ) => {
          this.#typed = null;
          this.#set((event.target as HTMLInputElement).value);
        }} />
        <label class="visually-hidden" for="accent-hex">Accent colour code</label>
        <input id="accent-hex" type="text" spellcheck="false" autocomplete="off" placeholder=${DEFAULT_ACCENT.light} .value=${typed}
          aria-invalid=${typedBad ? 'true' : 'false'} aria-describedby="accent-help${typedBad ? ' accent-problem' : ''}" @input=${this.#handleHexInput} />
        ${
          this.accent
            ? html`<button type="button" class="quiet" @click=${() => {
                this.#typed = null;
                this.#set('');
              }}>Use the default</button>`
            : nothing
        }
      </div>
      ${typedBad ? html`<p class="error" id="accent-problem">"${typed}" is not a colour code; use six hex digits such as #0a6e62.</p>` : nothing}
      <table>
        <caption class="visually-hidden">How easy the accent is to read (at least 4.5 to 1 is easy for most visitors)</caption>
        <thead><tr><th scope="col">Where</th><th scope="col">Light page</th><th scope="col">Dark page</th></tr></thead>
        <tbody>
          <tr><th scope="row">Links and outlines</th>
            ${this.#cell(light.onPage, this.accent || DEFAULT_ACCENT.light, '#ffffff', 'Aa')}${this.#cell(dark.onPage, this.accent || DEFAULT_ACCENT.dark, '#161215', 'Aa')}</tr>
          <tr><th scope="row">Button text</th>
            ${this.#cell(light.buttonText, '#ffffff', this.accent || DEFAULT_ACCENT.light, 'Aa')}${this.#cell(dark.buttonText, '#2a1219', this.accent || DEFAULT_ACCENT.dark, 'Aa')}</tr>
        </tbody>
      </table>
      <p class=${failing.length ? 'warning' : 'help'} role="status" id="accent-status">${
        failing.length
          ? `Some visitors will find ${failing.join(' and ')} hard to read in this colour. ${light.onPage < AA_TEXT || light.buttonText < AA_TEXT ? 'Pick a darker colour, or use the default.' : 'If your site has a dark version, pick a lighter colour, or use the default.'}`
          : 'Easy to read on light and dark pages.'
      }</p>
    </fieldset>`;
  }
}
