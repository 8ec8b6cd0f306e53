import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/index.js';
import { beforeAfterWords } from '../../../src/before-after/before-after.messages.js';
import { consultFormWords } from '../../../src/consult-form/consult-form.messages.js';
import { commonWords } from '../../../src/core/i18n/common.js';
import type { Messages, MessageScope } from '../../../src/core/i18n/registry.js';
import { faqWords } from '../../../src/faq/faq.messages.js';
import { galleryWords } from '../../../src/gallery/gallery.messages.js';
import { nextDueWords } from '../../../src/next-due/next-due.messages.js';
import { harness, makeCases } from '../../helpers/gallery-harness.js';
import { eventually } from '../../helpers/wait.js';
import { captureWarnings } from '../../helpers/warnings.js';

const TABLES: Messages<MessageScope>[] = [commonWords, faqWords, galleryWords, beforeAfterWords, consultFormWords, nextDueWords];

/** Every string a visitor can see or hear: text, and the attributes screen readers and browsers show. */
function shownText(root: Node, out: string[] = []): string[] {
  for (const node of root.childNodes) {
    if (node.nodeType === Node.TEXT_NODE) out.push(node.textContent!);
    if (!(node instanceof Element) || node.localName === 'style' || node.localName === 'script') continue;
    for (const name of ['aria-label', 'placeholder', 'title', 'alt', 'aria-valuetext'])
      if (node.hasAttribute(name)) out.push(node.getAttribute(name)!);
    if (node.shadowRoot) shownText(node.shadowRoot, out);
    shownText(node, out);
  }
  return out;
}

/** The English strings of a table that the language words differently (cognates such as "Source" or "Message" are the same word). */
function englishOnly(english: Record<string, unknown>, other: Record<string, unknown>): string[] {
  const words: string[] = [];
  for (const [key, value] of Object.entries(english)) {
    if (typeof value === 'string' && value !== other[key] && value.trim().length > 3) words.push(value.trim());
    else if (value && typeof value === 'object')
      words.push(...englishOnly(value as Record<string, unknown>, (other[key] ?? {}) as Record<string, unknown>));
  }
  return words;
}

/** Every element on one page in `language`, each showing its fullest state (search, sources, result, cases). */
async function everyElement(language: string, timeSince: string): Promise<HTMLElement> {
  const items = ['Première', 'Deuxième', 'Troisième'].map((question, index) => ({
    id: `q${index}`,
    question,
    answer: 'Réponse.',
    source: 'HAS',
    reviewed: '2026-01-15',
  }));
  const page = await fixture<HTMLElement>(html`<div lang=${language} dir=${language === 'fa' ? 'rtl' : 'ltr'}>
    <blush-faq searchable show-sources booking-url="/rdv" .items=${items}></blush-faq>
    <blush-before-after sensitive></blush-before-after>
    <blush-gallery .cases=${makeCases(3, ['botox', 'filler-lips'], { sessions: 2, timeSince, photoDate: '2026-03-04', unretouched: true })}></blush-gallery>
    <blush-consult-form locations="Paris, Lyon" phone="01 23 45 67 89"></blush-consult-form>
    <blush-next-due treatment="botox" last-date="2026-03-01" today="2026-04-20" booking-url="/rdv?date={date}"></blush-next-due>
  </div>`);
  const faq = page.querySelector('blush-faq')!;
  const gallery = page.querySelector('blush-gallery')!;
  const nextDue = page.querySelector('blush-next-due')!;
  await harness.ready(gallery as never);
  await eventually(
    () => faq.shadowRoot!.querySelector('input[type=search]') && faq.shadowRoot!.querySelector('.source'),
    'the FAQ shows its search and sources',
  );
  await eventually(() => nextDue.shadowRoot!.querySelector('.result'), 'next-due shows its result');
  await eventually(() => page.querySelector('blush-consult-form form'), 'the form renders its fields');
  for (const element of page.children) await (element as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
  return page;
}

for (const language of ['fr', 'fa']) {
  describe(`a page in ${language === 'fr' ? 'French' : 'Persian'}`, function () {
    this.timeout(30_000);

    it('shows no English interface word in any element', async () => {
      const page = await everyElement(language, '2 weeks');
      const text = shownText(page).join('\n');
      // A sample of the language's own words, so an empty page cannot pass.
      const own = language === 'fr' ? ['Tout ouvrir', 'Avant', '3 cas', 'Prénom', 'Soin'] : ['باز کردن همه', 'قبل', 'نام', 'درمان'];
      for (const word of own) expect(text.includes(word), `shows "${word}"`).to.be.true;
      for (const table of TABLES) {
        await table.load(language);
        const english = englishOnly(table.get('en') as never, table.get(language) as never);
        expect(english.length, `${table.scope} has words to check`).to.be.greaterThan(0);
        for (const word of english) expect(text.includes(word), `${table.scope} shows the English "${word}"`).to.be.false;
      }
    });

    it('shows the Botox pack in this language, with no warning', async () => {
      const warnings = captureWarnings();
      try {
        const faq = await fixture<HTMLElement>(html`<blush-faq lang=${language} pack="botox"></blush-faq>`);
        await eventually(() => faq.shadowRoot!.querySelector('.question'), 'the pack shows');
        expect(faq.shadowRoot!.querySelector('.question')!.textContent!.trim()).to.equal(
          language === 'fr' ? 'Qu’est-ce que le Botox et comment agit-il\u202f?' : 'بوتاکس چیست و چگونه اثر می‌کند؟',
        );
        expect(faq.shadowRoot!.querySelector('.toggle-all')?.textContent?.trim()).to.equal(
          language === 'fr' ? 'Tout ouvrir' : 'باز کردن همه',
        );
        expect(warnings.messages.filter((message) => message.includes('pack='))).to.deep.equal([]);
      } finally {
        warnings.restore();
      }
    });
  });
}

describe('a page in Persian: numbers', function () {
  this.timeout(30_000);

  it('shows every number the widgets write in Persian digits, and codes and phone numbers in Latin digits isolated left to right', async () => {
    // Clinic-written text stays as the clinic wrote it, so the case's "time since" has no digits here.
    const page = await everyElement('fa', 'دو هفته');
    const text = shownText(page).join('\n');
    // Latin digits only inside an isolated left-to-right run (LRI … PDI): a phone number, a code.
    const isolated = /\u2066[^\u2069]*\u2069/g;
    const latin = text.replace(isolated, '').match(/[^\n]*[0-9][^\n]*/g) ?? [];
    expect(latin, `Latin digits outside an isolated run:\n${latin.join('\n')}`).to.deep.equal([]);
    expect(text.match(isolated) ?? [], "the form's phone hint is isolated").to.have.length.of.at.least(1);
    // The numbers are there, in Persian digits: the gallery's counts, the slider's position, next-due's dates.
    expect((text.match(/[\u06f0-\u06f9]/g) ?? []).length, 'Persian digits shown').to.be.greaterThan(10);
  });
});
