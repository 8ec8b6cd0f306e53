import { expect, html } from '@open-wc/testing';
import { visitorToday } from '../../src/core/dates.js';
import '../../src/next-due/index.js';
import { nextDueHarness, renderNextDue, parseIcs, unescapeText } from '../helpers/next-due-harness.js';
import { setTimezone, TEST_TIMEZONES } from '../helpers/timezone.js';
import { captureWarnings } from '../helpers/warnings.js';

describe('<blush-next-due>', function () {
  // The first axe check in a page loads axe; on a shared two-core machine that alone can pass 10 s.
  this.timeout(30_000);
  describe('localization', () => {
    it('speaks Spanish with Spanish dates and plurals', async () => {
      const { el, ui } = await renderNextDue(
        html`<blush-next-due lang="es" treatment="filler-lips" last-date="2026-03-01" today="2026-04-20"></blush-next-due>`,
      );
      expect(ui.fixedTreatment()).to.equal('Relleno de labios');
      expect(ui.range()).to.equal('del 1 de septiembre de 2026 al 1 de marzo de 2027');
      expect(ui.status()).to.equal('Le toca en 20 semanas');
      expect(ui.legend()[0]).to.equal('Último tratamiento: 1 de marzo de 2026');
      expect(ui.dateInput().labels![0].textContent).to.equal('Fecha de su último tratamiento');
      const google = new URL(ui.googleLink()!.href);
      expect(google.searchParams.get('text')).to.equal('Próximo tratamiento de Relleno de labios');
      const microsoft365 = new URL(ui.microsoft365Link()!.href).searchParams;
      expect(microsoft365.get('subject')).to.equal('Próximo tratamiento de Relleno de labios');
      expect(microsoft365.get('body')).to.equal(
        'Su próximo tratamiento de Relleno de labios le toca del 1 de septiembre de 2026 al 1 de marzo de 2027. Reserve con su clínica.',
      );
      expect(ui.microsoft365Link()!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Microsoft 365 (se abre en una pestaña nueva)');
      const summary = parseIcs(await ui.icsText()).find((field) => field.name === 'SUMMARY')!;
      expect(unescapeText(summary.value)).to.equal('Próximo tratamiento de Relleno de labios');
      await expect(el).to.be.accessible();
    });

    it('explains an impossible date in Spanish and warns in English for the developer', async () => {
      const warnings = captureWarnings();
      const { ui } = await renderNextDue(
        html`<blush-next-due lang="es" treatment="botox" last-date="2026-02-30" today="2026-04-20"></blush-next-due>`,
      );
      warnings.restore();
      expect(ui.message()).to.equal('Esa fecha no existe en el calendario. Revise el día y el mes.');
      expect(warnings.messages).to.deep.equal(['[blush-next-due] last-date="2026-02-30" is not a calendar date; use YYYY-MM-DD.']);
    });

    it('uses singular forms for one and Spanish error messages', async () => {
      const { el, ui } = await renderNextDue(
        html`<blush-next-due lang="es-MX" treatment="botox" last-date="2026-03-01" today="2026-07-02"></blush-next-due>`,
      );
      expect(ui.status()).to.equal('Con 1 día de retraso');
      el.lastDate = '2026-08-01';
      await el.updateComplete;
      expect(ui.message()).to.equal('Esa fecha es futura. Introduzca la fecha de su último tratamiento.');
    });

    it('follows the page language when it changes', async () => {
      // Built by hand: a plain <div> fixture waits for an animation frame, which a background test tab never gets.
      const wrapper = document.createElement('div');
      wrapper.lang = 'en';
      const el = document.createElement('blush-next-due');
      Object.assign(el, { treatment: 'botox', lastDate: '2026-03-01', today: '2026-04-20' });
      wrapper.append(el);
      document.body.append(wrapper);
      await el.updateComplete;
      expect(nextDueHarness(el).status()).to.equal('Due in 6 weeks');
      wrapper.lang = 'es';
      el.requestUpdate();
      await el.updateComplete;
      expect(nextDueHarness(el).status()).to.equal('Le toca en 6 semanas');
      wrapper.remove();
    });
  });

  describe('time zones', () => {
    after(async () => {
      await setTimezone('');
    });

    for (const zone of TEST_TIMEZONES) {
      it(`gives the same window and dates in ${zone}`, async () => {
        const emulated = await setTimezone(zone);
        if (emulated) expect(Intl.DateTimeFormat().resolvedOptions().timeZone).to.equal(zone);
        // Month end, leap day, year end and the US/EU DST switch days as last visits.
        const cases: Array<[string, string, string]> = [
          ['2026-01-31', '2026-05-01', 'May 1, 2026 to May 31, 2026'],
          ['2024-02-29', '2024-05-29', 'May 29, 2024 to June 29, 2024'],
          ['2025-12-31', '2026-03-31', 'March 31, 2026 to April 30, 2026'],
          ['2026-03-08', '2026-06-08', 'June 8, 2026 to July 8, 2026'],
          ['2026-10-25', '2027-01-25', 'January 25, 2027 to February 25, 2027'],
          ['2026-11-01', '2027-02-01', 'February 1, 2027 to March 1, 2027'],
        ];
        for (const [last, earliest, range] of cases) {
          const { el, ui } = await renderNextDue(
            html`<blush-next-due lang="en-US" treatment="botox" last-date=${last} today=${last}></blush-next-due>`,
          );
          expect(el.due?.earliest, last).to.equal(earliest);
          expect(ui.range(), last).to.equal(range);
          const fields = parseIcs(await ui.icsText());
          const ics = (name: string) => fields.find((field) => field.name === name)!.value;
          expect(ics('DTSTART'), last).to.equal(earliest.replaceAll('-', ''));
          // Every calendar choice opens the same all-day event: same day, same title, same text.
          const end = ics('DTEND');
          const dashed = `${end.slice(0, 4)}-${end.slice(4, 6)}-${end.slice(6)}`;
          const google = new URL(ui.googleLink()!.href).searchParams;
          expect(google.get('dates'), last).to.equal(`${ics('DTSTART')}/${end}`);
          expect(google.get('text')).to.equal(unescapeText(ics('SUMMARY')));
          expect(google.get('details')).to.equal(unescapeText(ics('DESCRIPTION')));
          for (const link of [ui.outlookLink()!, ui.microsoft365Link()!]) {
            const params = new URL(link.href).searchParams;
            expect([params.get('startdt'), params.get('enddt'), params.get('allday')], `${last} ${link.host}`).to.deep.equal([
              earliest,
              dashed,
              'true',
            ]);
            expect(params.get('subject')).to.equal(unescapeText(ics('SUMMARY')));
            expect(params.get('body')).to.equal(unescapeText(ics('DESCRIPTION')));
          }
          // Nothing personal: the visitor's own date enters no link and no file.
          for (const href of [...ui.calendarLinks().map((a) => a.href), await ui.icsText()]) {
            expect(href, last).not.to.contain(last);
            expect(href, last).not.to.contain(last.replaceAll('-', ''));
          }
        }
      });
    }

    it('takes today from the visitor’s own calendar date', async () => {
      const { ui } = await renderNextDue(html`<blush-next-due treatment="botox"></blush-next-due>`);
      expect(ui.dateInput().max).to.equal(visitorToday());
    });
  });
});
