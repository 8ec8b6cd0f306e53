// Each language's typography is set by the translation layer (src/core/i18n/typography.ts), not by
// hand in each string: French spaces before : ; ? ! and inside « », Persian ؟ ؛ ، and « », Spanish
// ¿ and ¡. Every table of every element, and the Botox pack, is read as a page gets it (fetched
// through the element's words or readFaqPack), its functions called with sample values, and each
// text is checked against its language's rules.
import { expect } from '@open-wc/testing';
import { beforeAfterWords } from '../../../src/before-after/before-after.messages.js';
import { consultFormWords } from '../../../src/consult-form/consult-form.messages.js';
import { commonWords } from '../../../src/core/i18n/common.js';
import { FRENCH, PERSIAN, SPANISH, typeset, typesetText } from '../../../src/core/i18n/typography.js';
import { faqWords } from '../../../src/faq/faq.messages.js';
import { readFaqPack } from '../../../src/faq/faq.pack-reader.js';
import { galleryWords } from '../../../src/gallery/gallery.messages.js';
import { nextDueWords } from '../../../src/next-due/next-due.messages.js';
import { enResult } from '../../../src/next-due/next-due.result.messages.js';

const NBSP = '\u00a0';
const NNBSP = '\u202f';

/** Every text a table holds: strings, and what its functions say for sample values. */
function texts(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (typeof value === 'function') {
    try {
      return texts((value as (...args: unknown[]) => unknown)('Botox®', 2, 'month', 'Botox®'));
    } catch {
      return [];
    }
  }
  if (Array.isArray(value)) return value.flatMap(texts);
  if (value && typeof value === 'object') return Object.values(value).flatMap(texts);
  return [];
}

/** What breaks a language's rules in one text, described; empty when it keeps them. */
const BROKEN: Record<string, (text: string) => string[]> = {
  fr: (text) => [
    ...[...text.matchAll(/(.)([;?!]+)(?=[\s»)]|$)/g)]
      .filter(([, before]) => before !== NNBSP)
      .map(([found]) => `"${found}" lacks ${'U+202F'}`),
    ...[...text.matchAll(/(.):(?=\s|$)/g)].filter(([, before]) => before !== NBSP).map(([found]) => `"${found}" lacks U+00A0`),
    ...[...text.matchAll(/«(.)|(.)»/g)]
      .filter(([, after, before]) => (after ?? before) !== NBSP)
      .map(([found]) => `"${found}" lacks U+00A0`),
  ],
  fa: (text) => [...text.matchAll(/[?;](?=\s|$)|,\s|"/g)].map(([found]) => `Latin "${found}"`),
  es: (text) =>
    text
      .split(/(?<=[.:;?!])\s+|\n/)
      .filter((sentence) => (/\?\W*$/.test(sentence) && !sentence.includes('¿')) || (/!\W*$/.test(sentence) && !sentence.includes('¡')))
      .map((sentence) => `"${sentence}" lacks its opening sign`),
};

const ELEMENT_WORDS = { beforeAfterWords, consultFormWords, commonWords, faqWords, galleryWords, nextDueWords };

describe('typography per language', () => {
  describe('typesetText', () => {
    it('French: a narrow no-break space before ; ? !, a no-break space before : and inside « »', () => {
      expect(typesetText(FRENCH, 'Pourquoi ? Parce que ; voilà !')).to.equal(`Pourquoi${NNBSP}? Parce que${NNBSP}; voilà${NNBSP}!`);
      expect(typesetText(FRENCH, 'Appelez-nous: 01 23')).to.equal(`Appelez-nous${NBSP}: 01 23`);
      expect(typesetText(FRENCH, 'p. ex. « effets »')).to.equal(`p. ex. «${NBSP}effets${NBSP}»`);
      expect(typesetText(FRENCH, 'Vraiment ?!')).to.equal(`Vraiment${NNBSP}?!`);
    });

    it('Persian: Persian question mark, semicolon, comma and quotes', () => {
      expect(typesetText(PERSIAN, 'چرا? بله; نه, شاید "بوتاکس"')).to.equal('چرا؟ بله؛ نه، شاید «بوتاکس»');
    });

    it('Persian: a phone number or code in Latin digits isolated left to right, once', () => {
      const hint = typesetText(PERSIAN, 'شماره‌ای مانند (310) 555-0142 یا +1 310 555 0142 وارد کنید');
      expect(hint).to.equal('شماره‌ای مانند \u2066(310) 555-0142\u2069 یا \u2066+1 310 555 0142\u2069 وارد کنید');
      expect(typesetText(PERSIAN, hint)).to.equal(hint);
      // Short numbers and Persian digits need no isolation.
      expect(typesetText(PERSIAN, 'سال 2026، ۱۲ ماه')).to.equal('سال 2026، ۱۲ ماه');
    });

    it('Spanish: the opening sign of each question and exclamation that lacks it', () => {
      expect(typesetText(SPANISH, 'Qué dura? Unos meses. Llámenos!')).to.equal('¿Qué dura? Unos meses. ¡Llámenos!');
      expect(typesetText(SPANISH, '¿Qué dura? Nota: duele?')).to.equal('¿Qué dura? Nota: ¿duele?');
      expect(typesetText(SPANISH, 'Hola, ¿qué tal?')).to.equal('Hola, ¿qué tal?');
    });

    it('leaves times, addresses and numbers alone, and gives the same text when set twice', () => {
      for (const [name, typography] of Object.entries({ FRENCH, PERSIAN, SPANISH })) {
        for (const text of ['10:30', 'https://clinic.example/?q=1', '1,500', 'a;b'])
          expect(typesetText(typography, text), name).to.equal(text);
        const once = typesetText(typography, 'Pourquoi ? Oui: "non", non!');
        expect(typesetText(typography, once), name).to.equal(once);
      }
    });
  });

  it('typeset sets strings, what functions return and nested tables, leaving the shipped table as it was', () => {
    const table = { question: 'Pourquoi ?', count: (n: number) => `${n} résultats !`, nested: { list: ['Oui: non'] }, number: 3 };
    const set = typeset(FRENCH, table);
    expect(set.question).to.equal(`Pourquoi${NNBSP}?`);
    expect(set.count(2)).to.equal(`2 résultats${NNBSP}!`);
    expect(set.nested.list).to.deep.equal([`Oui${NBSP}: non`]);
    expect(set.number).to.equal(3);
    expect(table.question).to.equal('Pourquoi ?');
  });

  for (const language of ['fr', 'fa', 'es']) {
    describe(`every shipped text in "${language}", as a page gets it`, () => {
      for (const [name, words] of Object.entries(ELEMENT_WORDS))
        it(name, async () => {
          await words.load(language);
          const all = texts(words.get(language));
          expect(all.length).to.be.greaterThan(3);
          const problems = all.flatMap((text) => BROKEN[language](text));
          expect(problems, problems.join('\n')).to.deep.equal([]);
        });

      it('the Botox pack', async () => {
        const { pack } = await readFaqPack('botox', language);
        const items = pack?.[language] as { question: string; answer: string }[];
        expect(items.length).to.be.greaterThan(3);
        const problems = items.flatMap((item) => [item.question, item.answer]).flatMap((text) => BROKEN[language](text));
        expect(problems, problems.join('\n')).to.deep.equal([]);
      });
    });
  }

  it('a label and its value, and the announcement of next-due, punctuated by each language', async () => {
    await nextDueWords.load('fr');
    await nextDueWords.load('fa');
    const [fr, fa] = [nextDueWords.get('fr')!, nextDueWords.get('fa')!];
    expect(enResult.labelled('Today', '3 May 2026')).to.equal('Today: 3 May 2026');
    expect(fr.labelled('Aujourd’hui', '3 mai 2026')).to.equal(`Aujourd’hui${NBSP}: 3 mai 2026`);
    expect(enResult.announcement('Your next Botox® treatment', 'Due in 3 weeks', 'May 1 to May 15')).to.equal(
      'Your next Botox® treatment: Due in 3 weeks, May 1 to May 15.',
    );
    expect(fr.announcement('Votre prochain soin', 'Dans 3 semaines', 'du 1er au 15 mai')).to.equal(
      `Votre prochain soin${NBSP}: Dans 3 semaines, du 1er au 15 mai.`,
    );
    expect(fa.announcement('درمان بعدی', 'اکنون', 'از ۱ تا ۱۵')).to.equal('درمان بعدی: اکنون، از ۱ تا ۱۵.');
  });
});
