import type { MessageTables } from '../core/i18n/locale.js';

/** Every word `<blush-consult-form>` shows. Error keys are `e` + the field id they belong to. */
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

const es: ConsultFormMessages = {
  optional: '(opcional)',
  firstName: 'Nombre',
  lastName: 'Apellido',
  email: 'Correo electrónico',
  phone: 'Teléfono móvil',
  phoneHint: 'Número de EE. UU., por ejemplo (310) 555-0142',
  contactMethod: '¿Cómo prefiere que le contactemos?',
  contactPhone: 'Llamada',
  contactText: 'Mensaje de texto',
  contactEmail: 'Correo electrónico',
  treatments: 'Tratamientos que le interesan',
  treatmentsHint: 'Elija todos los que correspondan.',
  location: 'Sede preferida',
  chooseOne: 'Elija…',
  patientType: '¿Nos ha visitado antes?',
  patientNew: 'Soy paciente nuevo',
  patientReturning: 'Ya soy paciente',
  timing: '¿Cuándo le viene bien?',
  days: 'Días',
  times: 'Horario',
  morning: 'Mañana',
  afternoon: 'Tarde',
  evening: 'Noche',
  preferredDate: 'Fecha más próxima',
  message: 'Mensaje',
  messageHint: 'No incluya aquí su historial médico; lo hablaremos en privado durante la consulta.',
  referral: '¿Cómo nos conoció?',
  referralOptions: [
    ['search', 'Buscador'],
    ['social', 'Instagram, TikTok o Facebook'],
    ['friend', 'Un amigo o familiar'],
    ['doctor', 'Mi médico'],
    ['ad', 'Un anuncio'],
    ['other', 'Otro'],
  ],
  adult: 'Tengo 18 años o más.',
  privacyBefore: 'He leído la ',
  privacyLink: 'política de privacidad',
  privacyAfter: ' y acepto que me contacten sobre esta solicitud.',
  sms: (clinic) =>
    `Envíenme recordatorios de citas y ofertas de ${clinic} por mensaje de texto. La frecuencia varía. Pueden aplicarse tarifas de mensajes y datos. Responda STOP para cancelar o HELP para obtener ayuda. El consentimiento no es condición de compra.`,
  emailOptIn: (clinic) => `Envíenme novedades y ofertas de ${clinic} por correo. Puede darse de baja cuando quiera.`,
  theClinic: 'la clínica',
  honeypot: 'Deje este campo vacío',
  submit: 'Solicitar una consulta',
  sending: 'Enviando su solicitud…',
  offline: 'No tiene conexión. Enviaremos su solicitud en cuanto vuelva a estar en línea; mantenga esta página abierta.',
  sentTitle: 'Gracias, hemos recibido su solicitud.',
  sentBody: 'Nos pondremos en contacto en un día hábil.',
  failed: 'No pudimos enviar su solicitud. Todo lo que escribió sigue aquí.',
  rejected: 'La clínica no pudo aceptar su solicitud. Todo lo que escribió sigue aquí.',
  tryAgain: 'Intentar de nuevo',
  callUs: 'O llámenos:',
  summaryTitle: 'Hay un problema',
  errors: {
    firstName: 'Escriba su nombre',
    lastName: 'Escriba su apellido',
    email: 'Escriba su correo electrónico',
    phone: 'Escriba su número de teléfono móvil',
    contactMethod: 'Elija cómo prefiere que le contactemos',
    treatments: 'Elija al menos un tratamiento',
    location: 'Elija una sede',
    patientType: 'Indique si nos ha visitado antes',
    timing: 'Elija un día u horario que le convenga',
    message: 'Escriba un mensaje',
    referral: 'Indique cómo nos conoció',
    adult: 'Confirme que tiene 18 años o más',
    privacy: 'Acepte la política de privacidad para enviar su solicitud',
  },
  emailFormat: 'Escriba un correo como nombre@ejemplo.com',
  phoneFormat: 'Escriba un número de 10 dígitos, como (310) 555-0142',
};

export const consultFormMessages = { en, es } satisfies MessageTables<ConsultFormMessages>;
