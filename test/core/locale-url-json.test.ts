import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { LocaleController } from '../../src/core/controllers/locale-controller.js';
import { languageOf, resolveLocale } from '../../src/core/i18n/locale.js';
import { readJsonSource } from '../../src/core/json-source.js';
import { safeHttpUrl, safeImageUrl, safeLinkUrl } from '../../src/core/safe-url.js';

class LocaleProbe extends LitElement {
  readonly localization = new LocaleController(this);
  override render() {
    return html`${this.localization.language}`;
  }
}
customElements.define('blush-locale-probe', LocaleProbe);

// Plain elements are mounted by hand: open-wc's fixture() waits for an animation frame for them,
// which a test page running in a background tab never gets.
const mounted: Element[] = [];
function mount(markup: string): HTMLElement {
  const element = document.createRange().createContextualFragment(markup).firstElementChild as HTMLElement;
  mounted.push(document.body.appendChild(element));
  return element;
}
afterEach(() => mounted.splice(0).forEach((element) => element.remove()));

describe('core/i18n', () => {
  afterEach(() => document.documentElement.setAttribute('lang', 'en'));

  it('takes the element lang, then the nearest ancestor, then <html lang>', async () => {
    const wrapper = mount(`<div lang="es-MX"><span><i></i></span><b lang="en-GB"></b></div>`);
    expect(resolveLocale(wrapper.querySelector('i')!)).to.equal('es-MX');
    expect(resolveLocale(wrapper.querySelector('b')!)).to.equal('en-GB');
    document.documentElement.setAttribute('lang', 'es');
    expect(resolveLocale(document.body)).to.equal('es');
  });

  it('crosses shadow roots to find the language', async () => {
    const host = mount(`<div lang="es"></div>`);
    const inner = host.attachShadow({ mode: 'open' }).appendChild(document.createElement('p'));
    expect(resolveLocale(inner)).to.equal('es');
  });

  it('maps locale tags to their base language (words then come from what is shipped or registered for it)', () => {
    expect(languageOf('es-419')).to.equal('es');
    expect(languageOf('EN_us')).to.equal('en');
    expect(languageOf('fr-CA')).to.equal('fr');
    expect(languageOf('de-AT')).to.equal('de');
    expect(languageOf('')).to.equal('en');
  });

  it('re-renders when the page language changes', async () => {
    const probe = await fixture<LocaleProbe>(html`<blush-locale-probe></blush-locale-probe>`);
    expect(probe.shadowRoot!.textContent).to.equal('en');
    document.documentElement.setAttribute('lang', 'es');
    await new Promise((resolve) => setTimeout(resolve));
    await probe.updateComplete;
    expect(probe.shadowRoot!.textContent).to.equal('es');
  });
});

describe('core/safe-url', () => {
  it('allows http(s), mailto and tel links and resolves relative ones', () => {
    expect(safeLinkUrl('https://clinic.example/book')).to.equal('https://clinic.example/book');
    expect(safeLinkUrl('mailto:hello@clinic.example')).to.equal('mailto:hello@clinic.example');
    expect(safeLinkUrl('tel:+13105550142')).to.equal('tel:+13105550142');
    expect(safeLinkUrl('/book?x=1')).to.equal(new URL('/book?x=1', document.baseURI).href);
  });

  it('refuses script, data and disguised schemes', () => {
    for (const value of [
      'javascript:alert(1)',
      ' JavaScript:alert(1)',
      'java\tscript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:x',
      '',
      null,
    ]) {
      expect(safeLinkUrl(value), String(value)).to.equal(null);
    }
    expect(safeHttpUrl('mailto:a@b.c')).to.equal(null);
    expect(safeHttpUrl('https://a.example/x.json')).to.equal('https://a.example/x.json');
  });
});

describe('core/safe-url images', () => {
  it('lets http(s) and inline data:image pictures into <img src>, nothing else', () => {
    expect(safeImageUrl('/photos/a.jpg')).to.equal(new URL('/photos/a.jpg', document.baseURI).href);
    expect(safeImageUrl(' data:image/png;base64,AAAA')).to.equal('data:image/png;base64,AAAA');
    for (const value of [
      'data:text/html,<script>alert(1)</script>',
      'javascript:alert(1)',
      'data:image/svg',
      'mailto:a@b.c',
      '',
      undefined,
    ]) {
      expect(safeImageUrl(value), String(value)).to.equal(null);
    }
  });
});

describe('core/json-source', () => {
  it('reads an inline JSON script child without a request', async () => {
    const host = mount(`<div><script type="application/json">{"items":[1,2]}</script></div>`);
    expect(await readJsonSource(host, '/never-requested.json')).to.deep.equal({ ok: true, data: { items: [1, 2] }, from: 'inline' });
  });

  it('explains malformed inline JSON', async () => {
    const host = mount(`<div><script type="application/json">{"items": [1,}</script></div>`);
    const result = await readJsonSource(host, null);
    expect(result?.ok).to.equal(false);
    expect(result && !result.ok && result.problem).to.match(/not valid JSON/);
  });

  it('fetches src and reports HTTP errors and bad URLs', async () => {
    const host = mount(`<div></div>`);
    const good = await readJsonSource(host, '/package.json');
    expect(good?.ok && (good.data as { name: string }).name).to.equal('blush-widgets');
    const missing = await readJsonSource(host, '/missing-file.json');
    expect(missing && !missing.ok && missing.problem).to.match(/HTTP 404/);
    const script = await readJsonSource(host, 'javascript:alert(1)');
    expect(script && !script.ok && script.problem).to.match(/not an http\(s\) URL/);
    expect(await readJsonSource(host, null)).to.equal(null);
  });
});
