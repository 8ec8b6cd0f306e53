import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/next-due/index.js';
import { STORAGE_KEY } from '../../src/next-due/next-due.storage.js';
import { renderNextDue } from '../helpers/next-due-harness.js';

const TODAY = '2026-04-20';
const stored = () => localStorage.getItem(STORAGE_KEY);

describe('<blush-next-due>', function () {
  // The first axe check in a page loads axe; on a shared two-core machine that alone can pass 10 s.
  this.timeout(30_000);
  beforeEach(() => localStorage.removeItem(STORAGE_KEY));
  after(() => localStorage.removeItem(STORAGE_KEY));

  describe('remember my date', () => {
    it('stores nothing until the visitor opts in', async () => {
      const { ui } = await renderNextDue(html`<blush-next-due today=${TODAY}></blush-next-due>`);
      await ui.enterDate('2026-03-01');
      await ui.chooseTreatment('dysport');
      expect(ui.rememberBox().checked).to.equal(false);
      expect(stored()).to.equal(null);
      expect(ui.forgetButton()).to.equal(null);
      expect(Object.keys(localStorage).filter((key) => key.startsWith('blush'))).to.deep.equal([]);
    });

    it('stores only the treatment id and date once ticked, and keeps them current', async () => {
      const { el, ui } = await renderNextDue(html`<blush-next-due today=${TODAY}></blush-next-due>`);
      await ui.enterDate('2026-03-01');
      ui.rememberBox().focus();
      await sendKeys({ press: ' ' });
      await el.updateComplete;
      expect(ui.rememberBox().checked).to.equal(true);
      expect(JSON.parse(stored()!)).to.deep.equal({ treatment: 'botox', lastDate: '2026-03-01' });
      await ui.chooseTreatment('filler-lips');
      await ui.enterDate('2026-02-10');
      expect(JSON.parse(stored()!)).to.deep.equal({ treatment: 'filler-lips', lastDate: '2026-02-10' });
      expect(ui.forgetButton()!.textContent).to.equal('Forget my date');
      await expect(el).to.be.accessible();
    });

    it('does not store a future or impossible date', async () => {
      const { el, ui } = await renderNextDue(html`<blush-next-due today=${TODAY}></blush-next-due>`);
      ui.rememberBox().click();
      await el.updateComplete;
      await ui.enterDate('2026-05-01');
      expect(stored()).to.equal(null);
    });

    it('restores the remembered visit on the next page view', async () => {
      localStorage.setItem(STORAGE_KEY, JSON.stringify({ treatment: 'xeomin', lastDate: '2026-03-01' }));
      const { el, ui } = await renderNextDue(html`<blush-next-due today=${TODAY}></blush-next-due>`);
      expect(ui.select()!.value).to.equal('xeomin');
      expect(ui.dateInput().value).to.equal('2026-03-01');
      expect(ui.rememberBox().checked).to.equal(true);
      expect(el.due?.earliest).to.equal('2026-06-01');
    });

    it('leaves a remembered visit for another treatment alone when the treatment is fixed', async () => {
      localStorage.setItem(STORAGE_KEY, JSON.stringify({ treatment: 'xeomin', lastDate: '2026-03-01' }));
      const { el, ui } = await renderNextDue(html`<blush-next-due treatment="botox" today=${TODAY}></blush-next-due>`);
      expect(el.due).to.equal(null);
      expect(ui.rememberBox().checked).to.equal(false);
      expect(stored()).to.not.equal(null);
    });

    it('ignores unreadable stored data', async () => {
      localStorage.setItem(STORAGE_KEY, '{"treatment":"botox","lastDate":"2026-02-30"}');
      const { el } = await renderNextDue(html`<blush-next-due today=${TODAY}></blush-next-due>`);
      expect(el.due).to.equal(null);
      localStorage.setItem(STORAGE_KEY, 'not json');
      const second = await renderNextDue(html`<blush-next-due today=${TODAY}></blush-next-due>`);
      expect(second.el.due).to.equal(null);
    });

    it('forgets with the visible Forget control and keeps focus on the checkbox', async () => {
      localStorage.setItem(STORAGE_KEY, JSON.stringify({ treatment: 'botox', lastDate: '2026-03-01' }));
      const { el, ui } = await renderNextDue(html`<blush-next-due today=${TODAY}></blush-next-due>`);
      ui.forgetButton()!.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      await el.updateComplete;
      expect(stored()).to.equal(null);
      expect(ui.rememberBox().checked).to.equal(false);
      expect(ui.forgetButton()).to.equal(null);
      expect(ui.notice()).to.equal('Your date is no longer stored on this device.');
      expect(ui.root.activeElement).to.equal(ui.rememberBox());
      // The answer on screen stays; only the stored copy is gone.
      expect(el.due?.earliest).to.equal('2026-06-01');
      await expect(el).to.be.accessible();
    });

    it('forgets when the visitor unticks the checkbox', async () => {
      localStorage.setItem(STORAGE_KEY, JSON.stringify({ treatment: 'botox', lastDate: '2026-03-01' }));
      const { el, ui } = await renderNextDue(html`<blush-next-due today=${TODAY}></blush-next-due>`);
      ui.rememberBox().click();
      await el.updateComplete;
      expect(stored()).to.equal(null);
      await ui.enterDate('2026-03-05');
      expect(stored()).to.equal(null);
    });
  });
});
