import { expect } from '@open-wc/testing';
import { googleCalendarUrl, microsoft365CalendarUrl, outlookCalendarUrl } from '../../src/next-due/calendar-links.js';
import { fillBookingUrl } from '../../src/next-due/next-due.model.js';

const event = { date: '2026-12-31', title: 'Next Botox® treatment due', details: 'Due Dec 31 & later; book at "Glow" #1' };

describe('<blush-next-due> calendar links', () => {
  it('builds a Google Calendar template for an all-day event', () => {
    const url = new URL(googleCalendarUrl(event));
    expect(url.origin + url.pathname).to.equal('https://calendar.google.com/calendar/render');
    expect(url.searchParams.get('action')).to.equal('TEMPLATE');
    expect(url.searchParams.get('dates')).to.equal('20261231/20270101');
    expect(url.searchParams.get('text')).to.equal(event.title);
    expect(url.searchParams.get('details')).to.equal(event.details);
  });

  for (const [account, build, origin] of [
    ['Outlook.com (personal accounts)', outlookCalendarUrl, 'https://outlook.live.com'],
    ['Microsoft 365 (work and school accounts)', microsoft365CalendarUrl, 'https://outlook.office.com'],
  ] as const) {
    it(`builds a ${account} compose link for an all-day event, on the action path (not deeplink, which can hang)`, () => {
      const url = new URL(build(event));
      expect(url.origin + url.pathname).to.equal(`${origin}/calendar/0/action/compose`);
      expect(url.searchParams.get('rru')).to.equal('addevent');
      expect(url.searchParams.get('allday')).to.equal('true');
      expect(url.searchParams.get('startdt')).to.equal('2026-12-31');
      expect(url.searchParams.get('enddt')).to.equal('2027-01-01');
      expect(url.searchParams.get('subject')).to.equal(event.title);
      expect(url.searchParams.get('body')).to.equal(event.details);
      expect(url.searchParams.get('path')).to.equal(null);
    });
  }

  it('fills booking templates with the URL-encoded treatment id, date and month', () => {
    expect(fillBookingUrl('https://calendly.com/glow/botox?month={month}&date={date}', 'botox', '2026-06-01')).to.equal(
      'https://calendly.com/glow/botox?month=2026-06&date=2026-06-01',
    );
    const url = new URL(fillBookingUrl('https://glow.as.me/?type={treatment}&date={date}', 'filler lips&x=1', '2026-06-01')!);
    expect(url.searchParams.get('type')).to.equal('filler lips&x=1');
    expect(url.searchParams.get('x')).to.equal(null);
    expect(fillBookingUrl('/book/{treatment}', 'botox', '2026-06-01')).to.equal(new URL('/book/botox', document.baseURI).href);
  });

  it('refuses booking templates that are not web, mail or phone links', () => {
    expect(fillBookingUrl('javascript:alert({date})', 'botox', '2026-06-01')).to.equal(null);
    expect(fillBookingUrl('java\tscript:alert(1)', 'botox', '2026-06-01')).to.equal(null);
    expect(fillBookingUrl('data:text/html,{treatment}', 'botox', '2026-06-01')).to.equal(null);
  });
});
