import { expect, fixture, oneEvent } from '@open-wc/testing';
import type { BlushConsultForm } from '../../src/consult-form/index.js';
import { es } from '../../src/consult-form/consult-form.messages.es.js';
import { fa } from '../../src/consult-form/consult-form.messages.fa.js';
import { fr } from '../../src/consult-form/consult-form.messages.fr.js';
import { enNotices } from '../../src/consult-form/consult-form.notices.js';
import { VALID, control, endpoint, fill, newRun, serverLog, submitButton, summary } from '../helpers/consult-form-harness.js';
import { eventually } from '../helpers/wait.js';

describe('<blush-consult-form>', () => {
  describe('localization', () => {
    it("says when to try again in every language, one minute and several, with the language's own digits", () => {
      const cases: [(minutes: number) => string, number, RegExp][] = [
        [enNotices.tooMany, 1, /try again in about a minute;/],
        [enNotices.tooMany, 10, /try again in about 10 minutes;/],
        [es.tooMany, 1, /en un minuto;/],
        [es.tooMany, 10, /en unos 10 minutos;/],
        [fr.tooMany, 1, /dans une minute\u202f;/],
        [fr.tooMany, 10, /dans environ 10\u00a0minutes\u202f;/],
        [fa.tooMany, 10, /حدود ۱۰ دقیقهٔ دیگر/],
      ];
      for (const [words, minutes, expected] of cases) expect(words(minutes)).to.match(expected);
    });

    it('keeps example phone numbers left to right inside Persian text', () => {
      for (const text of [fa.phoneHint, fa.phoneFormat]) expect(text).to.contain('\u2066(310) 555-0142\u2069');
    });

    it('speaks Spanish from lang="es": labels, weekdays, consent wording and errors', async function () {
      // Axe over the whole form is slow on a busy machine.
      this.timeout(20_000);
      const el = await fixture<BlushConsultForm>(
        '<blush-consult-form lang="es-MX" min-fill-time="0" clinic-name="Maison Lumière"></blush-consult-form>',
      );
      // Spanish words arrive as their own chunk.
      await eventually(() => !!el.querySelector('input'));
      expect(el.querySelector(`label[for="${control(el, 'firstName').id}"]`)!.textContent).to.contain('Nombre');
      expect(submitButton(el).textContent!.trim()).to.equal('Solicitar una consulta');
      expect(control(el, 'days', 'mon').closest('label')!.textContent!.trim()).to.equal('lunes');
      expect(control(el, 'sms').closest('label')!.textContent).to.contain('Responda STOP');
      submitButton(el).click();
      await oneEvent(el, 'blush-consult-error');
      await el.updateComplete;
      expect(summary(el)!.querySelector('h3')!.textContent).to.equal('Hay un problema');
      expect(summary(el)!.textContent).to.contain('Escriba su correo electrónico');
      await expect(el).to.be.accessible();
    });

    it('sends the Spanish consent wording as evidence and thanks in Spanish', async () => {
      const run = newRun();
      const el = await fixture<BlushConsultForm>(
        `<blush-consult-form lang="es-MX" min-fill-time="0" action="${endpoint(run, '200')}"></blush-consult-form>`,
      );
      await eventually(() => !!el.querySelector('input'));
      await fill(el, VALID);
      const sent = oneEvent(el, 'blush-consult-success');
      submitButton(el).click();
      await sent;
      const body = (await serverLog(run)).submissions[0].body as { consent: Record<string, { text: string }>; meta: { language: string } };
      expect(body.consent.privacy.text).to.equal('He leído la política de privacidad y acepto que me contacten sobre esta solicitud.');
      expect(body.meta.language).to.equal('es-MX');
      await el.updateComplete;
      expect(el.querySelector('.bcf-sent-title')!.textContent).to.contain('Gracias');
    });

    it('follows a change of <html lang> without losing what was typed', async () => {
      const el = await fixture<BlushConsultForm>('<blush-consult-form min-fill-time="0"></blush-consult-form>');
      await fill(el, { firstName: 'Ana' });
      const before = document.documentElement.lang;
      document.documentElement.lang = 'es';
      try {
        await eventually(() => submitButton(el).textContent!.trim() === 'Solicitar una consulta');
        expect(control(el, 'firstName').value).to.equal('Ana');
      } finally {
        document.documentElement.lang = before;
      }
    });
  });
});
