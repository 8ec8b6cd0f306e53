import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../demo/builder/ui/builder-app.js';
import type { BlushBuilder } from '../../demo/builder/ui/builder-app.js';
import { eventually } from '../helpers/wait.js';

/** Finds the first match inside the builder's nested shadow roots. */
function deep<T extends Element>(root: Element | ShadowRoot, selector: string): T | null {
  const scope = root instanceof Element ? (root.shadowRoot ?? root) : root;
  const found = scope.querySelector<T>(selector);
  if (found) return found;
  for (const host of scope.querySelectorAll('*')) {
    if (host.shadowRoot) {
      const inner = deep<T>(host.shadowRoot, selector);
      if (inner) return inner;
    }
  }
  return null;
}

async function renderBuilder(): Promise<BlushBuilder> {
  history.replaceState(null, '', location.pathname + location.search);
  const builder = await fixture<BlushBuilder>(html`<blush-builder manifest="/custom-elements.json" preview="about:blank"></blush-builder>`);
  await eventually(() => deep(builder, 'builder-settings-panel'), 'the settings never appeared');
  return builder;
}

describe('<blush-builder>', () => {
  afterEach(() => history.replaceState(null, '', location.pathname + location.search));

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
    await eventually(() => deep(builder, 'builder-endpoint-panel'));
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
    expect(deep(builder, '#problem-booking-url')!.textContent).to.contain('is not an http(s), mailto or tel link');
    expect(field.getAttribute('aria-invalid')).to.equal('true');
    expect(field.getAttribute('aria-describedby')).to.contain('problem-booking-url');
    expect(deep(builder, 'builder-code-pane')!.shadowRoot!.querySelector('pre')!.textContent).to.not.contain('javascript');
  });

  it('warns below WCAG AA as the accent changes', async () => {
    const builder = await renderBuilder();
    const hex = deep<HTMLInputElement>(builder, '#accent-hex')!;
    hex.focus();
    await sendKeys({ type: '#f0e0e4' });
    await eventually(() => deep(builder, '#accent-status')?.textContent?.includes('Below WCAG AA'), 'no warning for a pale accent');
    expect(deep(builder, 'builder-code-pane')!.shadowRoot!.querySelector('pre')!.textContent).to.contain('--blush-accent: #f0e0e4');
  });
});
