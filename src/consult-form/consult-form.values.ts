import type { FieldId, Values } from './consult-form.model.js';
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

/** The boxes at the end of the form, in their order there. */
const CONSENTS: readonly FieldId[] = ['sms', 'emailOptIn', 'adult', 'privacy'];

/** Error message per field id for what is missing or malformed; extra fields use the browser's own check. */
export function check(values: Values, view: FormView, extras: Iterable<Element>): Record<string, string> {
  const { required, shown } = view;
  const n = view.m;
  const errors: Record<string, string> = {};
  const filled = (value: Values[string] | undefined) => (Array.isArray(value) ? value.length > 0 : !!value?.trim());
  // In the order the form shows them, so the error summary reads top to bottom: the questions, the
  // page's extra fields, then the consent boxes at the end (privacy last).
  const missing = (field: FieldId) => {
    const value =
      field === 'timing' ? [values.days ?? [], values.times ?? [], values.preferredDate ?? []].flat().filter(Boolean) : values[field];
    if (required.has(field) && !filled(value)) errors[field] = n.errors[field];
  };
  for (const field of shown) if (!CONSENTS.includes(field)) missing(field);
  const email = values.email as string | undefined;
  if (email?.trim() && !isEmail(email)) errors.email ||= n.emailFormat;
  const phone = values.phone as string | undefined;
  if (shown.has('phone') && phone?.trim() && !normalizePhone(phone)) errors.phone ||= n.phoneFormat;
  for (const element of extras) {
    const control = element as Control;
    if ('checkValidity' in control && !control.checkValidity()) errors[control.name] = control.validationMessage;
  }
  for (const field of CONSENTS) if (shown.has(field)) missing(field);
  return errors;
}
