import { expect, html } from '@open-wc/testing';
import '../../src/next-due/index.js';
import { renderNextDue } from '../helpers/next-due-harness.js';

const ACCENT = 'rgb(20, 90, 160)';

describe('<blush-next-due> controls in the clinic colour', () => {
  it('draws the treatment select’s arrow and the "remember" box in the accent, the box filled with a tick when checked', async () => {
    const { el, ui } = await renderNextDue(
      html`<blush-next-due today="2026-04-20" style="--blush-accent: ${ACCENT}; --blush-accent-contrast: rgb(255, 255, 255)"></blush-next-due>`,
    );
    const select = el.shadowRoot!.querySelector('select')!;
    expect(getComputedStyle(select).appearance).to.equal('none');
    expect(getComputedStyle(select).backgroundImage.match(/rgb\(20, 90, 160\)/g), 'both halves of the arrow').to.have.length(2);

    const box = ui.rememberBox();
    expect(getComputedStyle(box).appearance).to.equal('none');
    expect(getComputedStyle(box).borderTopColor, 'unchecked: an accent outline').to.equal(ACCENT);
    expect(getComputedStyle(box).backgroundColor, 'unchecked: not filled').not.to.equal(ACCENT);
    expect(getComputedStyle(box, '::before').content, 'unchecked: no tick').to.equal('none');
    box.click();
    await el.updateComplete;
    expect(box.checked).to.equal(true);
    expect(getComputedStyle(box).backgroundColor, 'checked: filled').to.equal(ACCENT);
    expect(getComputedStyle(box, '::before').content, 'checked: a tick').not.to.equal('none');
    await expect(el).to.be.accessible();
  });
});
