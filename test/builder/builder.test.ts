import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { eventually } from '../helpers/wait.js';
import { deep, renderBuilder, resetUrl } from './harness.js';

describe('<blush-builder>', () => {
  afterEach(resetUrl);

  // axe walks every shadow root of a long page: slow on a busy machine with three engines at once.
  it('is accessible with the FAQ set up', async function () {
    this.timeout(40_000);
    const builder = await renderBuilder();
    await expect(builder).to.be.accessible();
  });

  it('is accessible with the consultation form set up', async function () {
    this.timeout(40_000);
    const builder = await renderBuilder();
    deep<HTMLInputElement>(builder, 'input[name="widget"][value="consult-form"]')!.click();
    await eventually(() => deep(builder, 'builder-destination-panel'));
    await expect(builder).to.be.accessible();
  });

  it('moves between widgets with the arrow keys and keeps the choice in the URL', async () => {
    const builder = await renderBuilder();
    deep<HTMLInputElement>(builder, 'input[name="widget"][value="faq"]')!.focus();
    await sendKeys({ press: 'ArrowRight' });
    await eventually(
      () => deep<HTMLInputElement>(builder, 'input[name="widget"][value="before-after"]')?.checked,
      'ArrowRight did not pick the next widget',
    );
    await eventually(() => location.hash.includes('w=before-after'), `the URL does not hold the widget (${location.hash})`);
    await eventually(() => deep(builder, '#field-before'));
  });

  it('refuses a booking link the element would refuse, says why, and leaves it out of the code', async () => {
    const builder = await renderBuilder();
    const field = deep<HTMLInputElement>(builder, '#field-booking-url')!;
    field.focus();
    await sendKeys({ type: 'javascript:alert(1)' });
    await eventually(() => deep(builder, '#problem-booking-url'), 'no reason shown');
    expect(deep(builder, '#problem-booking-url')!.textContent).to.contain(
      'Booking page: "javascript:alert(1)" is not a web address visitors can open.',
    );
    expect(field.getAttribute('aria-invalid')).to.equal('true');
    expect(field.getAttribute('aria-describedby')).to.contain('problem-booking-url');
    expect(deep(builder, 'builder-code-pane')!.shadowRoot!.querySelector('pre')!.textContent).to.not.contain('javascript');
  });

  it('says when visitors would find the accent hard to read, as it changes', async () => {
    const builder = await renderBuilder();
    const hex = deep<HTMLInputElement>(builder, '#accent-hex')!;
    hex.focus();
    await sendKeys({ type: '#f0e0e4' });
    await eventually(
      () => deep(builder, '#accent-status')?.textContent?.includes('hard to read in this colour. Pick a darker colour'),
      'no warning for a pale accent',
    );
    expect(deep(builder, 'builder-code-pane')!.shadowRoot!.querySelector('pre')!.textContent).to.contain('--blush-accent: #f0e0e4');
  });
});
