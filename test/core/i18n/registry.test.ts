import { expect, fixture, html as fixtureHtml } from '@open-wc/testing';
import { html } from 'lit';
import { BlushElement } from '../../../src/core/blush-element.js';
import { commonWords } from '../../../src/core/i18n/common.js';
import { Messages, registerTranslation } from '../../../src/core/i18n/registry.js';
import { intl, plural } from '../../../src/core/i18n/format.js';
import { captureWarnings } from '../../helpers/warnings.js';
import { eventually } from '../../helpers/wait.js';

interface ProbeMessages {
  greeting: string;
  count(n: number, locale: string): string;
}

declare global {
  interface BlushMessages {
    'blush-probe': ProbeMessages;
  }
}

let failNext = 0;
const probeWords = new Messages(
  'blush-probe',
  { greeting: 'Hello', count: (n, locale) => plural(locale, n, '# visit', '# visits') },
  {
    fr: async () => ({ greeting: 'Bonjour', count: (n: number, locale: string) => plural(locale, n, '# visite', '# visites') }),
  },
);

/** A language chunk that fails `failNext` times, then brings `greeting`. */
function probeLoader(greeting: string) {
  return async () => {
    if (failNext > 0) {
      failNext--;
      throw new TypeError('Failed to fetch dynamically imported module');
    }
    return { greeting };
  };
}

class TranslationProbe extends BlushElement {
  static override translations = [commonWords, probeWords];
  override render() {
    const words = this.localization.messages(probeWords);
    return html`<p>${words.greeting}</p><p>${words.count(2, this.localization.locale)}</p><p>${this.localization.messages(commonWords).close}</p>`;
  }
}
customElements.define('blush-translation-probe', TranslationProbe);

const text = (element: Element) => [...element.shadowRoot!.querySelectorAll('p')].map((p) => p.textContent);

describe('core/i18n registry', () => {
  it('shows a shipped language once its chunk is in, never English first', async () => {
    const probe = await fixture<TranslationProbe>(fixtureHtml`<blush-translation-probe lang="fr-CA"></blush-translation-probe>`);
    await probe.updateComplete;
    expect(text(probe)).to.deep.equal(['Bonjour', '2 visites', 'Fermer']);
  });

  it('lets a site add a language and change any word, in elements already on the page', async () => {
    const probe = await fixture<TranslationProbe>(fixtureHtml`<blush-translation-probe lang="de-AT"></blush-translation-probe>`);
    expect(text(probe)[0], 'an unknown language shows English').to.equal('Hello');
    registerTranslation('de', { 'blush-probe': { greeting: 'Hallo' }, common: { close: 'Schließen' } });
    await probe.updateComplete;
    expect(text(probe)).to.deep.equal(['Hallo', '2 visits', 'Schließen']);
    registerTranslation('de-AT', { 'blush-probe': { greeting: 'Servus' } });
    await probe.updateComplete;
    expect(text(probe)[0], 'a regional tag wins over its base language').to.equal('Servus');
  });

  it('overrides an English word and takes words queued before the script ran', async () => {
    const probe = await fixture<TranslationProbe>(fixtureHtml`<blush-translation-probe lang="en"></blush-translation-probe>`);
    (window as unknown as { blushTranslations: unknown[] }).blushTranslations.push(['en', { 'blush-probe': { greeting: 'Welcome' } }]);
    await probe.updateComplete;
    expect(text(probe)[0]).to.equal('Welcome');
    registerTranslation('en', { 'blush-probe': { greeting: 'Hello' } });
    await probe.updateComplete;
    expect(text(probe)[0]).to.equal('Hello');
  });

  it('follows a change of lang anywhere above the element', async () => {
    const wrapper = await fixture<HTMLDivElement>(fixtureHtml`<div lang="en"><blush-translation-probe></blush-translation-probe></div>`);
    const probe = wrapper.querySelector<TranslationProbe>('blush-translation-probe')!;
    await probe.updateComplete;
    expect(text(probe)[0]).to.equal('Hello');
    wrapper.setAttribute('lang', 'fr');
    await eventually(() => text(probe)[0] === 'Bonjour', 'the element kept the old language');
  });

  it('shares Intl objects and counts in the locale’s own digits', () => {
    expect(intl(Intl.NumberFormat, 'fa')).to.equal(intl(Intl.NumberFormat, 'fa'));
    expect(intl(Intl.NumberFormat, 'fa', { style: 'percent' })).not.to.equal(intl(Intl.NumberFormat, 'fa'));
    expect(plural('fa', 3, '# بار', '# بار')).to.equal('۳ بار');
    expect(plural('en', 1, '# case', '# cases')).to.equal('1 case');
  });

  it('a language whose chunk failed shows English, warns once, and loads on the next update', async () => {
    failNext = 1;
    const retryWords = new Messages('blush-probe', { greeting: 'Hello', count: () => '' }, { it: probeLoader('Ciao') });
    class RetryProbe extends BlushElement {
      static override translations = [retryWords];
      override render() {
        return html`<p>${this.localization.messages(retryWords).greeting}</p>`;
      }
    }
    customElements.define('blush-retry-probe', RetryProbe);
    const warnings = captureWarnings();
    try {
      const probe = await fixture<RetryProbe>(fixtureHtml`<blush-retry-probe lang="it"></blush-retry-probe>`);
      expect(text(probe)).to.deep.equal(['Hello']);
      expect(warnings.messages).to.deep.equal([
        '[blush-retry-probe] could not load its "it" words (a network error?); check that the blush-widgets files are all served from the same folder',
      ]);
      probe.requestUpdate();
      await probe.updateComplete;
      await probe.updateComplete;
      expect(text(probe)).to.deep.equal(['Ciao']);
      expect(warnings.messages).to.have.length(1);
    } finally {
      warnings.restore();
    }
  });
});
