/**
 * Every word `<blush-consult-form>` shows. English ships with the element; Spanish
 * (`consult-form.messages.es.ts`) is fetched only by pages that need it.
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
  sending: string;
  offline: string;
  sentTitle: string;
  sentBody: string;
  failed: string;
  rejected: string;
  tryAgain: string;
  callUs: string;
  summaryTitle: string;
  errors: Record<string, string>;
  emailFormat: string;
  phoneFormat: string;
}

export const en: ConsultFormMessages = {
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
  sending: 'Sending your request…',
  offline: 'You are offline. Your request will be sent as soon as you are back online; keep this page open.',
  sentTitle: 'Thank you, your request has been sent.',
  sentBody: 'We will be in touch within one business day.',
  failed: 'We could not send your request. Everything you entered is still here.',
  rejected: 'The clinic could not accept your request. Everything you entered is still here.',
  tryAgain: 'Try again',
  callUs: 'Or call us:',
  summaryTitle: 'There is a problem',
  errors: {
    firstName: 'Enter your first name',
    lastName: 'Enter your last name',
    email: 'Enter your email address',
    phone: 'Enter your mobile phone number',
    contactMethod: 'Choose how we should contact you',
    treatments: 'Choose at least one treatment',
    location: 'Choose a location',
    patientType: 'Tell us whether you have visited before',
    timing: 'Choose a day or time that suits you',
    message: 'Enter a message',
    referral: 'Tell us how you heard about us',
    adult: 'Confirm that you are 18 or older',
    privacy: 'Agree to the privacy policy to send your request',
  },
  emailFormat: 'Enter an email address like name@example.com',
  phoneFormat: 'Enter a phone number with 10 digits, like (310) 555-0142',
};

