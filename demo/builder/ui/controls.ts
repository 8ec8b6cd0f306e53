// One form control per attribute, chosen by the kind custom-elements.json implies, named in the
// clinic's words (manifest.ts). Its accessible name is those words alone: an attribute's name is
// shown only in a developer setting's help.
import { html, nothing, type TemplateResult } from 'lit';
import { getCatalog, getTreatment, treatmentName } from '../../../src/core/index.js';
import { knownFaqPacks } from '../../../src/faq/index.js';
import { attributeProblem } from '../model/checks.js';
import { humanize, type AttributeControl } from '../model/manifest.js';
import { withCode } from './text.js';

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
    <legend>${control.label}</legend>
    ${helpLine(control)}
    <div class="tokens">
      ${choices.map(
        ([id, label]) =>
          html`<label class="check token"><input type="checkbox" name=${control.name} value=${id} aria-label="${label} (${control.label})" .checked=${chosen.has(id)} @change=${(event: Event) => toggle(id, (event.target as HTMLInputElement).checked)} />${label}</label>`,
      )}
    </div>
  </fieldset>`;
}

/** The control's line of help; a developer setting's also names its attribute. */
function helpLine(control: AttributeControl): TemplateResult {
  return html`<p class="help" id="help-${control.name}">${control.isDeveloper ? html`<code class="attr">${control.name}</code> ` : nothing}${withCode(control.help)}</p>`;
}

/** A pack by the treatment it is about ("Botox®"), as the block editor names it. */
function packName(pack: string): string {
  const treatment = getTreatment(pack);
  return treatment ? treatmentName(treatment, 'en') : humanize(pack);
}

const choiceLabel = (control: AttributeControl, value: string) => control.choiceLabels[value] ?? humanize(value);

/** A select's choices: the catalog's treatments, the FAQ packs or the manifest's values, after "none". */
function selectOptions(control: AttributeControl, current: string) {
  const choices: [string, string][] =
    control.kind === 'treatment'
      ? getCatalog().map((treatment) => [treatment.id, treatmentName(treatment, 'en')])
      : control.kind === 'pack'
        ? knownFaqPacks().map((pack) => [pack, packName(pack)])
        : control.options.map((option) => [option, choiceLabel(control, option)]);
  const emptyLabel =
    control.choiceLabels[''] ??
    (control.kind === 'pack'
      ? 'None'
      : control.kind === 'treatment'
        ? 'Not set'
        : control.defaultValue
          ? `Standard (${control.defaultValue})`
          : 'Standard');
  return html`<option value="" ?selected=${!current}>${emptyLabel}</option>
    ${choices.map(([option, name]) => html`<option value=${option} ?selected=${current === option}>${name}</option>`)}
    ${current && !choices.some(([option]) => option === current) ? html`<option value=${current} selected>${current}</option>` : nothing}`;
}

/** A number as typed; a half-typed one ("1e") reads as "", so the last good value is kept rather than dropped. */
function numberInput(control: AttributeControl, event: Event, onChange: ControlChange): void {
  const input = event.target as HTMLInputElement;
  if (!input.validity.badInput) onChange(control.name, input.value || undefined);
}

/** A labelled control with its line of help and, when a value is refused, the reason in words. */
export function renderControl(
  control: AttributeControl,
  value: ControlValue,
  onChange: ControlChange,
  { warning }: { warning?: string } = {},
): TemplateResult {
  const id = `field-${control.name}`;
  const problem = attributeProblem(control, value);
  const title = control.label;
  const help = helpLine(control);
  const problemLine = problem
    ? html`<p class="error" id="problem-${control.name}">${problem} It is left out of the code.</p>`
    : warning
      ? html`<p class="warning" id="warning-${control.name}">${warning}</p>`
      : nothing;
  const aria = describedBy(
    `help-${control.name}`,
    !!problem && `problem-${control.name}`,
    !problem && !!warning && `warning-${control.name}`,
  );
  const text = (event: Event) => onChange(control.name, (event.target as HTMLInputElement).value || undefined);

  switch (control.kind) {
    case 'boolean':
      return html`<div class="field">
        <label class="check"><input id=${id} type="checkbox" role="switch" .checked=${value === true} aria-describedby=${aria} @change=${(event: Event) => onChange(control.name, (event.target as HTMLInputElement).checked || undefined)} />
          <span>${title}</span></label>
        ${help}
      </div>`;
    case 'treatments':
    case 'tokens': {
      const tokens: [string, string][] =
        control.kind === 'treatments'
          ? getCatalog().map((treatment) => [treatment.id, treatmentName(treatment, 'en')])
          : control.options.map((token) => [token, choiceLabel(control, token)]);
      return tokenGroup(control, value, onChange, tokens);
    }
    case 'select':
    case 'treatment':
    case 'pack':
      return html`<div class="field">
        <label for=${id}>${title}</label>
        <select id=${id} aria-describedby=${aria} aria-invalid=${problem ? 'true' : 'false'} @change=${text}>
          ${selectOptions(control, typeof value === 'string' ? value : '')}
        </select>
        ${help}${problemLine}
      </div>`;
    case 'json':
      return html`<div class="field">
        <label for=${id}>${title}</label>
        <textarea id=${id} class="code" spellcheck="false" aria-describedby=${aria} aria-invalid=${problem ? 'true' : 'false'} .value=${typeof value === 'string' ? value : ''} @input=${text}></textarea>
        ${help}${problemLine}
      </div>`;
    case 'number':
      return html`<div class="field">
        <label for=${id}>${title}</label>
        <input id=${id} type="number" step="any" inputmode="decimal" placeholder=${control.defaultValue ?? nothing} aria-describedby=${aria} aria-invalid=${problem ? 'true' : 'false'} .value=${typeof value === 'string' ? value : ''}
          @input=${(event: Event) => numberInput(control, event, onChange)} />
        ${help}${problemLine}
      </div>`;
    default:
      return html`<div class="field">
        <label for=${id}>${title}</label>
        <input id=${id} type="text" spellcheck=${control.kind === 'url' ? 'false' : 'true'} inputmode=${control.kind === 'url' ? 'url' : nothing} autocomplete="off"
          placeholder=${control.kind === 'url' ? 'https://…' : (control.defaultValue ?? nothing)} aria-describedby=${aria} aria-invalid=${problem ? 'true' : 'false'}
          .value=${typeof value === 'string' ? value : ''} @input=${text} />
        ${help}${problemLine}
      </div>`;
  }
}
