import { expect, html, oneEvent } from '@open-wc/testing';
import { resetCatalog } from '../../src/core/catalog.js';
import '../../src/next-due/index.js';
import { STORAGE_KEY } from '../../src/next-due/next-due.storage.js';
import { captureWarnings } from '../helpers/warnings.js';
import { nextDueHarness, renderNextDue, parseIcs, unescapeText } from '../helpers/next-due-harness.js';

const TODAY = '2026-04-20';

describe('<blush-next-due>', function () {
  // The first axe check in a page loads axe; on a shared two-core machine that alone can pass 10 s.
  this.timeout(30_000);
  beforeEach(() => localStorage.removeItem(STORAGE_KEY));
  afterEach(() => {
    localStorage.removeItem(STORAGE_KEY);
    delete window.blushWidgetsConfig;
    resetCatalog();
  });

  describe('due window', () => {
    it('shows the window, the status and a timeline for a fixed treatment', async () => {
      const { el, ui } = await renderNextDue(
        html`<blush-next-due treatment="botox" last-date="2026-03-01" today=${TODAY}></blush-next-due>`,
      );
      expect(ui.select()).to.equal(null);
      expect(ui.fixedTreatment()).to.equal('Botox®');
      expect(ui.range()).to.equal('June 1, 2026 to July 1, 2026');
      expect(ui.status()).to.equal('Due in 6 weeks');
      expect(ui.legend()).to.deep.equal([
        'Last treatment: March 1, 2026',
        'Next window: June 1, 2026 to July 1, 2026',
        'Today: April 20, 2026',
      ]);
      expect(ui.note()).to.include('at least 90 days');
      expect(el.due).to.deep.equal({ earliest: '2026-06-01', latest: '2026-07-01', status: 'upcoming', weeks: 6, days: 42 });
      expect(ui.timeline().getAttribute('aria-hidden')).to.equal('true');
      await expect(el).to.be.accessible();
    });

    it('announces each new answer, or the problem, in one short status sentence', async () => {
      const { ui } = await renderNextDue(html`<blush-next-due treatment="botox" today=${TODAY}></blush-next-due>`);
      expect(ui.announcement()).to.equal('Enter the date of your last treatment to see when the next one is due.');
      await ui.enterDate('2026-03-01');
      expect(ui.announcement()).to.equal('Your next Botox® treatment: Due in 6 weeks, June 1, 2026 to July 1, 2026.');
      await ui.enterDate('2026-05-01');
      expect(ui.announcement()).to.equal('That date is in the future. Please enter the date of your last treatment.');
    });

    it('places the window and today on the timeline through CSS custom properties', async () => {
      const { ui } = await renderNextDue(html`<blush-next-due treatment="botox" last-date="2026-03-01" today=${TODAY}></blush-next-due>`);
      const style = ui.timeline().style;
      const start = parseFloat(style.getPropertyValue('--window-start'));
      const end = parseFloat(style.getPropertyValue('--window-end'));
      const today = parseFloat(style.getPropertyValue('--today'));
      expect(today).to.be.greaterThan(0).and.lessThan(start);
      expect(start).to.be.lessThan(end);
      expect(end).to.be.at.most(100);
    });

    it('says "due now" inside the window and "overdue" after it', async () => {
      const { el, ui } = await renderNextDue(
        html`<blush-next-due treatment="botox" last-date="2026-03-01" today="2026-06-10"></blush-next-due>`,
      );
      expect(ui.status()).to.equal('Due now');
      expect(el.due?.status).to.equal('due');
      await expect(el).to.be.accessible();
      el.today = '2026-08-12';
      await el.updateComplete;
      expect(ui.status()).to.equal('Overdue by 6 weeks');
      el.today = '2026-07-03';
      await el.updateComplete;
      expect(ui.status()).to.equal('Overdue by 2 days');
      await expect(el).to.be.accessible();
    });

    it('counts days when the window is under two weeks away', async () => {
      const { ui } = await renderNextDue(
        html`<blush-next-due treatment="botox" last-date="2026-03-01" today="2026-05-31"></blush-next-due>`,
      );
      expect(ui.status()).to.equal('Due in 1 day');
    });

    it('lets the visitor pick a treatment from the catalog and a date', async () => {
      const { el, ui } = await renderNextDue(html`<blush-next-due today=${TODAY}></blush-next-due>`);
      expect(ui.select()!.value).to.equal('botox');
      expect([...ui.select()!.options].map((option) => option.value)).to.include.members(['botox', 'dysport', 'filler-lips']);
      expect(ui.message()).to.equal('Enter the date of your last treatment to see when the next one is due.');
      expect(ui.result()).to.equal(null);
      await expect(el).to.be.accessible();
      await ui.enterDate('2026-03-01');
      expect(el.lastDate).to.equal('2026-03-01');
      await ui.chooseTreatment('filler-lips');
      expect(ui.range()).to.equal('September 1, 2026 to March 1, 2027');
      expect(ui.message()).to.equal('');
    });

    it('fires blush-next-due-change with ids and dates only', async () => {
      const el = document.createElement('blush-next-due');
      el.setAttribute('today', TODAY);
      el.setAttribute('last-date', '2026-03-01');
      const first = oneEvent(el, 'blush-next-due-change');
      document.body.append(el);
      const event = await first;
      expect(event.bubbles && event.composed).to.equal(true);
      expect(event.detail).to.deep.equal({
        treatment: 'botox',
        earliest: '2026-06-01',
        latest: '2026-07-01',
        status: 'upcoming',
        weeks: 6,
      });
      const next = oneEvent(el, 'blush-next-due-change');
      await nextDueHarness(el).chooseTreatment('daxxify');
      expect((await next).detail).to.deep.equal({
        treatment: 'daxxify',
        earliest: '2026-09-01',
        latest: '2026-12-01',
        status: 'upcoming',
        weeks: 20,
      });
      el.remove();
    });
  });

  describe('bad input', () => {
    it('explains a future date inline and warns once about the attribute', async () => {
      const warnings = captureWarnings();
      const { el, ui } = await renderNextDue(
        html`<blush-next-due treatment="botox" last-date="2026-05-01" today=${TODAY}></blush-next-due>`,
      );
      el.requestUpdate();
      await el.updateComplete;
      warnings.restore();
      expect(ui.message()).to.equal('That date is in the future. Please enter the date of your last treatment.');
      expect(ui.isError()).to.equal(true);
      expect(ui.dateInput().getAttribute('aria-invalid')).to.equal('true');
      expect(ui.result()).to.equal(null);
      expect(el.due).to.equal(null);
      expect(warnings.messages).to.deep.equal([
        '[blush-next-due] last-date="2026-05-01" is after today (2026-04-20); give the date of the last treatment.',
      ]);
      await expect(el).to.be.accessible();
    });

    it('explains an impossible date and warns with the fix', async () => {
      const warnings = captureWarnings();
      const { el, ui } = await renderNextDue(
        html`<blush-next-due treatment="botox" last-date="2026-02-30" today=${TODAY}></blush-next-due>`,
      );
      warnings.restore();
      expect(ui.message()).to.equal('That is not a calendar date. Please check the day and month.');
      expect(el.due).to.equal(null);
      expect(warnings.messages).to.deep.equal(['[blush-next-due] last-date="2026-02-30" is not a calendar date; use YYYY-MM-DD.']);
    });

    it('warns about an unknown treatment and lets the visitor choose one', async () => {
      const warnings = captureWarnings();
      const { el, ui } = await renderNextDue(
        html`<blush-next-due treatment="botx" last-date="2026-03-01" today=${TODAY}></blush-next-due>`,
      );
      warnings.restore();
      expect(warnings.messages).to.have.length(1);
      expect(warnings.messages[0]).to.match(
        /^\[blush-next-due\] treatment="botx" is not in the treatment catalog; use one of botox, dysport/,
      );
      expect(ui.message()).to.equal('Choose a treatment to see when the next one is due.');
      expect(ui.select()!.value).to.equal('');
      await ui.chooseTreatment('xeomin');
      expect(el.due?.earliest).to.equal('2026-06-01');
    });

    it('falls back to the catalog with one warning for unusable durations JSON', async () => {
      const warnings = captureWarnings();
      const { el } = await renderNextDue(
        html`<blush-next-due treatment="botox" last-date="2026-03-01" today=${TODAY} durations="{botox:[3,5]}"></blush-next-due>`,
      );
      el.requestUpdate();
      await el.updateComplete;
      warnings.restore();
      expect(el.due?.latest).to.equal('2026-07-01');
      expect(warnings.messages).to.deep.equal([
        '[blush-next-due] durations="{botox:[3,5]}" is not valid JSON; use JSON such as {"botox":[3,5]}. Using the catalog\'s durations where it is unusable.',
      ]);
    });

    it('ignores a bad today with a warning and uses the real date', async () => {
      const warnings = captureWarnings();
      const { el, ui } = await renderNextDue(html`<blush-next-due treatment="botox" last-date="2026-03-01" today="soon"></blush-next-due>`);
      warnings.restore();
      expect(warnings.messages).to.deep.equal([
        '[blush-next-due] today="soon" is not a calendar date; use YYYY-MM-DD. Using the visitor\'s date.',
      ]);
      expect(ui.dateInput().max).to.match(/^\d{4}-\d{2}-\d{2}$/);
      expect(el.due?.earliest).to.equal('2026-06-01');
    });

    it('drops an unsafe booking-url with a warning', async () => {
      const warnings = captureWarnings();
      const { ui } = await renderNextDue(
        html`<blush-next-due treatment="botox" last-date="2026-03-01" today=${TODAY} booking-url="javascript:alert(1)"></blush-next-due>`,
      );
      warnings.restore();
      expect(ui.book()).to.equal(null);
      expect(warnings.messages).to.deep.equal([
        '[blush-next-due] booking-url="javascript:alert(1)" is not an http(s), mailto or tel link; give your booking page\'s address.',
      ]);
    });
  });

  describe('clinic durations', () => {
    it('uses the durations attribute for this element', async () => {
      const { el, ui } = await renderNextDue(
        html`<blush-next-due treatment="botox" last-date="2026-03-01" today=${TODAY} durations='{"botox":[3,5]}'></blush-next-due>`,
      );
      expect(el.due).to.include({ earliest: '2026-06-01', latest: '2026-08-01' });
      expect(ui.note()).to.include('3–5 months');
    });

    it('reads durations from an inline JSON script', async () => {
      const { el } = await renderNextDue(html`<blush-next-due treatment="botox" last-date="2026-03-01" today=${TODAY}>
        <script type="application/json">{"botox":[4,6]}</script>
      </blush-next-due>`);
      expect(el.due).to.include({ earliest: '2026-07-01', latest: '2026-09-01' });
    });

    it('warns once about unusable inline JSON and keeps the catalog figures', async () => {
      const warnings = captureWarnings();
      const { el } = await renderNextDue(html`<blush-next-due treatment="botox" last-date="2026-03-01" today=${TODAY}>
        <script type="application/json">{"botox":[5,3]}</script>
      </blush-next-due>`);
      warnings.restore();
      expect(el.due).to.include({ earliest: '2026-06-01', latest: '2026-07-01' });
      expect(warnings.messages).to.deep.equal([
        '[blush-next-due] the inline <script type="application/json"> has ranges that are not two whole months, shortest first (botox); use JSON such as {"botox":[3,5]}. Using the catalog\'s durations.',
      ]);
    });

    it('follows window.blushWidgetsConfig through the shared catalog', async () => {
      window.blushWidgetsConfig = {
        treatments: [
          { id: 'botox', durationMonths: [4, 6] },
          { id: 'prp-hair', name: { en: 'PRP for hair' }, durationMonths: [4, 6] },
        ],
      };
      resetCatalog();
      const { el, ui } = await renderNextDue(html`<blush-next-due last-date="2026-03-01" today=${TODAY}></blush-next-due>`);
      expect(el.due).to.include({ earliest: '2026-07-01', latest: '2026-09-01' });
      await ui.chooseTreatment('prp-hair');
      expect(el.due).to.include({ earliest: '2026-07-01', latest: '2026-09-01' });
      expect(ui.select()!.selectedOptions[0].textContent).to.equal('PRP for hair');
    });
  });

  describe('add to calendar', () => {
    it('offers an .ics file, Google Calendar, Outlook.com and Microsoft 365 for the window’s first day', async () => {
      const { ui } = await renderNextDue(
        html`<blush-next-due treatment="botox" last-date="2026-03-01" today=${TODAY} reminder-days="5"></blush-next-due>`,
      );
      expect(ui.calendarLinks()).to.have.length(4);
      const ics = ui.icsLink()!;
      expect(ics.href).to.match(/^blob:/);
      expect(ics.getAttribute('download')).to.equal('next-botox-treatment.ics');
      const fields = parseIcs(await ui.icsText());
      const get = (name: string) => fields.find((field) => field.name === name)!;
      expect(get('DTSTART').value).to.equal('20260601');
      expect(get('DTEND').value).to.equal('20260602');
      expect(get('UID').value).to.match(/^next-due-botox-2026-06-01@/);
      expect(unescapeText(get('SUMMARY').value)).to.equal('Next Botox® treatment due');
      expect(unescapeText(get('DESCRIPTION').value)).to.equal(
        'Your next Botox® treatment is due June 1, 2026 to July 1, 2026. Book with your clinic.',
      );
      expect(get('TRIGGER').value).to.equal('-P4DT15H');
      const google = new URL(ui.googleLink()!.href);
      expect(google.searchParams.get('dates')).to.equal('20260601/20260602');
      expect(new URL(ui.outlookLink()!.href).searchParams.get('startdt')).to.equal('2026-06-01');
      expect(new URL(ui.microsoft365Link()!.href).searchParams.get('startdt')).to.equal('2026-06-01');
      expect(ui.googleLink()!.target).to.equal('_blank');
      expect(ui.googleLink()!.rel).to.include('noopener');
    });

    it('offers no reminder once the window has opened', async () => {
      const { ui } = await renderNextDue(
        html`<blush-next-due treatment="botox" last-date="2026-03-01" today="2026-06-10"></blush-next-due>`,
      );
      expect(ui.calendarLinks()).to.have.length(0);
    });

    it('replaces the .ics file when the window changes', async () => {
      const { ui } = await renderNextDue(html`<blush-next-due treatment="botox" last-date="2026-03-01" today=${TODAY}></blush-next-due>`);
      const before = ui.icsLink()!.href;
      await ui.enterDate('2026-03-15');
      expect(ui.icsLink()!.href).not.to.equal(before);
      expect(parseIcs(await ui.icsText()).find((field) => field.name === 'DTSTART')!.value).to.equal('20260615');
    });
  });
});
