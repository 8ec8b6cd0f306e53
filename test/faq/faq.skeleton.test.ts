import { expect, fixture, html } from '@open-wc/testing';
import '../../src/faq/index.js';
import type { BlushFaq } from '../../src/faq/faq.js';
import { PACK_SIZES } from '../../src/faq/faq.pack-sizes.js';
import { knownFaqPacks } from '../../src/faq/packs/index.js';
import { loadFaqPack } from '../../src/faq/faq.pack-reader.js';
import { eventually } from '../helpers/wait.js';

/** The element's first render, before its pack has been read. */
async function firstRender(template: ReturnType<typeof html>): Promise<ShadowRoot> {
  const faq = await fixture<BlushFaq>(template);
  return faq.shadowRoot!;
}

describe('<blush-faq> while its questions load', () => {
  it('knows how many questions each built-in pack has', async () => {
    for (const name of knownFaqPacks()) {
      const pack = await loadFaqPack(name);
      expect(PACK_SIZES[name], `PACK_SIZES.${name} in src/faq/faq.pack-sizes.ts`).to.equal(pack!.en.length);
    }
    expect(Object.keys(PACK_SIZES).sort()).to.deep.equal(knownFaqPacks().sort());
  });

  it('a bare pack holds one empty row per question, under the room of its search field and "Expand all"', async () => {
    const root = await firstRender(html`<blush-faq pack="botox" searchable></blush-faq>`);
    const skeleton = root.querySelector('.skeleton')!;
    expect(skeleton, 'no skeleton on the first render').to.exist;
    expect(skeleton.textContent!.trim(), 'empty rows: nothing for a screen reader to read').to.equal('');
    expect(skeleton.classList.contains('search') && skeleton.classList.contains('bar')).to.equal(true);
    expect(skeleton.querySelectorAll('.rows > div')).to.have.length(8);
    // 6.5rem of room, then eight rows of 3.75rem and their rules.
    expect(skeleton.getBoundingClientRect().height).to.be.closeTo(6.5 * 16 + 1 + 8 * (3.75 * 16 + 1), 1);
    const host = root.host as BlushFaq;
    await eventually(() => root.querySelectorAll('[part="question"]').length === 8, "the pack's eight questions");
    expect(root.querySelector('.skeleton'), 'the skeleton stays after the questions arrive').to.equal(null);
    expect(host.isConnected).to.equal(true);
  });

  it('a single-answer pack has no "Expand all" room', async () => {
    const root = await firstRender(html`<blush-faq pack="botox" single></blush-faq>`);
    expect(root.querySelector('.skeleton')?.className.trim()).to.equal('skeleton');
  });

  it("the page's own questions show as they are, with no skeleton", async () => {
    const root = await firstRender(html`<blush-faq pack="botox"><details><summary>Is it safe?</summary>Yes.</details></blush-faq>`);
    expect(root.querySelector('.skeleton')).to.equal(null);
    expect(root.querySelector('slot')).to.exist;
  });

  it('an unknown pack or no pack draws no skeleton', async () => {
    expect((await firstRender(html`<blush-faq pack="botx"></blush-faq>`)).querySelector('.skeleton')).to.equal(null);
    expect((await firstRender(html`<blush-faq></blush-faq>`)).querySelector('.skeleton')).to.equal(null);
  });
});
