/**
 * Words `<blush-consult-form>` shows only once the visitor has started: errors, status and the
 * thank-you message. The English ones ride in the on-demand chunk that handles the interaction (the element adds them when it arrives);
 * other languages' come with the rest of their words.
 */
export interface ConsultFormNotices {
  sending: string;
  /** While the form retries: it is still sending, and nothing typed is lost. */
  retrying: string;
  offline: string;
  sentTitle: string;
  sentBody: string;
  /** The thank-you's link to the booking page (with `booking-url` or the page's booking links). */
  bookOnline: string;
  failed: string;
  rejected: string;
  /** The server asked the visitor to wait (429 with `Retry-After`), for about this many minutes. */
  tooMany: (minutes: number) => string;
  tryAgain: string;
  callUs: string;
  summaryTitle: string;
  errors: Record<string, string>;
  emailFormat: string;
  phoneFormat: string;
}

export const enNotices: ConsultFormNotices = {
  sending: 'Sending your request…',
  retrying: 'Still trying to send your request. Everything you entered is kept; please keep this page open.',
  offline: 'You are offline. Your request will be sent as soon as you are back online; keep this page open.',
  sentTitle: 'Thank you, your request has been sent.',
  sentBody: 'We will be in touch within one business day.',
  bookOnline: 'Book a time online',
  failed: 'We could not send your request. Everything you entered is still here.',
  rejected: 'The clinic could not accept your request. Everything you entered is still here.',
  tooMany: (minutes) =>
    `Too many requests have come from this connection. Please try again in about ${minutes === 1 ? 'a minute' : `${minutes} minutes`}; everything you entered is still here.`,
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
