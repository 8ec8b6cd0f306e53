import { expect } from '@open-wc/testing';
import { getTreatment, type Treatment } from '../../src/core/catalog.js';
import { computeDue, parseDurations } from '../../src/next-due/next-due.model.js';

const botox = getTreatment('botox')!;
const due = (lastDate: string, today: string, treatment: Pick<Treatment, 'durationMonths' | 'minInterval'> = botox) => {
  const result = computeDue(treatment, lastDate, today);
  if (!result.ok) throw new Error(`expected a window, got ${result.problem}`);
  return result.due;
};

describe('<blush-next-due> model', () => {
  describe('due window', () => {
    it('spans the catalog range in months after the last treatment', () => {
      expect(due('2026-03-01', '2026-03-02')).to.include({ earliest: '2026-06-01', latest: '2026-07-01' });
      const lips = getTreatment('filler-lips')!;
      expect(due('2026-03-01', '2026-03-02', lips)).to.include({ earliest: '2026-09-01', latest: '2027-03-01' });
      const daxxify = getTreatment('daxxify')!;
      expect(due('2026-03-15', '2026-03-16', daxxify)).to.include({ earliest: '2026-09-15', latest: '2026-12-15' });
    });

    it('never opens before the labelled 90-day minimum for Botox', () => {
      // Jan 31 + 3 months clamps to Apr 30, only 89 days later; the label needs 90.
      expect(due('2026-01-31', '2026-02-01')).to.include({ earliest: '2026-05-01', latest: '2026-05-31' });
      expect(due('2025-11-01', '2025-11-02')).to.include({ earliest: '2026-02-01' });
    });

    it('is right at month ends, leap days and year ends', () => {
      expect(due('2024-02-29', '2024-03-01')).to.include({ earliest: '2024-05-29', latest: '2024-06-29' });
      expect(due('2025-12-31', '2026-01-01')).to.include({ earliest: '2026-03-31', latest: '2026-04-30' });
      expect(due('2025-11-30', '2025-12-01')).to.include({ earliest: '2026-02-28', latest: '2026-03-30' });
      expect(due('2023-11-30', '2023-12-01')).to.include({ earliest: '2024-02-29', latest: '2024-03-30' });
    });

    it('counts whole calendar days across DST changes', () => {
      // US DST starts 2026-03-08, Europe's ends 2026-10-25.
      expect(due('2026-03-08', '2026-03-09')).to.include({ earliest: '2026-06-08', latest: '2026-07-08', days: 91, weeks: 13 });
      expect(due('2026-10-25', '2026-10-26')).to.include({ earliest: '2027-01-25', latest: '2027-02-25' });
    });

    it('keeps a window when a clinic range is shorter than the labelled interval', () => {
      const short = { ...botox, durationMonths: [2, 2] as [number, number] };
      expect(due('2026-03-01', '2026-03-02', short)).to.include({ earliest: '2026-05-30', latest: '2026-05-30' });
    });

    it('applies a minimum interval given in months', () => {
      const monthly = { durationMonths: [1, 2] as [number, number], minInterval: { months: 2, label: 'test' } };
      expect(due('2026-01-31', '2026-02-01', monthly)).to.include({ earliest: '2026-03-31', latest: '2026-03-31' });
    });
  });

  describe('status', () => {
    it('is upcoming with weeks and days until the window opens', () => {
      expect(due('2026-03-01', '2026-04-20')).to.deep.equal({
        earliest: '2026-06-01',
        latest: '2026-07-01',
        status: 'upcoming',
        days: 42,
        weeks: 6,
      });
      expect(due('2026-03-01', '2026-05-29')).to.include({ status: 'upcoming', days: 3, weeks: 1 });
    });

    it('is due on every day inside the window, both ends included', () => {
      for (const today of ['2026-06-01', '2026-06-15', '2026-07-01']) {
        expect(due('2026-03-01', today), today).to.include({ status: 'due', weeks: 0, days: 0 });
      }
    });

    it('is overdue with weeks since the window closed', () => {
      expect(due('2026-03-01', '2026-07-02')).to.include({ status: 'overdue', days: 1, weeks: 1 });
      expect(due('2026-03-01', '2026-08-12')).to.include({ status: 'overdue', days: 42, weeks: 6 });
    });
  });

  describe('bad input', () => {
    it('names the problem instead of giving a window', () => {
      expect(computeDue(botox, '', '2026-11-25')).to.deep.equal({ ok: false, problem: 'empty' });
      expect(computeDue(botox, undefined, '2026-11-25')).to.deep.equal({ ok: false, problem: 'empty' });
      expect(computeDue(botox, '2026-02-30', '2026-11-25')).to.deep.equal({ ok: false, problem: 'invalid' });
      expect(computeDue(botox, '03/01/2026', '2026-11-25')).to.deep.equal({ ok: false, problem: 'invalid' });
      expect(computeDue(botox, '2025-02-29', '2026-11-25')).to.deep.equal({ ok: false, problem: 'invalid' });
      expect(computeDue(botox, '2026-11-26', '2026-11-25')).to.deep.equal({ ok: false, problem: 'future' });
      expect(computeDue(botox, '2026-11-25', '2026-11-25').ok).to.equal(true);
    });

    it('reads duration overrides and reports unusable ones', () => {
      expect(parseDurations('{"botox":[3,5]," Dysport ":[4,6]}')).to.deep.equal({ durations: { botox: [3, 5], dysport: [4, 6] } });
      expect(parseDurations('')).to.deep.equal({ durations: {} });
      expect(parseDurations('{botox:[3,5]}').problem).to.match(/not valid JSON/);
      expect(parseDurations('[3,5]').problem).to.match(/not an object/);
      const mixed = parseDurations('{"botox":[3,5],"xeomin":[5,3],"lips":[2.5,4],"kybella":[0,1],"daxxify":"6-9"}');
      expect(mixed.durations).to.deep.equal({ botox: [3, 5] });
      expect(mixed.problem).to.include('xeomin, lips, kybella, daxxify');
    });
  });
});
