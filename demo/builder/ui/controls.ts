// One form control per attribute, chosen by the kind custom-elements.json implies (manifest.ts).
import { html, nothing, type TemplateResult } from 'lit';
import { getCatalog, treatmentName } from '../../../src/core/index.js';
import { knownFaqPacks } from '../../../src/faq/index.js';
import { attributeProblem } from '../model/checks.js';
import type { AttributeControl } from '../model/manifest.js';
import { firstSentences, humanize, withCode } from './text.js';

export type ControlValue = string | true | undefined;
export type ControlChange = (name: string, value: ControlValue) => void;

const describedBy = (...ids: (string | false)[]) => ids.filter(Boolean).join(' ') || nothing;

function tokenGroup(control: AttributeControl, value: ControlValue, onChange: ControlChange, choices: [string, string][]): TemplateResult {
  const chosen = new Set(typeof value === 'string' ? value.split(/\s+/).filter(Boolean) : []);
  const toggle = (token: string, on: boolean) => {
    if (on) chosen.add(token);
    else chosen.delete(token);
    onChange(
      control.name,
      [
        ...choices.map(([id]) => id).filter((id) => chosen.has(id)),
        ...[...chosen].filter((id) => !choices.some(([known]) => known === id)),
      ].join(' ') || undefined,
    );
  };
  return html`<fieldset class="field" aria-describedby="help-${control.name}">
    <legend>${humanize(control.name)}<span class="attr">${control.name}</span></legend>
    <p class="help" id="help-${control.name}">${withCode(firstSentences(control.description))}</p>
    <div class="tokens">
      ${choices.map(
        ([id, label]) =>
          html`<label class="check token"><input type="checkbox" name=${control.name} value=${id} .checked=${chosen.has(id)} @change=${(event: Event) => toggle(id, (event.target as HTMLInputElement).checked)} />${label}</label>`,
      )}
    </div>
  </fieldset>`;
}

/** A labelled control with its description as help and the element's own reason when a value is refused. */
export function renderControl(
  control: AttributeControl,
  value: ControlValue,
  onChange: ControlChange,
  { label, help }: { label?: string; help?: string } = {},
): TemplateResult {
  const id = `field-${control.name}`;
  const problem = attributeProblem(control, value);
  const helpText = help ?? firstSentences(control.description);
  const title = html`${label ?? humanize(control.name)}<span class="attr">${control.name}</span>`;
  const helpLine = html`<p class="help" id="help-${control.name}">${withCode(helpText)}</p>`;
  const problemLine = problem ? html`<p class="error" id="problem-${control.name}">${problem} It is left out of the code.</p>` : nothing;
  const aria = describedBy(`help-${control.name}`, !!problem && `problem-${control.name}`);
  const text = (event: Event) => onChange(control.name, (event.target as HTMLInputElement).value || undefined);

  switch (control.kind) {
    case 'boolean':
      return html`<div class="field">
        <label class="check"><input id=${id} type="checkbox" role="switch" .checked=${value === true} aria-describedby=${aria} @change=${(event: Event) => onChange(control.name, (event.target as HTMLInputElement).checked || undefined)} />
          <span>${title}</span></label>
        ${helpLine}
      </div>`;
    case 'treatments':
      return tokenGroup(
        control,
        value,
        onChange,
        getCatalog().map((treatment) => [treatment.id, treatmentName(treatment, 'en')]),
      );
    case 'tokens':
      return tokenGroup(
        control,
        value,
        onChange,
        control.options.map((token) => [token, humanize(token)]),
      );
    case 'select':
    case 'treatment':
    case 'pack': {
      const choices: [string, string][] =
        control.kind === 'treatment'
          ? getCatalog().map((treatment) => [treatment.id, treatmentName(treatment, 'en')])
          : control.kind === 'pack'
            ? knownFaqPacks().map((pack) => [pack, humanize(pack)])
            : control.options.map((option) => [option, humanize(option)]);
      const current = typeof value === 'string' ? value : '';
      const emptyLabel =
        control.kind === 'pack'
          ? 'None'
          : control.kind === 'treatment'
            ? 'Not set'
            : control.defaultValue
              ? `Default (${control.defaultValue})`
              : 'Default';
      return html`<div class="field">
        <label for=${id}>${title}</label>
        <select id=${id} aria-describedby=${aria} aria-invalid=${problem ? 'true' : 'false'} @change=${text}>
          <option value="" ?selected=${!current}>${emptyLabel}</option>
          ${choices.map(([option, name]) => html`<option value=${option} ?selected=${current === option}>${name}</option>`)}
          ${current && !choices.some(([option]) => option === current) ? html`<option value=${current} selected>${current}</option>` : nothing}
        </select>
        ${helpLine}${problemLine}
      </div>`;
    }
    case 'json':
      return html`<div class="field">
        <label for=${id}>${title}</label>
        <textarea id=${id} class="code" spellcheck="false" aria-describedby=${aria} aria-invalid=${problem ? 'true' : 'false'} .value=${typeof value === 'string' ? value : ''} @input=${text}></textarea>
        ${helpLine}${problemLine}
      </div>`;
    case 'number':
      return html`<div class="field">
        <label for=${id}>${title}</label>
        <input id=${id} type="number" step="any" inputmode="decimal" placeholder=${control.defaultValue ?? nothing} aria-describedby=${aria} aria-invalid=${problem ? 'true' : 'false'} .value=${typeof value === 'string' ? value : ''}
          @input=${(event: Event) => {
            const input = event.target as HTMLInputElement;
            // A half-typed number ("1e") reads as "": keep the last good value rather than dropping it.
            if (!input.validity.badInput) onChange(control.name, input.value || undefined);
          }} />
        ${helpLine}${problemLine}
      </div>`;
    default:
      return html`<div class="field">
        <label for=${id}>${title}</label>
        <input id=${id} type="text" spellcheck=${control.kind === 'url' ? 'false' : 'true'} inputmode=${control.kind === 'url' ? 'url' : nothing} autocomplete="off"
          placeholder=${control.kind === 'url' ? 'https://…' : (control.defaultValue ?? nothing)} aria-describedby=${aria} aria-invalid=${problem ? 'true' : 'false'}
          .value=${typeof value === 'string' ? value : ''} @input=${text} />
        ${helpLine}${problemLine}
      </div>`;
  }
}
