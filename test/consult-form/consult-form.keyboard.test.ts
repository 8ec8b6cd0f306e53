import { expect, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { consultForm, control, endpoint, newRun, serverLog, submitButton, summary } from '../helpers/consult-form-harness.js';

// Safari and WebKitGTK skip checkboxes, radios and buttons on plain Tab by default (Option-Tab
// reaches them), so there the walk stops at text fields and focus is placed on the control.
const tabSkipsControls = !/Chrome\/|Firefox\//.test(navigator.userAgent);

async function tabTo(target: HTMLElement, limit = 30): Promise<void> {
  if (tabSkipsControls && !['text', 'email', 'tel'].includes((target as HTMLInputElement).type)) {
    target.focus();
    return;
  }
  for (let presses = 0; presses < limit && document.activeElement !== target; presses++) await sendKeys({ press: 'Tab' });
  expect(document.activeElement).to.equal(target);
}

describe('<blush-consult-form>', () => {
  describe('keyboard', () => {
    it('is completed and sent with the keyboard alone', async function () {
      // Some thirty real key presses; WebDriver and a busy machine make each one slow.
      this.timeout(30_000);
      const run = newRun();
      const el = await consultForm(`action="${endpoint(run, '200')}" hide="treatments timing referral" treatments="botox"`);
      el.focus();
      expect(document.activeElement).to.equal(control(el, 'firstName'));
      await sendKeys({ type: 'Olivia' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ type: 'Martinez' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ type: 'olivia@example.com' });
      await sendKeys({ press: 'Tab' });
      // No repeated digits: WebKitGTK's WebDriver drops a key typed twice in a row.
      await sendKeys({ type: '2134792618' });
      await tabTo(control(el, 'contactMethod', 'phone'));
      await sendKeys({ press: 'ArrowRight' });
      expect(control(el, 'contactMethod', 'text').checked).to.equal(true);
      await tabTo(control(el, 'adult'));
      await sendKeys({ press: ' ' });
      await tabTo(control(el, 'privacy'));
      await sendKeys({ press: ' ' });
      await tabTo(submitButton(el));
      const sent = oneEvent(el, 'blush-consult-success');
      await sendKeys({ press: 'Enter' });
      await sent;
      const body = (await serverLog(run)).submissions[0].body;
      expect(body).to.include({ firstName: 'Olivia', lastName: 'Martinez', phone: '+12134792618', contactMethod: 'text', adult: true });
    });

    it('moves focus to the error summary on Enter with missing fields, and its links lead to the fields', async () => {
      const el = await consultForm();
      el.focus();
      const invalid = oneEvent(el, 'blush-consult-error');
      await sendKeys({ press: 'Enter' });
      await invalid;
      await el.updateComplete;
      expect(document.activeElement).to.equal(summary(el));
      await sendKeys({ press: 'Tab' });
      expect(document.activeElement!.textContent).to.equal('Enter your first name');
      await sendKeys({ press: 'Tab' });
      expect(document.activeElement!.textContent).to.equal('Enter your last name');
      await sendKeys({ press: 'Enter' });
      expect(document.activeElement).to.equal(control(el, 'lastName'));
    });
  });
});
