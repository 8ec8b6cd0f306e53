import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { LocaleController } from '../../../src/core/controllers/locale-controller.js';
import { languageOf, resolveLocale } from '../../../src/core/i18n/locale.js';
import { eventually } from '../../helpers/wait.js';
import { mount } from '../../helpers/mount.js';

class LocaleProbe extends LitElement {
  readonly localization = new LocaleController(this);
  override render() {
    return html`${this.localization.language}`;
  }
}
customElements.define('blush-locale-probe', LocaleProbe);

describe('core/i18n/locale', () => {
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
    await eventually(() => probe.shadowRoot!.textContent === 'es', 'the element kept the old language');
  });
});
