import { expect } from '@open-wc/testing';
import { casesFromJson, parseCases } from '../../src/gallery/gallery.model.js';

// The gallery's pure rules, tested without the element: which cases show, and what the clinic is told.
describe('gallery rules', () => {
  const TODAY = '2026-06-01';
  const photo = (name: string) => `https://clinic.example/${name}.jpg`;
  const base = { treatment: 'botox', before: photo('b'), after: photo('a') };

  describe('parseCases', () => {
    it('keeps a complete case, reading camelCase and kebab-case fields alike', () => {
      const { cases, problems } = parseCases(
        [{ ...base, id: 'c1', sessions: '2', 'time-since': '2 weeks', photoDate: '2026-03-04', unretouched: '' } as never],
        TODAY,
      );
      expect(problems).to.deep.equal([]);
      expect(cases).to.have.length(1);
      expect(cases[0]).to.include({
        id: 'c1',
        treatment: 'botox',
        sessions: 2,
        timeSince: '2 weeks',
        photoDate: '2026-03-04',
        unretouched: true,
        beforeAlt: '',
        afterAlt: '',
      });
    });

    it('numbers cases without an id and keeps repeated ids apart', () => {
      const { cases } = parseCases([base, { ...base, id: 'x' }, { ...base, id: 'x' }], TODAY);
      expect(cases.map((item) => item.id)).to.deep.equal(['case-1', 'x', 'x-3']);
    });

    it('withholds cases past their consent date or with an unreadable one, and says which', () => {
      const { cases, problems } = parseCases(
        [
          { ...base, id: 'ok', consentExpires: TODAY },
          { ...base, id: 'old', consentExpires: '2026-05-31' },
          { ...base, id: 'bad', consentExpires: '31/12/2030' },
        ],
        TODAY,
      );
      expect(cases.map((item) => item.id)).to.deep.equal(['ok']);
      expect(problems.join('\n')).to.contain('old (2026-05-31)').and.contain('bad ("31/12/2030")');
    });

    it('drops a case without both photos, or with a photo address that is not http(s)', () => {
      const { cases, problems } = parseCases(
        [
          { ...base, id: 'one', after: undefined },
          { ...base, id: 'js', before: 'javascript:alert(1)' },
        ],
        TODAY,
      );
      expect(cases).to.deep.equal([]);
      expect(problems.join('\n')).to.contain('one, js lack a "before" or "after" image');
    });

    it('shows an unknown treatment under its id, lower-cased, and says so once', () => {
      const { cases, problems } = parseCases(
        [
          { ...base, treatment: 'PRP' },
          { ...base, treatment: 'prp' },
        ],
        TODAY,
      );
      expect(cases.map((item) => item.treatment)).to.deep.equal(['prp', 'prp']);
      expect(problems.filter((problem) => problem.includes('not in the treatment catalog'))).to.have.length(1);
    });

    it('ignores sessions that are not a positive whole number, and names them', () => {
      const { cases, problems } = parseCases(
        [
          { ...base, id: 'a', sessions: '1.5' },
          { ...base, id: 'b', sessions: '0' },
          { ...base, id: 'c', sessions: 3 },
        ],
        TODAY,
      );
      expect(cases.map((item) => item.sessions)).to.deep.equal([undefined, undefined, 3]);
      expect(problems.join('\n')).to.contain('a ("1.5"), b ("0")');
    });

    it('shortens a long list of problem cases', () => {
      const inputs = Array.from({ length: 8 }, (_, index) => ({ ...base, id: `c${index}`, after: undefined }));
      expect(parseCases(inputs, TODAY).problems[0]).to.contain('c0, c1, c2, c3, c4 and 3 more');
    });
  });

  describe('casesFromJson', () => {
    it('accepts a list or { cases: [...] } and nothing else', () => {
      expect(casesFromJson([base, 'text', null])).to.deep.equal([base]);
      expect(casesFromJson({ cases: [base] })).to.deep.equal([base]);
      expect(casesFromJson({ items: [base] })).to.equal(null);
      expect(casesFromJson('cases')).to.equal(null);
    });
  });
});
