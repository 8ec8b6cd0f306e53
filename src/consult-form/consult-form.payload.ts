import type { ConsultPayload, FieldId, Values } from './consult-form.model.js';
import { visitAttribution } from '../core/attribution.js';
import { collectAttribution, normalizePhone } from './consult-form.rules.js';
import type { FormView } from './consult-form.model.js';

export interface PayloadContext {
  consentVersion: string;
  /** When each consent box was ticked (ISO), as evidence; submit time when unknown. */
  consentAt: Record<string, string>;
  attribution: boolean;
  locale: string;
  fillTimeMs: number;
}

/**
 * The request body: trimmed values, the phone in E.164, lists for groups, the exact consent words
 * shown (with version and time), optional attribution, and the page's extra fields and CAPTCHA token
 * under their own names. Empty values are left out.
 */
export function buildPayload(values: Values, view: FormView, context: PayloadContext): ConsultPayload {
  const { m, shown } = view;
  const now = new Date().toISOString();
  const text = (value: Values[string]) => (typeof value === 'string' ? value.trim() : undefined) || undefined;
  const list = (value: Values[string]) => (Array.isArray(value) ? value : value ? [value] : undefined);
  const consent: ConsultPayload['consent'] = {};
  const consents = {
    privacy: `${m.privacyBefore}${m.privacyLink}${m.privacyAfter}`,
    sms: m.sms(view.clinic),
    emailOptIn: m.emailOptIn(view.clinic),
  };
  for (const [field, words] of Object.entries(consents)) {
    if (!shown.has(field as FieldId)) continue;
    consent[field] = { given: values[field] === 'yes', text: words, version: context.consentVersion, at: context.consentAt[field] ?? now };
  }
  const payload: ConsultPayload = {
    firstName: text(values.firstName) ?? '',
    lastName: text(values.lastName) ?? '',
    email: text(values.email) ?? '',
    phone: normalizePhone(String(values.phone ?? '')) ?? text(values.phone),
    contactMethod: text(values.contactMethod),
    treatments: list(values.treatments),
    location: text(values.location),
    patientType: text(values.patientType),
    preferredDays: list(values.days),
    preferredTimes: list(values.times),
    preferredDate: text(values.preferredDate),
    message: text(values.message),
    referral: text(values.referral),
    adult: shown.has('adult') ? values.adult === 'yes' : undefined,
    consent,
    // The visit's campaign (kept on landing, core/attribution.ts); with `attribution`, also the referrer and this page.
    attribution: context.attribution ? { ...collectAttribution(), ...visitAttribution() } : visitAttribution(),
    meta: { language: context.locale, submittedAt: now, fillTimeMs: context.fillTimeMs, page: location.origin + location.pathname },
  };
  for (const [name, value] of Object.entries(values)) {
    if (!(name in payload) && !/^(bcf_trap|days|times|privacy|sms|emailOptIn)$/.test(name)) payload[name] = value;
  }
  return JSON.parse(JSON.stringify(payload));
}
