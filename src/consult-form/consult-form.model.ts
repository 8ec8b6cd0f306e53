/**
 * What `<blush-consult-form>` needs before the visitor starts: which fields exist and the request's
 * shape, and the state and view the element and its on-demand session share. Checking and sending
 * live in modules loaded on first interaction.
 */
import type { nothing, TemplateResult } from 'lit';
import type { Treatment } from '../core/catalog.js';
import type { ConsultFormWords } from './consult-form.messages.js';

/** Optional fields, in the order they appear. Name, email and the privacy consent always show. */
export const OPTIONAL_FIELDS = [
  'phone',
  'contactMethod',
  'treatments',
  'location',
  'patientType',
  'timing',
  'message',
  'referral',
  'sms',
  'emailOptIn',
  'adult',
] as const;
export type OptionalField = (typeof OPTIONAL_FIELDS)[number];
export type FieldId = 'firstName' | 'lastName' | 'email' | 'privacy' | OptionalField;

/** Attribute spelling (`contact-method`) → field id (`contactMethod`). */
export function fieldFromToken(token: string): FieldId | 'name' | undefined {
  const id = token.toLowerCase().replace(/-(\w)/g, (_, letter: string) => letter.toUpperCase());
  const all: string[] = ['name', 'firstName', 'lastName', 'email', 'privacy', ...OPTIONAL_FIELDS];
  const match = all.find((field) => field.toLowerCase() === id.toLowerCase());
  return match as FieldId | 'name' | undefined;
}

/** `"name phone contact-method"` → field ids (`name` is first and last name); unknown tokens go to `onUnknown`. */
export function parseFieldList(value: string | undefined, onUnknown: (token: string) => void): FieldId[] {
  const fields: FieldId[] = [];
  for (const token of value?.split(/[\s,]+/).filter(Boolean) ?? []) {
    const field = fieldFromToken(token);
    if (field === 'name') fields.push('firstName', 'lastName');
    else if (field) fields.push(field);
    else onUnknown(token);
  }
  return fields;
}

export const DEFAULT_REQUIRED: readonly FieldId[] = ['firstName', 'lastName', 'email', 'phone', 'adult', 'privacy'];

export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;
export const TIMES = ['morning', 'afternoon', 'evening'] as const;

/** One consent as evidence: whether it was given, the exact words shown, their version and when. */
export interface ConsentRecord {
  given: boolean;
  text: string;
  version: string;
  at: string;
}

/** What the endpoint receives (JSON), or its flattened form-encoded twin. */
export interface ConsultPayload {
  firstName: string;
  lastName: string;
  email: string;
  phone?: string;
  contactMethod?: string;
  treatments?: string[];
  location?: string;
  patientType?: string;
  preferredDays?: string[];
  preferredTimes?: string[];
  preferredDate?: string;
  message?: string;
  referral?: string;
  adult?: boolean;
  consent: Record<string, ConsentRecord>;
  attribution?: Record<string, string>;
  /** `fillTimeMs`: from the form's creation to the visitor's submit, before any `min-fill-time` hold (a spam signal). */
  meta: { language: string; submittedAt: string; fillTimeMs: number; page: string };
  [extra: string]: unknown;
}

/** Control values by name; checkbox groups and repeated names become lists. */
export type Values = Record<string, string | string[]>;

export type ConsultStatus = 'idle' | 'sending' | 'offline' | 'sent' | 'failed';

/** What the visitor's actions change; the on-demand session module writes it, the element renders it. */
export interface FormState {
  status: ConsultStatus;
  errors: Record<string, string>;
  /** Form-level messages from the endpoint (errors it could not tie to a field). */
  formErrors: string[];
  summary: boolean;
  rejected: boolean;
  /** Sending, and an attempt has already failed: the form is retrying. */
  retrying?: boolean;
  /** Failed because the server asked for a wait (429): about this many minutes. */
  waitMinutes?: number;
  /** Treatments handed over (by `prefill`) that the `treatments` attribute does not offer. */
  added: string[];
  /** The treatments of the request the clinic accepted: the thank-you's book link fills `{treatment}` when there is one. */
  sentTreatments?: string[];
}

export interface LaterRender {
  summary(v: FormView): TemplateResult | typeof nothing;
  sent(v: FormView): TemplateResult;
  status(v: FormView): string;
  fallback(v: FormView): TemplateResult | typeof nothing;
}

/** Everything the light-DOM templates need, gathered by the element on each update. */
export interface FormView extends FormState {
  /** The words; the notices among them are there once the session chunk (which uses them) has arrived. */
  m: ConsultFormWords;
  /** Templates for what follows the visitor's actions; they arrive with the session chunk. */
  later?: LaterRender;
  language: string;
  locale: string;
  uid: string;
  shown: Set<FieldId>;
  required: Set<FieldId>;
  treatments: readonly Treatment[];
  locations: string[];
  clinic: string;
  phone: string | null;
  privacyUrl: string | null;
  /** Said in the status line while the checking and sending code could not be fetched. */
  unavailable?: string;
  /** The element, for the thank-you's book link (`blush-book`) and its one warning. */
  host: HTMLElement;
  /** `booking-url`, as given. */
  bookingUrl?: string;
}
