import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/next-due/index.js';
import type { BlushNextDue } from '../../src/next-due/next-due.js';
import { STORAGE_KEY } from '../../src/next-due/next-due.storage.js';
import { nextDueHarness } from '../helpers/next-due-harness.js';
import { eventually } from '../helpers/wait.js';

describe('<blush-next-due>', function () {
  // The first axe check in a page loads axe; on a shared two-core machine that alone can pass 10 s.
  this.timeout(30_000);
  beforeEach(() => localStorage.removeItem(STORAGE_KEY));
  after(() => localStorage.removeItem(STORAGE_KEY));

  describe('keyboard', () => {
    it('types a last-treatment date into the native date field', async () => {
      const el = await fixture<BlushNextDue>(html`<blush-next-due lang="en-US" treatment="botox" today="2026-04-20"></blush-next-due>`);
      const ui = nextDueHarness(el);
      ui.dateInput().focus();
      await sendKeys({ type: '03/01/2026' });
      await el.updateComplete;
      expect(ui.dateInput().value).to.equal('2026-03-01');
      expect(el.lastDate).to.equal('2026-03-01');
      expect(ui.status()).to.equal('Due in 6 weeks');
    });

    it('says so when the typed date does not exist', async () => {
      const el = await fixture<BlushNextDue>(html`<blush-next-due lang="en-US" treatment="botox" today="2026-04-20"></blush-next-due>`);
      const ui = nextDueHarness(el);
      ui.dateInput().focus();
      await sendKeys({ type: '02/30/2026' });
      ui.dateInput().blur();
      await el.updateComplete;
      expect(ui.message()).to.equal('That is not a calendar date. Please check the day and month.');
      expect(el.due).to.equal(null);
    });

    it('changes the treatment with the arrow keys', async () => {
      const el = await fixture<BlushNextDue>(html`<blush-next-due last-date="2026-03-01" today="2026-04-20"></blush-next-due>`);
      const ui = nextDueHarness(el);
      ui.select()!.focus();
      await sendKeys({ press: 'ArrowDown' });
      // WebKitGTK's driver applies a select's key press a moment after the call returns, and in a
      // long run it has once lost the press altogether: after 3 s without a change, press once more.
      const moved = () => ui.select()!.value !== 'botox';
      await eventually(moved, '', { timeout: 3000 }).catch(() => sendKeys({ press: 'ArrowDown' }));
      await eventually(moved, 'ArrowDown did not choose the next treatment');
      await el.updateComplete;
      expect(ui.select()!.value).to.equal('dysport');
      expect(el.due?.earliest).to.equal('2026-06-01');
      expect(ui.root.querySelector('.heading')!.textContent).to.equal('Your next Dysport® treatment');
    });

    it('moves from the treatment picker to the date field with Tab', async () => {
      const el = await fixture<BlushNextDue>(html`<blush-next-due today="2026-04-20"></blush-next-due>`);
      const ui = nextDueHarness(el);
      ui.select()!.focus();
      await sendKeys({ press: 'Tab' });
      expect(ui.root.activeElement).to.equal(ui.dateInput());
      expect(ui.dateInput().labels![0].textContent).to.equal('Date of your last treatment');
    });

    it('reaches remember, forget, the calendar links and booking in order with Tab', async () => {
      localStorage.setItem(STORAGE_KEY, JSON.stringify({ treatment: 'botox', lastDate: '2026-03-01' }));
      const el = await fixture<BlushNextDue>(
        html`<blush-next-due treatment="botox" today="2026-04-20" booking-url="https://glow.example/book?d={date}"></blush-next-due>`,
      );
      const ui = nextDueHarness(el);
      ui.rememberBox().focus();
      const order: string[] = [];
      for (let step = 0; step < 6; step += 1) {
        await sendKeys({ press: 'Tab' });
        const active = ui.root.activeElement as HTMLElement | null;
        order.push(active?.textContent?.replace(/\s+/g, ' ').trim() ?? 'outside');
      }
      expect(order).to.deep.equal([
        'Forget my date',
        'Apple or Outlook (.ics)',
        'Google Calendar (opens in a new tab)',
        'Outlook.com (opens in a new tab)',
        'Microsoft 365 (opens in a new tab)',
        'Book your next visit',
      ]);
    });

    it('ticks and unticks remember with Space', async () => {
      const el = await fixture<BlushNextDue>(
        html`<blush-next-due treatment="botox" last-date="2026-03-01" today="2026-04-20"></blush-next-due>`,
      );
      const ui = nextDueHarness(el);
      ui.rememberBox().focus();
      await sendKeys({ press: ' ' });
      await el.updateComplete;
      expect(localStorage.getItem(STORAGE_KEY)).to.equal('{"treatment":"botox","lastDate":"2026-03-01"}');
      await sendKeys({ press: ' ' });
      await el.updateComplete;
      expect(localStorage.getItem(STORAGE_KEY)).to.equal(null);
    });
  });
});
