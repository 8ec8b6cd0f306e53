import { expect } from '@open-wc/testing';
import {
  addDays,
  addMonths,
  daysBetween,
  formatDate,
  fromDayNumber,
  isIsoDate,
  parseIsoDate,
  toDayNumber,
  todayIso,
  visitorToday,
} from '../../src/core/dates.js';
import { passZone, setTimezone, TEST_TIMEZONES } from '../helpers/timezone.js';

// The main pass has no zone of its own (Chromium emulates the zones below).
const passTimeZone = await passZone();

/** `YYYY-MM-DD` of an instant as Intl dates it in a zone (or the zone in force), from its parts: engines format en-CA differently. */
function intlDate(instant: Date, timeZone?: string): string {
  const parts = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(instant);
  const part = (type: string) => parts.find((item) => item.type === type)?.value;
  return `${part('year')}-${part('month')}-${part('day')}`;
}

describe('core/dates', () => {
  after(async () => {
    await setTimezone('');
  });

  describe('parsing', () => {
    it('accepts real calendar dates', () => {
      expect(parseIsoDate('2024-02-29')).to.deep.equal({ year: 2024, month: 2, day: 29 });
      expect(isIsoDate('2026-12-31')).to.equal(true);
    });

    it('rejects impossible and malformed dates', () => {
      for (const value of [
        '2025-02-29',
        '2026-02-30',
        '2026-13-01',
        '2026-00-10',
        '2026-04-31',
        '31/02/2026',
        '2026-2-3',
        '',
        'tomorrow',
        null,
        undefined,
        '1900-02-29',
      ]) {
        expect(parseIsoDate(value as string), String(value)).to.equal(null);
      }
      expect(isIsoDate('2000-02-29')).to.equal(true);
    });
  });

  describe('arithmetic', () => {
    it('clamps month ends when adding months', () => {
      expect(addMonths('2026-01-31', 1)).to.equal('2026-02-28');
      expect(addMonths('2024-01-31', 1)).to.equal('2024-02-29');
      expect(addMonths('2024-02-29', 12)).to.equal('2025-02-28');
      expect(addMonths('2026-03-31', 3)).to.equal('2026-06-30');
      expect(addMonths('2026-08-31', -6)).to.equal('2026-02-28');
    });

    it('crosses year ends', () => {
      expect(addMonths('2026-12-31', 1)).to.equal('2027-01-31');
      expect(addMonths('2026-11-15', 4)).to.equal('2027-03-15');
      expect(addDays('2026-12-31', 1)).to.equal('2027-01-01');
      expect(addDays('2027-01-01', -1)).to.equal('2026-12-31');
    });

    it('counts days across DST changes and leap days exactly', () => {
      // US DST starts 2026-03-08 and ends 2026-11-01; Europe's 2026-03-29 and 2026-10-25.
      expect(daysBetween('2026-03-07', '2026-03-09')).to.equal(2);
      expect(daysBetween('2026-10-24', '2026-10-26')).to.equal(2);
      expect(daysBetween('2024-02-28', '2024-03-01')).to.equal(2);
      expect(daysBetween('2026-01-01', '2027-01-01')).to.equal(365);
      expect(daysBetween('2024-01-01', '2025-01-01')).to.equal(366);
      expect(daysBetween('2026-05-01', '2026-04-01')).to.equal(-30);
      expect(addDays('2026-03-08', 90)).to.equal('2026-06-06');
    });

    it('round-trips day numbers over four centuries', () => {
      for (let day = toDayNumber({ year: 1900, month: 1, day: 1 }); day < toDayNumber({ year: 2300, month: 1, day: 1 }); day += 37) {
        expect(toDayNumber(fromDayNumber(day))).to.equal(day);
      }
      expect(toDayNumber({ year: 1970, month: 1, day: 1 })).to.equal(0);
    });

    it('throws a clear RangeError on a bad date given to arithmetic', () => {
      expect(() => addDays('2026-02-30', 1)).to.throw(RangeError, /YYYY-MM-DD/);
    });
  });

  describe('time zones', () => {
    // A "TZ=…" pass of scripts/test.mjs must really run there, or its zone cases below test nothing.
    if (passTimeZone) {
      it(`runs in the real time zone of its test pass, ${passTimeZone}`, () => {
        expect(Intl.DateTimeFormat().resolvedOptions().timeZone).to.equal(passTimeZone);
        const instant = new Date(Date.UTC(2026, 11, 31, 23, 30));
        expect(visitorToday(instant)).to.equal(intlDate(instant, passTimeZone));
      });
    }

    for (const zone of TEST_TIMEZONES) {
      it(`gives the same answers in ${zone}`, async () => {
        const emulated = await setTimezone(zone);
        if (emulated) expect(Intl.DateTimeFormat().resolvedOptions().timeZone).to.equal(zone);
        expect(addMonths('2026-01-31', 1)).to.equal('2026-02-28');
        expect(daysBetween('2026-03-07', '2026-11-02')).to.equal(240);
        expect(formatDate('2026-03-08', 'en-US')).to.equal('March 8, 2026');
        expect(formatDate('2026-01-01', 'es', { dateStyle: 'long' })).to.equal('1 de enero de 2026');
        // Just before midnight UTC on New Year's Eve: the local calendar date depends on the zone.
        // "Today" is the visitor's own date: where it is already New Year, it is New Year.
        const instant = new Date(Date.UTC(2026, 11, 31, 23, 30));
        if (emulated)
          expect(visitorToday(instant)).to.equal(
            zone === 'Pacific/Kiritimati' || zone === 'Pacific/Auckland' ? '2027-01-01' : '2026-12-31',
          );
        expect(visitorToday(instant), 'the date Intl gives in the zone in force').to.equal(intlDate(instant));
        expect(todayIso, 'the older name is the same function').to.equal(visitorToday);
      });
    }
  });
});
