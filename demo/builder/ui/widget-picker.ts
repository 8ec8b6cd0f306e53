import { LitElement, css, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { WIDGETS, type WidgetId } from '../model/widgets.js';
import { baseStyles } from './styles.js';
import { THUMBNAILS } from './thumbnails.js';

/** Step 1: the five widgets as a radio group of cards (arrow keys move between them). */
@customElement('builder-widget-picker')
export class BuilderWidgetPicker extends LitElement {
  static override styles = [
    baseStyles,
    css`
    .cards { display: grid; gap: 0.6rem; grid-template-columns: repeat(auto-fill, minmax(min(100%, 13.5rem), 1fr)); }
    label.card-option {
      position: relative;
      display: grid;
      grid-template-columns: 4.5rem 1fr;
      gap: 0.2rem 0.8rem;
      align-items: center;
      padding: 0.75rem;
      border: 1px solid var(--line);
      border-radius: 12px;
      background: var(--paper);
      cursor: pointer;
      font-weight: 400;
    }
    label.card-option:has(input:checked) { border-color: var(--rose); box-shadow: inset 0 0 0 1px var(--rose); background: var(--rose-soft); }
    label.card-option:has(input:focus-visible) { outline: 2px solid var(--rose); outline-offset: 2px; }
    input { position: absolute; inset: 0; opacity: 0; margin: 0; cursor: pointer; }
    svg { grid-row: span 2; inline-size: 4.5rem; block-size: auto; fill: var(--rose); color: var(--card); --thumb-line: var(--card); }
    .name { font-weight: 650; align-self: end; }
    .blurb { font-size: 0.86rem; color: var(--ink-muted); align-self: start; line-height: 1.35; }
  `,
  ];

  @property() selected: WidgetId = 'faq';

  override render() {
    return html`<fieldset>
      <legend class="visually-hidden">Widget</legend>
      <div class="cards">
        ${WIDGETS.map(
          (widget) => html`<label class="card-option">
          <input type="radio" name="widget" value=${widget.id} .checked=${widget.id === this.selected} aria-labelledby="name-${widget.id}" aria-describedby="blurb-${widget.id}"
            @change=${() => this.dispatchEvent(new CustomEvent('widget-pick', { detail: widget.id, bubbles: true, composed: true }))} />
          <svg viewBox="0 0 96 68" aria-hidden="true" focusable="false">${THUMBNAILS[widget.id]}</svg>
          <span class="name" id="name-${widget.id}">${widget.title}</span>
          <span class="blurb" id="blurb-${widget.id}">${widget.blurb}</span>
        </label>`,
        )}
      </div>
    </fieldset>`;
  }
}
