// The privacy promise of the analytics bridge (src/core/analytics.ts): with analytics on, every
// widget is driven through what a visitor does, with real and hostile treatments, questions,
// dates and typed values, and window.dataLayer holds exactly the events below: which widget, which
// step, never which treatment, question, date or anything typed.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import type { BlushAnalyticsDetail } from '../../src/core/analytics.js';
import '../../src/consult-form/index.js';
import '../../src/faq/index.js';
import '../../src/gallery/index.js';
import '../../src/next-due/index.js';
import type { BlushGallery } from '../../src/gallery/gallery.js';
import type { BlushNextDue } from '../../src/next-due/next-due.js';
import { VALID, consultForm, endpoint, fill, newRun, serverLog, submitButton } from '../helpers/consult-form-harness.js';
import { faqFixture } from '../helpers/faq-harness.js';
import { HEALTH } from '../helpers/health.js';
import { harness as gallery, makeCases } from '../helpers/gallery-harness.js';
import { nextDueHarness } from '../helpers/next-due-harness.js';

// Links clicked in these tests must not navigate the test page (added where links are clicked).
const keepPage = (event: Event) => event.preventDefault();

describe('analytics', function () {
  this.timeout(30_000);
  beforeEach(() => {
    window.dataLayer = [];
    document.documentElement.setAttribute('data-blush-analytics', '');
  });
  afterEach(() => {
    delete window.dataLayer;
    document.documentElement.removeAttribute('data-blush-analytics');
    window.removeEventListener('click', keepPage);
  });

  it('the FAQ says a question opened or closed and a booking link was used, never which', async () => {
    const faq = await faqFixture(html`<blush-faq booking-url="https://clinic.example/book?for=botox" treatment="botox">
      <details id="botox-after-care"><summary>Botox after care: does it hurt?</summary><p>Forehead lines fade.</p></details>
      <details id="x&quot; onmouseover=&quot;alert(1)"><summary>&lt;img src=x onerror=alert(1)&gt; Lip filler</summary><p>Lips.</p></details>
    </blush-faq>`);
    window.addEventListener('click', keepPage);
    faq.question('Botox after care: does it hurt?').click();
    faq.question('Botox after care: does it hurt?').click();
    faq.question('Lip filler').click();
    faq.panelOf(faq.question('Lip filler')).querySelector<HTMLAnchorElement>('[part="cta"]')!.click();
    expect(window.dataLayer).to.deep.equal([
      { event: 'blush_faq_toggle', open: true },
      { event: 'blush_faq_toggle', open: false },
      { event: 'blush_faq_toggle', open: true },
      { event: 'blush_faq_book', target: 'booking-url' },
    ]);
    expect(JSON.stringify(window.dataLayer)).to.not.match(HEALTH);
  });

  it('the gallery says the filter changed and a case was opened, never which treatment', async () => {
    const el = await fixture<BlushGallery>(html`<blush-gallery .cases=${makeCases(3)}></blush-gallery>`);
    await gallery.ready(el);
    gallery.chip(el, 'Lip filler').click();
    gallery.chip(el, 'All').click();
    gallery.caseButton(el, 'c1').click();
    await gallery.opened(el);
    expect(window.dataLayer).to.deep.equal([
      { event: 'blush_gallery_filter', all: false },
      { event: 'blush_gallery_filter', all: true },
      { event: 'blush_gallery_open' },
    ]);
    expect(JSON.stringify(window.dataLayer)).to.not.match(HEALTH);
  });

  it('next treatment due says a calendar was chosen and booking was used, never the treatment or the dates', async () => {
    const el = await fixture<BlushNextDue>(html`<blush-next-due treatment="filler-lips" last-date="2026-03-01" today="2026-04-20"
      booking-url="https://clinic.example/book?for={treatment}&date={date}"></blush-next-due>`);
    const due = nextDueHarness(el);
    window.addEventListener('click', keepPage);
    due.googleLink()!.click();
    (due.book() as HTMLAnchorElement).click();
    expect(window.dataLayer).to.deep.equal([
      { event: 'blush_next_due_calendar', kind: 'google' },
      { event: 'blush_next_due_book', via: 'link' },
    ]);
    expect(JSON.stringify(window.dataLayer)).to.not.match(HEALTH);
  });

  it('the form pushes generate_lead once, after the endpoint accepted, its event_id the request key; nothing typed or chosen', async () => {
    const run = newRun();
    const el = await consultForm(`action="${endpoint(run, '503,200')}"`);
    await fill(el, { ...VALID, treatments: ['botox', 'filler-lips'], message: 'Forehead lines <img src=x onerror=alert(1)>' });
    const success = oneEvent(el, 'blush-consult-success');
    submitButton(el).click();
    await success;
    const [{ key }] = (await serverLog(run)).attempts;
    expect(window.dataLayer).to.deep.equal([{ event: 'generate_lead', event_id: key }]);
    // The key is random (a UUID may hold "555"): checked above to be exactly the request's key.
    expect(JSON.stringify(window.dataLayer).replace(key, 'KEY')).to.not.match(HEALTH);
  });

  it('nothing on a refusal', async () => {
    const run = newRun();
    const el = await consultForm(`action="${endpoint(run, '422')}"`);
    await fill(el, VALID);
    const failure = oneEvent(el, 'blush-consult-error');
    submitButton(el).click();
    await failure;
    expect(window.dataLayer).to.deep.equal([]);
  });

  it('goes out as one typed blush-analytics event first, which a site may route elsewhere or stop', async () => {
    const faq = await faqFixture(
      html`<blush-faq treatment="botox"><details><summary>Botox: does it hurt?</summary><p>A little.</p></details></blush-faq>`,
    );
    const routed: BlushAnalyticsDetail[] = [];
    const route = (event: HTMLElementEventMap['blush-analytics']) => {
      expect([event.bubbles, event.composed, event.cancelable]).to.deep.equal([true, true, true]);
      routed.push(event.detail);
      event.preventDefault();
    };
    document.addEventListener('blush-analytics', route);
    try {
      faq.question('Botox: does it hurt?').click();
    } finally {
      document.removeEventListener('blush-analytics', route);
    }
    expect(routed).to.deep.equal([{ event: 'blush_faq_toggle', params: { open: true } }]);
    expect(window.dataLayer, 'a cancelled event reaches no tag manager').to.deep.equal([]);
  });

  it('uses gtag on a page with gtag.js and no Tag Manager, and the dataLayer under Tag Manager', async () => {
    const calls: unknown[][] = [];
    window.gtag = (...args: unknown[]) => calls.push(args);
    try {
      const faq = await faqFixture(html`<blush-faq><details><summary>Is it safe?</summary><p>Yes.</p></details></blush-faq>`);
      faq.question('Is it safe?').click();
      expect(calls).to.deep.equal([['event', 'blush_faq_toggle', { open: true }]]);
      expect(window.dataLayer).to.deep.equal([]);
      (window as { google_tag_manager?: unknown }).google_tag_manager = {};
      faq.question('Is it safe?').click();
      expect(calls, 'not twice').to.have.length(1);
      expect(window.dataLayer).to.deep.equal([{ event: 'blush_faq_toggle', open: false }]);
    } finally {
      delete window.gtag;
      delete (window as { google_tag_manager?: unknown }).google_tag_manager;
    }
  });

  it('creates no global on a page without a tag manager, and pushes nothing when not opted in', async () => {
    delete window.dataLayer;
    const faq = await faqFixture(html`<blush-faq><details><summary>Is it safe?</summary><p>Yes.</p></details></blush-faq>`);
    faq.question('Is it safe?').click();
    expect('dataLayer' in window).to.equal(false);
    expect('gtag' in window).to.equal(false);
    window.dataLayer = [];
    document.documentElement.removeAttribute('data-blush-analytics');
    let said = 0;
    const count = () => (said += 1);
    document.addEventListener('blush-analytics', count);
    faq.question('Is it safe?').click();
    document.removeEventListener('blush-analytics', count);
    expect(window.dataLayer, 'not opted in').to.deep.equal([]);
    expect(said, 'the event still goes out for the site to route').to.equal(1);
  });
});
