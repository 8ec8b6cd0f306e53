// The FAQ's code from the builder carries the pack's questions as plain <details data-id>, as the
// WordPress plugin renders them: readable before any script, and shown once by the element.
import { expect, fixture } from '@open-wc/testing';
import { elementMarkup } from '../../demo/builder/model/markup.js';
import { setManifest } from '../../demo/builder/model/manifest.js';
import { preparePacks } from '../../demo/builder/model/packs.js';
import { initialState, type BuilderState } from '../../demo/builder/model/state.js';
import type { BlushFaq } from '../../src/faq/faq.js';
import { faqHarness } from '../helpers/faq-harness.js';
import { eventually } from '../helpers/wait.js';
import botox from '../../src/faq/packs/botox.js';
import botoxEs from '../../src/faq/packs/botox.es.js';

const setup = (patch: Partial<BuilderState>): BuilderState => ({ ...initialState(), ...patch });
const OWN = { question: 'Do you offer payment plans?', answer: 'Yes, over 12 months.' };

/** The FAQ of the builder's code (which starts with the style line that sizes its rows), on the page. */
async function pasted(markup: string): Promise<BlushFaq> {
  const page = await fixture<HTMLElement>(`<div>${markup}</div>`);
  return page.querySelector('blush-faq')!;
}

describe("embed builder: a pack's questions in the FAQ's code", () => {
  before(async () => {
    setManifest(await (await fetch('/custom-elements.json')).json());
    await preparePacks();
  });

  it('writes each pack question as <details data-id>, then the clinic’s own, answers as HTML', () => {
    const markup = elementMarkup(setup({ widget: 'faq', attributes: { pack: 'botox' }, faqItems: [OWN] }));
    const faq = new DOMParser().parseFromString(`<!doctype html><body>${markup}`, 'text/html').querySelector('blush-faq')!;
    const items = [...faq.querySelectorAll(':scope > details')];
    expect(items.map((item) => item.getAttribute('data-id'))).to.deep.equal([...botox.en.map((item) => item.id), null]);
    expect(items.map((item) => item.querySelector('summary')!.textContent)).to.deep.equal([
      ...botox.en.map((item) => item.question),
      OWN.question,
    ]);
    // The packs' markup becomes HTML: **strong** and lists, as the element shows them.
    expect(items[0].querySelector('strong')!.textContent).to.equal('frown lines');
    expect(items[1].querySelectorAll('ul li').length).to.be.greaterThan(2);
    expect(markup).to.not.contain('**');
  });

  it('upgrades to the same questions once each, not the pack twice', async () => {
    const markup = elementMarkup(setup({ widget: 'faq', attributes: { pack: 'botox' }, faqItems: [OWN] }));
    const el = await pasted(markup);
    const faq = faqHarness(el);
    await eventually(() => faq.questions().length, 'the FAQ rendered no questions');
    await el.updateComplete;
    expect(faq.questionTexts()).to.deep.equal([...botox.en.map((item) => item.question), OWN.question]);
  });

  it("on a page in another language, the pack's own words replace the written copies; the clinic's question stays", async () => {
    const markup = elementMarkup(setup({ widget: 'faq', attributes: { pack: 'botox' }, faqItems: [OWN] }));
    const el = await pasted(markup.replace('<blush-faq', '<blush-faq lang="es"'));
    const faq = faqHarness(el);
    const spanish = botoxEs.map((item) => item.question);
    await eventually(() => faq.questionTexts()[0] === spanish[0], 'the Spanish pack did not replace the English copies');
    expect(faq.questionTexts()).to.deep.equal([...spanish, OWN.question]);
  });

  it('writes the pack in the language the site is previewed in', () => {
    const view = { ...initialState().view, lang: 'fr' };
    const markup = elementMarkup(setup({ widget: 'faq', attributes: { pack: 'botox' }, faqItems: [], view }));
    const faq = new DOMParser().parseFromString(`<!doctype html><body>${markup}`, 'text/html').querySelector('blush-faq')!;
    expect(faq.querySelector('summary')!.textContent).to.equal('Qu’est-ce que le Botox et comment agit-il\u202f?');
    expect(faq.querySelectorAll(':scope > details')).to.have.length(botox.en.length);
  });

  it('leaves the questions out for a pack the library does not know', () => {
    const markup = elementMarkup(setup({ widget: 'faq', attributes: { pack: 'no-such-pack' }, faqItems: [] }));
    expect(markup).to.not.contain('<details');
  });
});
