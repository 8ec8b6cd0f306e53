import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { treatmentName } from '../core/catalog.js';
import { intl } from '../core/i18n/format.js';
import { TIMES, WEEKDAYS, type FieldId, type FormView } from './consult-form.model.js';

type Describe = { hint?: string; error?: string };
/** A choice: the value sent, and the words shown. */
type Option = [value: string, label: string];

function describedBy(id: string, { hint, error }: Describe): string | undefined {
  return [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ') || undefined;
}

/**
 * Hint then error, above the control as GOV.UK places them; below it for the short inputs that
 * stand in pairs (see `input`).
 */
function notes(id: string, { hint, error }: Describe): TemplateResult {
  return html`${hint ? html`<p class="bcf-hint" id="${id}-hint">${hint}</p>` : nothing}${
    error ? html`<p class="bcf-error" id="${id}-error">${error}</p>` : nothing
  }`;
}

function labelText(v: FormView, field: FieldId, text: string): TemplateResult {
  return html`${text}${v.required.has(field) ? nothing : html` <span class="bcf-optional">${v.m.optional}</span>`}`;
}

/**
 * A short input, one of a pair side by side on wide screens. Its hint and error follow the input
 * (inside one box with it), so both fields of a row keep their labels on one line and their
 * inputs on the next, however long a hint or error is in any language.
 */
function input(v: FormView, field: FieldId, type: string, autocomplete: string, hint?: string): TemplateResult {
  const id = `${v.uid}-${field}`;
  const error = v.errors[field];
  return html`<div class="bcf-field ${field}">
    <label class="bcf-label" for=${id}>${labelText(v, field, v.m[field as 'email'])}</label>
    <div class="bcf-control">
      <input
        class="bcf-input"
        id=${id}
        name=${field}
        type=${type}
        autocomplete=${autocomplete}
        ?required=${v.required.has(field)}
        aria-invalid=${error ? 'true' : 'false'}
        aria-describedby=${ifDefined(describedBy(id, { hint, error }))}
      />
      ${notes(id, { hint, error })}
    </div>
  </div>`;
}

function options(name: string, type: 'checkbox' | 'radio', list: Option[], firstId?: string, invalid?: boolean): TemplateResult {
  return html`<div class="bcf-options">
    ${list.map(
      ([value, label], index) => html`<label class="bcf-choice">
        <input
          type=${type}
          name=${name}
          value=${value}
          id=${ifDefined(index ? undefined : firstId)}
          aria-invalid=${ifDefined(invalid ? 'true' : undefined)}
        /><span class="bcf-mark" aria-hidden="true"></span><span>${label}</span>
      </label>`,
    )}
  </div>`;
}

/** A checkbox or radio group as a fieldset; its first input carries the id the error summary links to. */
function group(
  v: FormView,
  field: FieldId,
  legend: string,
  type: 'checkbox' | 'radio',
  list: Option[],
  className: string,
  hint?: string,
): TemplateResult {
  const id = `${v.uid}-${field}`;
  const error = v.errors[field];
  return html`<fieldset class="bcf-group ${className}" aria-describedby=${ifDefined(describedBy(id, { hint, error }))}>
    <legend class="bcf-label">${labelText(v, field, legend)}</legend>
    ${notes(id, { hint, error })} ${options(field, type, list, id, !!error)}
  </fieldset>`;
}

function checkbox(v: FormView, field: FieldId, label: TemplateResult | string): TemplateResult {
  const id = `${v.uid}-${field}`;
  const error = v.errors[field];
  return html`<div class="bcf-field bcf-consent">
    ${notes(id, { error })}
    <label class="bcf-choice">
      <input
        type="checkbox"
        id=${id}
        name=${field}
        value="yes"
        form=${v.uid}
        ?required=${v.required.has(field)}
        aria-invalid=${error ? 'true' : 'false'}
        aria-describedby=${ifDefined(describedBy(id, { error }))}
      /><span class="bcf-mark" aria-hidden="true"></span><span>${label}</span>
    </label>
  </div>`;
}

function select(v: FormView, field: FieldId, list: Option[]): TemplateResult {
  const id = `${v.uid}-${field}`;
  const error = v.errors[field];
  return html`<div class="bcf-field">
    <label class="bcf-label" for=${id}>${labelText(v, field, v.m[field as 'location'])}</label>
    ${notes(id, { error })}
    <select
      class="bcf-input"
      id=${id}
      name=${field}
      ?required=${v.required.has(field)}
      aria-invalid=${error ? 'true' : 'false'}
      aria-describedby=${ifDefined(describedBy(id, { error }))}
    >
      <option value="">${v.m.chooseOne}</option>
      ${list.map(([value, label]) => html`<option value=${value}>${label}</option>`)}
    </select>
  </div>`;
}

function weekdayNames(locale: string): [string, string][] {
  const format = intl(Intl.DateTimeFormat, locale, { weekday: 'long', timeZone: 'UTC' });
  // 5 January 2026 is a Monday.
  return WEEKDAYS.map((day, index) => [day, format.format(Date.UTC(2026, 0, 5 + index))]);
}

/** When the patient is free: weekdays, times of day and a preferred date, one group with one error. */
function timingField(v: FormView): TemplateResult {
  const { m } = v;
  return html`<fieldset class="bcf-group" aria-describedby=${ifDefined(describedBy(`${v.uid}-timing`, { error: v.errors.timing }))}>
    <legend class="bcf-label">${labelText(v, 'timing', m.timing)}</legend>
    ${notes(`${v.uid}-timing`, { error: v.errors.timing })}
    <div class="bcf-timing">
      <fieldset class="bcf-group bcf-inline">
        <legend class="bcf-sublabel">${m.days}</legend>
        ${options('days', 'checkbox', weekdayNames(v.locale), `${v.uid}-timing`, !!v.errors.timing)}
      </fieldset>
      <fieldset class="bcf-group bcf-inline">
        <legend class="bcf-sublabel">${m.times}</legend>
        ${options(
          'times',
          'checkbox',
          TIMES.map((time) => [time, m[time]]),
          undefined,
          !!v.errors.timing,
        )}
      </fieldset>
      <div class="bcf-field">
        <label class="bcf-sublabel" for="${v.uid}-preferredDate">${m.preferredDate}</label>
        <input class="bcf-input bcf-date" id="${v.uid}-preferredDate" name="preferredDate" type="date" autocomplete="off" />
      </div>
    </div>
  </fieldset>`;
}

/** The free-text message, with its hint. */
function messageField(v: FormView): TemplateResult {
  const { m } = v;
  return html`<div class="bcf-field">
    <label class="bcf-label" for="${v.uid}-message">${labelText(v, 'message', m.message)}</label>
    ${notes(`${v.uid}-message`, { hint: m.messageHint, error: v.errors.message })}
    <textarea
      class="bcf-input"
      id="${v.uid}-message"
      name="message"
      rows="4"
      autocomplete="off"
      ?required=${v.required.has('message')}
      aria-invalid=${v.errors.message ? 'true' : 'false'}
      aria-describedby=${ifDefined(describedBy(`${v.uid}-message`, { hint: m.messageHint, error: v.errors.message }))}
    ></textarea>
  </div>`;
}

/** The fields, rendered into the element's own light-DOM `<form>` so autofill reaches them. */
export function renderFields(v: FormView): TemplateResult {
  const { m, shown } = v;
  if (v.status === 'sent') return v.later!.sent(v);
  const contactOptions: Option[] = [
    ['phone', m.contactPhone],
    ['text', m.contactText],
    ['email', m.contactEmail],
  ];
  const patientOptions: Option[] = [
    ['new', m.patientNew],
    ['returning', m.patientReturning],
  ];
  const treatmentOptions = v.treatments.map((t): Option => [t.id, treatmentName(t, v.language)]);
  return html`
    ${v.later?.summary(v)}
    <div class="bcf-row">${input(v, 'firstName', 'text', 'given-name')}${input(v, 'lastName', 'text', 'family-name')}</div>
    <div class="bcf-row">
      ${input(v, 'email', 'email', 'email')}${shown.has('phone') ? input(v, 'phone', 'tel', 'tel', m.phoneHint) : nothing}
    </div>
    ${shown.has('contactMethod') ? group(v, 'contactMethod', m.contactMethod, 'radio', contactOptions, 'bcf-inline') : nothing}
    ${shown.has('treatments') ? group(v, 'treatments', m.treatments, 'checkbox', treatmentOptions, 'bcf-grid', m.treatmentsHint) : nothing}
    ${
      shown.has('location') && v.locations.length
        ? select(
            v,
            'location',
            v.locations.map((place): Option => [place, place]),
          )
        : nothing
    }
    ${shown.has('patientType') ? group(v, 'patientType', m.patientType, 'radio', patientOptions, 'bcf-inline') : nothing}
    ${shown.has('timing') ? timingField(v) : nothing}
    ${shown.has('message') ? messageField(v) : nothing}
    ${shown.has('referral') ? select(v, 'referral', m.referralOptions) : nothing}
    <div class="bcf-trap" aria-hidden="true">
      <label for="${v.uid}-trap">${m.honeypot}</label>
      <input id="${v.uid}-trap" name="bcf_trap" type="text" tabindex="-1" autocomplete="off" />
    </div>
  `;
}

/** Consents, status and the submit button: after the page's extra fields and CAPTCHA slots. */
export function renderEnd(v: FormView): TemplateResult | typeof nothing {
  const { m, shown, status } = v;
  if (status === 'sent') return nothing;
  const busy = status === 'sending' || status === 'offline';
  const policy = v.privacyUrl ? html`<a href=${v.privacyUrl} target="_blank" rel="noopener">${m.privacyLink}</a>` : m.privacyLink;
  return html`
    ${shown.has('sms') ? checkbox(v, 'sms', m.sms(v.clinic)) : nothing}
    ${shown.has('emailOptIn') ? checkbox(v, 'emailOptIn', m.emailOptIn(v.clinic)) : nothing}
    ${shown.has('adult') ? checkbox(v, 'adult', m.adult) : nothing}
    ${checkbox(v, 'privacy', html`${m.privacyBefore}${policy}${m.privacyAfter}`)}
    <div class="bcf-actions">
      <button class="bcf-submit" type="submit" form=${v.uid} aria-disabled=${busy ? 'true' : 'false'}>
        ${busy ? html`<span class="bcf-spinner" aria-hidden="true"></span>` : nothing}${m.submit}
      </button>
    </div>
    <div class="bcf-status ${v.unavailable ? 'failed' : status}" role="status">${v.unavailable ?? v.later?.status(v)}</div>
    ${v.later?.fallback(v)}
  `;
}
