import { Messages } from '../core/i18n/registry.js';
import type { ConsultFormNotices } from './consult-form.notices.js';

/**
 * The words of the form itself. English ships with the element; other languages
 * (`consult-form.messages.<language>.ts`) are fetched only by pages that need them.
 */
export interface ConsultFormMessages {
  optional: string;
  firstName: string;
  lastName: string;
  email: string;
  phone: string;
  phoneHint: string;
  contactMethod: string;
  contactPhone: string;
  contactText: string;
  contactEmail: string;
  treatments: string;
  treatmentsHint: string;
  location: string;
  chooseOne: string;
  patientType: string;
  patientNew: string;
  patientReturning: string;
  timing: string;
  days: string;
  times: string;
  morning: string;
  afternoon: string;
  evening: string;
  preferredDate: string;
  message: string;
  messageHint: string;
  referral: string;
  referralOptions: [id: string, label: string][];
  adult: string;
  privacyBefore: string;
  privacyLink: string;
  privacyAfter: string;
  sms: (clinic: string) => string;
  emailOptIn: (clinic: string) => string;
  theClinic: string;
  honeypot: string;
  submit: string;
}

/** Every word the form shows: its fields, and the notices the checking and sending code brings. */
export type ConsultFormWords = ConsultFormMessages & ConsultFormNotices;

declare global {
  interface BlushMessages {
    'blush-consult-form': ConsultFormWords;
  }
}

const en: ConsultFormMessages = {
  optional: '(optional)',
  firstName: 'First name',
  lastName: 'Last name',
  email: 'Email',
  phone: 'Mobile phone',
  phoneHint: 'US number, for example (310) 555-0142',
  contactMethod: 'How should we contact you?',
  contactPhone: 'Phone call',
  contactText: 'Text message',
  contactEmail: 'Email',
  treatments: 'Treatments you are interested in',
  treatmentsHint: 'Choose any that apply.',
  location: 'Preferred location',
  chooseOne: 'Choose…',
  patientType: 'Have you visited us before?',
  patientNew: 'I am a new patient',
  patientReturning: 'I am a returning patient',
  timing: 'When suits you?',
  days: 'Days',
  times: 'Times',
  morning: 'Morning',
  afternoon: 'Afternoon',
  evening: 'Evening',
  preferredDate: 'Earliest date',
  message: 'Message',
  messageHint: 'Please do not include medical history here; we will talk about it privately at your consultation.',
  referral: 'How did you hear about us?',
  referralOptions: [
    ['search', 'Search engine'],
    ['social', 'Instagram, TikTok or Facebook'],
    ['friend', 'A friend or family member'],
    ['doctor', 'My doctor'],
    ['ad', 'An advertisement'],
    ['other', 'Other'],
  ],
  adult: 'I am 18 or older.',
  privacyBefore: 'I have read the ',
  privacyLink: 'privacy policy',
  privacyAfter: ' and agree to be contacted about this request.',
  sms: (clinic) =>
    `Text me appointment reminders and offers from ${clinic}. Message frequency varies. Message and data rates may apply. Reply STOP to opt out, HELP for help. Consent is not a condition of purchase.`,
  emailOptIn: (clinic) => `Email me news and offers from ${clinic}. Unsubscribe at any time.`,
  theClinic: 'the clinic',
  honeypot: 'Leave this field empty',
  submit: 'Request a consultation',
};

/** English notices arrive with the checking and sending code, which adds them; other languages come whole. */
export const consultFormWords = new Messages('blush-consult-form', en, {
  es: () => import('./consult-form.messages.es.js').then((module) => module.es),
  fr: () => import('./consult-form.messages.fr.js').then((module) => module.fr),
  fa: () => import('./consult-form.messages.fa.js').then((module) => module.fa),
});
