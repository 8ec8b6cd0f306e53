import { expect, html } from '@open-wc/testing';
import { faqFixture } from '../helpers/faq-harness.js';
import { eventually } from '../helpers/wait.js';
import { JSON_LD_POLICY, jsonLdPolicy } from '../../src/faq/faq.structured-data.js';

/** `window.trustedTypes`, which TypeScript's DOM library does not declare. */
const trustedTypes = (globalThis as { trustedTypes?: { isScript(value: unknown): boolean } }).trustedTypes;
const faqPageJson = JSON.stringify({ '@context': 'https://schema.org', '@type': 'FAQPage', mainEntity: [] });

const jsonLdScripts = () => [...document.head.querySelectorAll('script[type="application/ld+json"]')];
const jsonLd = () => JSON.parse(jsonLdScripts()[0]?.textContent ?? 'null');

describe('<blush-faq>', () => {
  describe('structured data', () => {
    it('adds no JSON-LD unless structured-data is set', async () => {
      await faqFixture(html`<blush-faq><details><summary>Q?</summary>A.</details></blush-faq>`);
      expect(jsonLdScripts()).to.have.length(0);
    });

    it('emits schema.org FAQPage JSON-LD built from the content shown', async () => {
      await faqFixture(html`<blush-faq structured-data .items=${[{ question: 'Is it </script> safe?', answer: 'Yes.' }]}>
        <details><summary>What is Botox?</summary><p>A purified protein.</p><ul><li>Frown lines</li><li>Crow’s feet</li></ul></details>
      </blush-faq>`);
      await eventually(() => jsonLdScripts().length, 'no JSON-LD was written');
      expect(jsonLdScripts()).to.have.length(1);
      expect(jsonLdScripts()[0].textContent).not.to.contain('</script>');
      expect(jsonLd()).to.deep.equal({
        '@context': 'https://schema.org',
        '@type': 'FAQPage',
        mainEntity: [
          { '@type': 'Question', name: 'Is it </script> safe?', acceptedAnswer: { '@type': 'Answer', text: 'Yes.' } },
          {
            '@type': 'Question',
            name: 'What is Botox?',
            acceptedAnswer: { '@type': 'Answer', text: 'A purified protein.\n\nFrown lines\nCrow’s feet' },
          },
        ],
      });
    });

    it('writes one script for several FAQs, without repeating a question, and removes it with the last FAQ', async () => {
      const first = (await faqFixture(html`<blush-faq structured-data pack="botox"></blush-faq>`)).el;
      const second = (
        await faqFixture(html`<blush-faq structured-data>
        <details><summary>What is Botox and how does it work?</summary>Duplicate.</details>
        <details><summary>Do you offer payment plans?</summary>Yes.</details>
      </blush-faq>`)
      ).el;
      const names = () => (jsonLd()?.mainEntity ?? []).map((question: { name: string }) => question.name);
      await eventually(() => names().includes('Do you offer payment plans?') && names().length > 2, 'the JSON-LD never held both FAQs');
      expect(jsonLdScripts()).to.have.length(1);
      const all = names();
      expect(all.filter((name: string) => name === 'What is Botox and how does it work?')).to.have.length(1);
      expect(all.at(-1)).to.equal('Do you offer payment plans?');
      second.remove();
      await eventually(() => !names().includes('Do you offer payment plans?'), 'the removed FAQ stayed in the JSON-LD');
      expect(names()).to.include('What is Botox and how does it work?');
      first.remove();
      await eventually(() => jsonLdScripts().length === 0, 'the JSON-LD outlived the last FAQ');
    });

    describe('Trusted Types', () => {
      it('writes the JSON-LD as a TrustedScript from its own policy, which refuses any other script text', function () {
        if (!trustedTypes) this.skip(); // this engine has no Trusted Types: the text is written as a plain string
        const policy = jsonLdPolicy();
        if (!policy) throw new Error(`${JSON_LD_POLICY} was not created`);
        expect(trustedTypes.isScript(policy.createScript(faqPageJson))).to.equal(true);
        expect(String(policy.createScript(faqPageJson))).to.equal(faqPageJson);
        for (const foreign of [
          'alert(1)',
          '{"@context":"https://schema.org","@type":"Person"}',
          '[]',
          'null',
          faqPageJson.replace('[]', '["</script><script>alert(1)//"]'),
        ]) {
          // Not JSON: the parser's SyntaxError; JSON of another shape: our TypeError.
          expect(() => policy.createScript(foreign), foreign).to.throw(foreign.startsWith('alert') ? SyntaxError : TypeError);
        }
      });

      it('shares one policy with a second copy of the library on the page', async function () {
        if (!trustedTypes) this.skip(); // no Trusted Types in this engine: there is no policy to share
        // A query string makes the browser evaluate the module again, as a second script tag would.
        const copy: typeof import('../../src/faq/faq.structured-data.js') = await import(
          /* @vite-ignore */ `../../src/faq/faq.structured-data.ts?copy=${Date.now()}`
        );
        expect(copy.jsonLdPolicy).not.to.equal(jsonLdPolicy);
        expect(copy.jsonLdPolicy()).to.equal(jsonLdPolicy());
      });
    });
  });
});
