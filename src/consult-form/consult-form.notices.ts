/**
 * Words `<blush-consult-form>` shows only once the visitor has started: errors, status and the
 * thank-you message. Both languages ride in the on-demand chunk that handles the interaction.
 */
export interface ConsultFormNotices {
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

export const notices: Record<'en' | 'es', ConsultFormNotices> = {
  en: {
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
  },
  es: {
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
  },
};
