import { expect } from '@open-wc/testing';
import { parseAnswerText } from '../../src/faq/faq.load.js';
import { mergeFaqLists, readLightDomItems, slugify, type FaqDraft } from '../../src/faq/faq.model.js';

// The FAQ's pure rules, tested without the element: link ids, answer text, and how sources merge.
describe('FAQ rules', () => {
  describe('slugify', () => {
    const cases: [string, string][] = [
      ['How long does Botox® last?', 'how-long-does-botox-last'],
      ['Qué es el ácido hialurónico', 'que-es-el-acido-hialuronico'],
      ['Crow’s feet: “worth it”?', 'crows-feet-worth-it'],
      ["Isn't it   risky -- really?", 'isnt-it-risky-really'],
      ['  --Spaces and dashes--  ', 'spaces-and-dashes'],
      ['', 'question'],
      ['¿?¡!', 'question'],
      ['چقدر طول می‌کشد؟', 'question'],
    ];
    for (const [text, slug] of cases) it(`"${text}" → "${slug}"`, () => expect(slugify(text)).to.equal(slug));

    it('keeps at most 64 characters and never ends on a dash', () => {
      const slug = slugify(`${'word '.repeat(12)}tail`);
      expect(slug.length).to.be.at.most(64);
      expect(slug).to.match(/^[a-z0-9-]+[a-z0-9]$/);
      expect(slugify('a'.repeat(63) + ' b')).to.equal('a'.repeat(63));
    });
  });

  describe('parseAnswerText', () => {
    it('makes paragraphs of blank-line-separated text, joining wrapped lines', () => {
      expect(parseAnswerText('First line\ncontinues.\n\n\nSecond.')).to.deep.equal([
        { runs: [{ text: 'First line continues.' }] },
        { runs: [{ text: 'Second.' }] },
      ]);
    });

    it('reads bullet and numbered lists, and a mixed block as a paragraph', () => {
      expect(parseAnswerText('- one\n* two\n• three')).to.deep.equal([
        { list: 'ul', items: [[{ text: 'one' }], [{ text: 'two' }], [{ text: 'three' }]] },
      ]);
      expect(parseAnswerText('1. one\r\n2) two')).to.deep.equal([{ list: 'ol', items: [[{ text: 'one' }], [{ text: 'two' }]] }]);
      expect(parseAnswerText('- one\ntwo')).to.deep.equal([{ runs: [{ text: '- one two' }] }]);
    });

    it('marks **strong**, *em* and [links](https://…), and keeps an unsafe link as plain text', () => {
      expect(parseAnswerText('Call **now** or *soon*: [book](https://clinic.example/book).')).to.deep.equal([
        {
          runs: [
            { text: 'Call ' },
            { text: 'now', strong: true },
            { text: ' or ' },
            { text: 'soon', em: true },
            { text: ': ' },
            { text: 'book', href: 'https://clinic.example/book' },
            { text: '.' },
          ],
        },
      ]);
      const runs = (parseAnswerText('[click](javascript:alert(1))')[0] as { runs: { href?: string }[] }).runs;
      expect(runs.some((run) => run.href)).to.equal(false);
    });

    it('gives nothing for empty or blank text', () => {
      expect(parseAnswerText('')).to.deep.equal([]);
      expect(parseAnswerText(' \n \n ')).to.deep.equal([]);
    });
  });

  describe('readLightDomItems', () => {
    it("keeps the clinic's no-break spaces and collapses only what HTML collapses", () => {
      const host = document.createElement('div');
      host.innerHTML =
        '<details><summary>  Dr.\u00a0Lee:   how many\u00a0units? </summary><p>Up to 20\u00a0units,\n   twice\u00a0a year.</p></details>';
      const [item] = readLightDomItems(host);
      expect(item.question).to.equal('Dr.\u00a0Lee: how many\u00a0units?');
      const answer = item.answer.flatMap((block) => ('runs' in block && block.runs ? block.runs.map((run) => run.text) : [])).join('');
      expect(answer).to.equal('Up to 20\u00a0units, twice\u00a0a year.');
    });
  });

  describe('mergeFaqLists', () => {
    const draft = (question: string, extra: Partial<FaqDraft> = {}) =>
      ({ question, answer: [{ runs: [{ text: question }] }], ...extra }) as FaqDraft;

    it('gives each item an id from its question unless it has one', () => {
      expect(mergeFaqLists([[draft('Does it hurt?'), draft('Cost', { id: 'price' })]]).map((item) => item.id)).to.deep.equal([
        'does-it-hurt',
        'price',
      ]);
    });

    it('lets a later source replace an earlier item with the same id, in its place', () => {
      const merged = mergeFaqLists([
        [draft('Does it hurt?'), draft('Cost', { id: 'price' })],
        [draft('What does it cost?', { id: 'price' }), draft('New one')],
      ]);
      expect(merged.map((item) => [item.id, item.question])).to.deep.equal([
        ['does-it-hurt', 'Does it hurt?'],
        ['price', 'What does it cost?'],
        ['new-one', 'New one'],
      ]);
    });

    it('keeps two items of one source that share an id (the element then gives the second its own link)', () => {
      expect(mergeFaqLists([[draft('Same?'), draft('Same?')]]).map((item) => item.id)).to.deep.equal(['same', 'same']);
    });

    it('gives an empty list for no sources', () => {
      expect(mergeFaqLists([])).to.deep.equal([]);
      expect(mergeFaqLists([[], []])).to.deep.equal([]);
    });
  });
});
