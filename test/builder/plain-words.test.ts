// The builder as a clinic meets it: every control named in words, developer terms only in the
// collapsed "For your web developer" sections and the code, the consultation form's "Where should
// requests go?" with a live test, and a preview that stays in sight on a phone.
import { expect } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { controlsFor } from '../../demo/builder/model/manifest.js';
import type { BlushBuilder } from '../../demo/builder/ui/builder-app.js';
import { eventually } from '../helpers/wait.js';
import { deep, deepAll, renderBuilder, resetUrl } from './harness.js';

const WIDGETS = ['faq', 'before-after', 'gallery', 'consult-form', 'next-due'] as const;
/** Transport and tooling words a clinic should not have to read. */
const DEVELOPER_WORDS = /\b(endpoint|CORS|JSON|SRI|jsDelivr|unpkg|integrity|webhook|idempotency|attribute|src|cta|shortcode attribute)\b/i;

/** Inside a collapsed <details> (its summary excepted), or not rendered at all. */
function hidden(element: Element): boolean {
  for (let node: Node | null = element; node; node = node.parentNode ?? (node as ShadowRoot).host ?? null) {
    if (!(node instanceof Element)) continue;
    const details = node.parentElement?.closest('details');
    if (details && !details.open && node.localName !== 'summary' && !node.closest('summary')) return true;
    if (getComputedStyle(node).display === 'none') return true;
  }
  return false;
}

/** The accessible name as the builder gives it: aria-labelledby, aria-label, a label, or the button's text. */
function accessibleName(control: HTMLElement): string {
  const root = control.getRootNode() as ShadowRoot | Document;
  const text = (element: Element | null | undefined) => (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
  const labelledBy = control.getAttribute('aria-labelledby');
  if (labelledBy)
    return labelledBy
      .split(/\s+/)
      .map((id) => text(root.getElementById(id)))
      .join(' ');
  if (control.getAttribute('aria-label')) return control.getAttribute('aria-label')!.trim();
  const forLabel = control.id ? root.querySelector(`label[for="${control.id}"]`) : null;
  if (forLabel) return text(forLabel);
  if (control.closest('label')) return text(control.closest('label'));
  return text(control);
}

/** The controls a clinic reaches without opening a developer section (the preview frame's widgets aside). */
function visibleControls(builder: BlushBuilder): HTMLElement[] {
  return deepAll<HTMLElement>(builder, 'input, select, textarea, button').filter(
    (control) => !hidden(control) && !(control.getRootNode() as ShadowRoot).host?.localName.startsWith('blush-faq'),
  );
}

/** The words on screen, the code and the collapsed developer sections left out. */
function visibleWords(builder: BlushBuilder): string {
  const words: string[] = [];
  const walk = (root: ShadowRoot | Element) => {
    for (const element of root.querySelectorAll('*')) {
      if (element.shadowRoot) walk(element.shadowRoot);
      if (
        ['pre', 'code', 'style', 'script', 'iframe', 'td'].includes(element.localName) ||
        element.closest('pre, code, td') ||
        hidden(element)
      )
        continue;
      for (const node of element.childNodes) if (node.nodeType === Node.TEXT_NODE) words.push(node.textContent ?? '');
    }
  };
  walk(builder.shadowRoot!);
  return words.join(' ').replace(/\s+/g, ' ');
}

async function pick(builder: BlushBuilder, widget: string) {
  const radio = deep<HTMLInputElement>(builder, `input[name="widget"][value="${widget}"]`)!;
  if (radio.checked) return;
  radio.click();
  await eventually(() => location.hash.includes(`w=${widget}`));
  await builder.updateComplete;
}

describe('embed builder: in a clinic’s words', () => {
  afterEach(resetUrl);

  for (const widget of WIDGETS) {
    it(`names every ${widget} control in words, each name its own, with no attribute names`, async () => {
      const builder = await renderBuilder();
      await pick(builder, widget);
      if (widget === 'consult-form') deep<HTMLInputElement>(builder, 'input[name="destination"][value="email"]')!.click();
      await builder.updateComplete;
      const attributes = controlsFor(`blush-${widget}`).map((control) => control.name);
      const names = visibleControls(builder).map(accessibleName);
      expect(names.length, 'controls found').to.be.greaterThan(8);
      for (const name of names) {
        expect(name, 'every control has a name').to.not.equal('');
        expect(name).to.not.match(DEVELOPER_WORDS);
        for (const attribute of attributes.filter((candidate) => candidate.includes('-')))
          expect(name.toLowerCase(), `"${name}" names ${attribute}`).to.not.contain(attribute);
      }
      const repeated = names.filter((name, index) => names.indexOf(name) !== index);
      expect(repeated, 'names said twice').to.deep.equal([]);
      const words = visibleWords(builder);
      expect(words).to.not.match(DEVELOPER_WORDS);
    });
  }

  it('keeps the attribute names, with their documentation, in a collapsed section for the web developer', async () => {
    const builder = await renderBuilder();
    await pick(builder, 'consult-form');
    const section = deepAll<HTMLDetailsElement>(builder, 'details.more').find((details) =>
      details.textContent!.includes('For your web developer'),
    )!;
    expect(section.open).to.equal(false);
    for (const name of ['encoding', 'headers', 'retry-for', 'draft']) expect(section.textContent).to.contain(name);
    const settings = deep(builder, 'builder-settings-panel')!.shadowRoot!;
    expect(settings.textContent).to.contain('Thank-you page');
    expect(deep<HTMLInputElement>(builder, '#field-success-url')!.getAttribute('aria-describedby')).to.equal('help-success-url');
  });

  it('shows a form with nowhere to send as not ready, and its code only on a second click', async () => {
    const builder = await renderBuilder();
    await pick(builder, 'consult-form');
    const notReady = await (async () => {
      await eventually(() => deep(builder, '#not-ready'));
      return deep(builder, '#not-ready')!;
    })();
    expect(notReady.textContent).to.contain('Choose where requests should go');
    const anyway = notReady.querySelector('details')!;
    expect(anyway.open).to.equal(false);
    expect(anyway.querySelector('summary')!.textContent).to.contain('Show the code anyway');
  });

  it('guides "My email": steps, who receives the details, a test that arrives, then ready code', async function () {
    this.timeout(20_000);
    const real = window.fetch;
    const sent: { url: string; body: string }[] = [];
    let answer = () => new Response('{"ok":true}', { status: 200 });
    window.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
      const url = String(input);
      if (!url.startsWith('https://formspree.io/')) return real(input, init);
      sent.push({ url, body: String(init?.body) });
      return answer();
    };
    try {
      const builder = await renderBuilder();
      await pick(builder, 'consult-form');
      deep<HTMLInputElement>(builder, 'input[name="destination"][value="email"]')!.click();
      await eventually(() => deep(builder, '#destination-address'));
      const panel = deep(builder, 'builder-destination-panel')!.shadowRoot!;
      expect(panel.querySelector('ol.steps')!.textContent).to.contain('Create a new form there');
      expect(panel.querySelector('.receiver')!.textContent).to.contain('Formspree, Inc.');
      expect(panel.querySelector<HTMLAnchorElement>('.receiver a')!.href).to.equal('https://formspree.io/legal/privacy-policy');
      const address = deep<HTMLInputElement>(builder, '#destination-address')!;
      // Pasted, as a clinic copies it from Formspree.
      address.focus();
      address.value = 'https://formspree.io/f/mqkrtest';
      address.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertFromPaste' }));
      await eventually(() => deep(builder, '#ready-note'), `an untested address is not said to be untested (typed "${address.value}")`);
      deep<HTMLButtonElement>(builder, 'builder-destination-panel')!
        .shadowRoot!.querySelectorAll('button')
        .forEach((button) => button.textContent === 'Send a test request' && button.click());
      await eventually(() => panel.querySelector('.result.accepted'), 'the test never arrived');
      expect(panel.querySelector('.result')!.textContent).to.contain('It arrived.');
      expect(JSON.parse(sent[0].body).meta.test).to.equal(true);
      await eventually(() => !deep(builder, '#ready-note') && !deep(builder, '#not-ready'));
      const code = deep(builder, 'builder-code-pane')!.shadowRoot!.querySelector('pre')!.textContent!;
      expect(code).to.contain('action="https://formspree.io/f/mqkrtest"');

      // The same address refused: not ready, in words, the details folded for the developer.
      answer = () => new Response('{"error":"Form not found"}', { status: 404 });
      panel.querySelectorAll('button').forEach((button) => button.textContent === 'Send a test request' && button.click());
      await eventually(() => panel.querySelector('.result.refused'));
      expect(panel.querySelector('.result')!.textContent).to.contain('Formspree does not know this address');
      expect(panel.querySelector('.result details.technical')!.hasAttribute('open')).to.equal(false);
      await eventually(() => deep(builder, '#not-ready')?.textContent?.includes('The test request did not arrive'));
    } finally {
      window.fetch = real;
    }
  });

  it('warns, in words, when a booking page does not answer, and not when it does', async function () {
    this.timeout(20_000);
    const builder = await renderBuilder();
    const field = deep<HTMLInputElement>(builder, '#field-booking-url')!;
    const paste = (value: string) => {
      field.value = value;
      field.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertFromPaste' }));
    };
    // Nothing listens on port 9 here: the request fails as a mistyped domain would.
    paste('http://127.0.0.1:9/book');
    await eventually(() => deep(builder, '#warning-booking-url'), 'no warning for a page that does not answer', { timeout: 15_000 });
    expect(deep(builder, '#warning-booking-url')!.textContent).to.contain(
      'Booking page: this address does not answer, so visitors who follow the link would see an error instead of your page.',
    );
    expect(field.getAttribute('aria-describedby')).to.contain('warning-booking-url');
    paste(`${location.origin}/`);
    await eventually(() => !deep(builder, '#warning-booking-url'), 'a page that answers is still said not to', { timeout: 15_000 });
  });

  it('gives "A Google Sheet" its script to copy and the deployment steps', async () => {
    const builder = await renderBuilder('#w=consult-form&d=sheet');
    const panel = deep(builder, 'builder-destination-panel')!.shadowRoot!;
    expect(panel.querySelector('pre')!.textContent).to.contain('function doPost(e)');
    expect(panel.textContent).to.contain('Who has access: Anyone');
    expect(panel.querySelector('.receiver')!.textContent).to.contain('Google');
  });

  it('keeps the preview in sight beside the settings on a wide screen and stuck to the top on a phone', async function () {
    try {
      await setViewport({ width: 1280, height: 800 });
    } catch {
      // WebKitWebDriver cannot resize the window; the e2e suite builder-clinic checks the phone layout in Chromium.
      this.skip();
    }
    try {
      const builder = await renderBuilder();
      const card = builder.shadowRoot!.querySelector<HTMLElement>('.preview')!;
      const settings = builder.shadowRoot!.querySelector<HTMLElement>('.settings')!;
      expect(card.getBoundingClientRect().left, 'beside the settings').to.be.greaterThan(settings.getBoundingClientRect().right - 1);

      await setViewport({ width: 375, height: 667 });
      await eventually(() => card.getBoundingClientRect().width < 375);
      deep<HTMLElement>(builder, '#field-booking-url')!.scrollIntoView({ block: 'end' });
      await eventually(() => Math.abs(card.getBoundingClientRect().top) < 2, 'the preview scrolled away');
      const frame = deep<HTMLElement>(builder, '.frame')!.getBoundingClientRect();
      expect(frame.bottom, 'the preview fits in the top half or so').to.be.lessThan(667 * 0.6);
      expect(deep<HTMLElement>(builder, '#field-booking-url')!.getBoundingClientRect().top, 'the field is below it').to.be.greaterThan(
        frame.bottom,
      );

      // Folded away on request, and back.
      const fold = builder.shadowRoot!.querySelector<HTMLButtonElement>('.fold')!;
      fold.click();
      await eventually(() => fold.getAttribute('aria-expanded') === 'false');
      expect(getComputedStyle(deep(builder, 'builder-preview-pane')!).display).to.equal('none');
      fold.click();
      await eventually(() => fold.getAttribute('aria-expanded') === 'true');
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });
});
