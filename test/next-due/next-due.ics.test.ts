import { expect } from '@open-wc/testing';
import { buildIcs, escapeText, foldLine } from '../../src/next-due/ics.js';
import { parseIcs, unescapeText } from '../helpers/next-due-harness.js';

const encoder = new TextEncoder();
const event = {
  uid: 'next-due-botox-2026-06-01@clinic.example',
  date: '2026-06-01',
  summary: 'Next Botox® treatment due',
  description: 'Your next Botox® treatment is due June 1, 2026 to July 1, 2026. Book with your clinic.',
  stamp: new Date(Date.UTC(2026, 10, 25, 21, 5, 9, 123)),
  alarmDaysBefore: 3,
};

describe('<blush-next-due> calendar file', () => {
  it('is a VCALENDAR with one all-day VEVENT and a display alarm', () => {
    const fields = parseIcs(buildIcs(event));
    const names = fields.map((field) => field.name);
    expect(names).to.deep.equal([
      'BEGIN',
      'VERSION',
      'PRODID',
      'CALSCALE',
      'METHOD',
      'BEGIN',
      'UID',
      'DTSTAMP',
      'DTSTART',
      'DTEND',
      'SUMMARY',
      'DESCRIPTION',
      'TRANSP',
      'BEGIN',
      'ACTION',
      'DESCRIPTION',
      'TRIGGER',
      'END',
      'END',
      'END',
    ]);
    const get = (name: string, index = 0) => fields.filter((field) => field.name === name)[index];
    expect(get('BEGIN').value).to.equal('VCALENDAR');
    expect(get('BEGIN', 1).value).to.equal('VEVENT');
    expect(get('BEGIN', 2).value).to.equal('VALARM');
    expect(get('VERSION').value).to.equal('2.0');
    expect(get('PRODID').value).to.match(/^-\/\/Blush Widgets\/\//);
    expect(get('CALSCALE').value).to.equal('GREGORIAN');
    expect(get('METHOD').value).to.equal('PUBLISH');
    expect(get('UID').value).to.equal('next-due-botox-2026-06-01@clinic.example');
    expect(get('DTSTAMP').value).to.equal('20261125T210509Z');
    expect(get('DTSTART')).to.deep.include({ params: 'VALUE=DATE', value: '20260601' });
    expect(get('DTEND')).to.deep.include({ params: 'VALUE=DATE', value: '20260602' });
    expect(unescapeText(get('SUMMARY').value)).to.equal(event.summary);
    expect(unescapeText(get('DESCRIPTION').value)).to.equal(event.description);
    expect(get('ACTION').value).to.equal('DISPLAY');
    expect(unescapeText(get('DESCRIPTION', 1).value)).to.equal(event.summary);
    // Local midnight of the event minus 2 days 15 hours: 09:00 three days before.
    expect(get('TRIGGER').value).to.equal('-P2DT15H');
  });

  it('ends all-day events on the next calendar day across month, year and leap-day ends', () => {
    const end = (date: string) => parseIcs(buildIcs({ ...event, date })).find((field) => field.name === 'DTEND')!.value;
    expect(end('2026-12-31')).to.equal('20270101');
    expect(end('2027-02-28')).to.equal('20270301');
    expect(end('2028-02-28')).to.equal('20280229');
    expect(end('2026-03-08')).to.equal('20260309');
  });

  it('uses CRLF line endings only, with a final CRLF', () => {
    const text = buildIcs(event);
    expect(text.endsWith('END:VCALENDAR\r\n')).to.equal(true);
    expect(text.replace(/\r\n/g, '')).not.to.match(/[\r\n]/);
  });

  it('escapes backslashes, semicolons, commas and line breaks in TEXT', () => {
    expect(escapeText('a\\b;c,d\ne\r\nf')).to.equal('a\\\\b\\;c\\,d\\ne\\nf');
    const tricky = 'Dr. Ruiz; Suite 4, Beverly Hills\nBring your C:\\notes';
    const fields = parseIcs(buildIcs({ ...event, description: tricky }));
    const description = fields.find((field) => field.name === 'DESCRIPTION')!;
    expect(description.value).not.to.match(/(^|[^\\]);/);
    expect(unescapeText(description.value)).to.equal(tricky);
  });

  it('folds lines at 75 octets without splitting multi-byte characters', () => {
    const long = 'Próximo tratamiento de Botox® — recordatorio 💉 ñandú '.repeat(6);
    const text = buildIcs({ ...event, summary: long, description: long });
    const lines = text.split('\r\n').slice(0, -1);
    for (const line of lines) {
      expect(encoder.encode(line).length, line).to.be.at.most(75);
      expect(line, 'no lone surrogate').not.to.match(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/);
    }
    expect(lines.filter((line) => line.startsWith(' ')).length).to.be.greaterThan(4);
    const summary = parseIcs(text).find((field) => field.name === 'SUMMARY')!;
    expect(unescapeText(summary.value)).to.equal(long);
  });

  it('folds exactly at the limit: a 75-octet line stays whole, 76 octets wrap', () => {
    expect(foldLine('x'.repeat(75))).to.equal('x'.repeat(75));
    expect(foldLine('x'.repeat(76))).to.equal(`${'x'.repeat(75)}\r\n x`);
    // "é" is two octets: 74 x + é would be 76, so é moves whole to the next line.
    expect(foldLine(`${'x'.repeat(74)}é`)).to.equal(`${'x'.repeat(74)}\r\n é`);
  });

  it('follows the RFC 5545 grammar for every line, component and value type it uses', () => {
    // Checked against the RFC's ABNF rather than our own parser: content lines (3.1), BEGIN/END
    // nesting (3.4, 3.6), one UID and DTSTAMP per VEVENT (3.6.1), DATE, DATE-TIME (UTC) and DURATION values (3.3).
    const CONTENT_LINE =
      /^[A-Za-z0-9-]+(?:;[A-Za-z0-9-]+=(?:"[^"\x00-\x1f]*"|[^";:,\x00-\x1f]*)(?:,(?:"[^"\x00-\x1f]*"|[^";:,\x00-\x1f]*))*)*:[^\x00-\x08\x0a-\x1f\x7f]*$/;
    const DURATION =
      /^[+-]?P(?:\d+W|\d+D(?:T(?:\d+H(?:\d+M(?:\d+S)?)?|\d+M(?:\d+S)?|\d+S))?|T(?:\d+H(?:\d+M(?:\d+S)?)?|\d+M(?:\d+S)?|\d+S))$/;
    const inputs = [
      event,
      { ...event, alarmDaysBefore: 0 },
      { ...event, summary: 'Línea; con, comas\ny "comillas" 💉', description: 'x'.repeat(300), date: '2028-02-29' },
    ];
    for (const input of inputs) {
      const fields = parseIcs(buildIcs(input));
      const unfolded = buildIcs(input)
        .replace(/\r\n[ \t]/g, '')
        .split('\r\n')
        .slice(0, -1);
      for (const line of unfolded) expect(line, line).to.match(CONTENT_LINE);
      const stack: string[] = [];
      const counts = new Map<string, number>();
      for (const { name, params, value } of fields) {
        if (name === 'BEGIN') stack.push(value);
        else if (name === 'END') expect(stack.pop(), `END:${value}`).to.equal(value);
        else if (stack.at(-1) === 'VEVENT') counts.set(name, (counts.get(name) ?? 0) + 1);
        if (name === 'DTSTAMP') expect(value).to.match(/^\d{8}T\d{6}Z$/);
        if (name === 'DTSTART' || name === 'DTEND')
          expect([params, value.length, /^\d{8}$/.test(value)]).to.deep.equal(['VALUE=DATE', 8, true]);
        if (name === 'TRIGGER') expect(value).to.match(DURATION);
      }
      expect(stack, 'every BEGIN has its END').to.deep.equal([]);
      expect([counts.get('UID'), counts.get('DTSTAMP'), counts.get('DTSTART')]).to.deep.equal([1, 1, 1]);
    }
  });

  it('sets the alarm on the day itself when asked for zero days before', () => {
    const trigger = parseIcs(buildIcs({ ...event, alarmDaysBefore: 0 })).find((field) => field.name === 'TRIGGER')!;
    expect(trigger.value).to.equal('PT9H');
  });
});
