import type { Values } from './consult-form.model.js';
import { isEmail, normalizePhone } from './consult-form.rules.js';
import type { FormView } from './consult-form.model.js';

type Control = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;
const LISTS = new Set(['treatments', 'days', 'times']);

/**
 * Reads values straight from the controls, not from events: autofill and password managers
 * do not always fire `input`, so the DOM is the one source of truth.
 */
export function readControls(elements: Iterable<Element>): Values {
  const values: Values = {};
  for (const element of elements) {
    const control = element as Control;
    if (!control.name || !('value' in control) || element.localName === 'button') continue;
    if ((control.type === 'checkbox' || control.type === 'radio') && !(control as HTMLInputElement).checked) {
      if (LISTS.has(control.name)) values[control.name] ??= [];
      continue;
    }
    const previous = values[control.name];
    if (LISTS.has(control.name)) values[control.name] = [...((previous as string[]) ?? []), control.value];
    else values[control.name] = previous === undefined ? control.value : [previous, control.value].flat();
  }
  return values;
}

/** Fills empty text controls and ticks boxes; never clears or replaces what is already there. */
export function writeControls(form: HTMLFormElement, values: Values): void {
  for (const element of form.elements) {
    const input = element as HTMLInputElement;
    const value = values[input.name];
    if (value == null || !('value' in input)) continue;
    if (input.type === 'checkbox' || input.type === 'radio') {
      if ([value].flat().includes(input.value) && !(input.type === 'radio' && form.querySelector(`[name="${input.name}"]:checked`)))
        input.checked = true;
    } else if (!input.value && typeof value === 'string') input.value = value;
  }
}

/** Error message per field id for what is missing or malformed; extra fields use the browser's own check. */
export function check(values: Values, view: FormView, extras: Iterable<Element>): Record<string, string> {
  const { required, shown } = view;
  const n = view.m;
  const errors: Record<string, string> = {};
  const filled = (value: Values[string] | undefined) => (Array.isArray(value) ? value.length > 0 : !!value?.trim());
  for (const field of shown) {
    const value =
      field === 'timing' ? [values.days ?? [], values.times ?? [], values.preferredDate ?? []].flat().filter(Boolean) : values[field];
    if (required.has(field) && !filled(value)) errors[field] = n.errors[field];
  }
  const email = values.email as string | undefined;
  if (!errors.email && email?.trim() && !isEmail(email)) errors.email = n.emailFormat;
  const phone = values.phone as string | undefined;
  if (!errors.phone && shown.has('phone') && phone?.trim() && !normalizePhone(phone)) errors.phone = n.phoneFormat;
  for (const element of extras) {
    const control = element as Control;
    if ('checkValidity' in control && !control.checkValidity()) errors[control.name] = control.validationMessage;
  }
  return errors;
}
