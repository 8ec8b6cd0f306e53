// The privacy promise, over a built file: the page lands from a campaign, loads one of dist/cdn's
// entry points, and a visitor uses all five widgets with real and hostile values (treatments,
// questions, dates, names, a message with markup). Then every place a tag manager, an ad pixel or
// a third party could read is checked: window.dataLayer holds exactly which widget did what, the
// address is the one the visitor landed on, storage holds the campaign alone, and no request left
// the page's origin or carried anything the visitor typed or chose. The lead itself (with the
// campaign) reaches the clinic's endpoint only. Run by scripts/test.mjs after the build, in
// Chromium, Firefox and WebKit (test/e2e/built/*.built.ts).
import { expect, oneEvent } from '@open-wc/testing';
import { endpoint, newRun, serverLog } from '../../helpers/consult-endpoint.js';
import { faqHarness } from '../../helpers/faq-queries.js';
import { harness as gallery, makeCases, press } from '../../helpers/gallery-harness.js';
import { HEALTH } from '../../helpers/health.js';
import { nextDueHarness } from '../../helpers/next-due-harness.js';
import { eventually } from '../../helpers/wait.js';
import type { BlushConsultForm } from '../../../src/consult-form/index.js';
import type { BlushFaq } from '../../../src/faq/faq.js';
import type { BlushGallery } from '../../../src/gallery/gallery.js';
import type { BlushNextDue } from '../../../src/next-due/next-due.js';

const CAMPAIGN = { utm_source: 'newsletter', utm_campaign: 'spring', gclid: 'Cj0KCQ' };
const VISITOR = {
  firstName: 'Olivia',
  lastName: 'Martínez',
  email: 'olivia@example.com',
  phone: '310.555.0142',
  message: 'Forehead lines <img src=x onerror=alert(1)> after Botox',
};

/** Links clicked here must not navigate the test page (a form's submit button still submits). */
const keepPage = (event: Event) => {
  if (event.composedPath().some((target) => target instanceof HTMLAnchorElement)) event.preventDefault();
};

/**
 * One test file per entry point: `load` brings the built widgets onto the page (each file is its
 * own page, since an element can be defined once per page).
 */
export function describePrivacy(entry: string, load: () => Promise<unknown>) {
  describe(`the privacy promise, over the built ${entry}`, function () {
    this.timeout(60_000);
    let landed = '';

    before(async () => {
      sessionStorage.clear();
      localStorage.clear();
      // The visitor arrives from a campaign; the runner's own query (its session id) stays.
      const url = new URL(location.href);
      for (const [key, value] of Object.entries(CAMPAIGN)) url.searchParams.set(key, value);
      history.replaceState(null, '', url);
      landed = location.href;
      window.dataLayer = [];
      document.documentElement.setAttribute('data-blush-analytics', '');
      window.addEventListener('click', keepPage);
      await load();
    });
    after(() => window.removeEventListener('click', keepPage));

    it('a visitor uses every widget: analytics says which widget and which step, nothing else leaves the page', async () => {
      const run = newRun();
      const page = document.createElement('main');
      page.innerHTML = `
        <blush-faq booking-url="https://clinic.example/book?for={treatment}" treatment="botox">
          <details id="botox-after-care"><summary>Botox after care: does it hurt?</summary><p>Forehead lines fade.</p></details>
          <details id="x&quot; onmouseover=&quot;alert(1)"><summary>&lt;img src=x onerror=alert(1)&gt; Lip filler</summary><p>Lips.</p></details>
        </blush-faq>
        <blush-before-after before-alt="Forehead before Botox" after-alt="Forehead after Botox"></blush-before-after>
        <blush-gallery booking-url="https://clinic.example/book?for={treatment}"></blush-gallery>
        <blush-next-due today="2026-04-20" booking-url="https://clinic.example/book?for={treatment}&amp;date={date}"></blush-next-due>
        <blush-consult-form action="${endpoint(run, '503,200')}" min-fill-time="0" retry-delay="20" retries="3"></blush-consult-form>`;
      document.body.append(page);
      try {
        const [faqEl, slider, galleryEl, dueEl, form] = [...page.children] as [
          BlushFaq,
          HTMLElement,
          BlushGallery,
          BlushNextDue,
          BlushConsultForm,
        ];
        const [before, after] = makeCases(2);
        slider.setAttribute('before', before.before);
        slider.setAttribute('after', before.after);
        galleryEl.cases = [before, after];
        await eventually(
          () => customElements.get('blush-consult-form') && faqEl.shadowRoot?.querySelector('.list'),
          'the widgets did not load',
        );

        // The FAQ: two questions opened, one closed, the booking link used.
        const faq = faqHarness(faqEl);
        faq.question('Botox after care: does it hurt?').click();
        faq.question('Botox after care: does it hurt?').click();
        faq.question('Lip filler').click();
        faq.panelOf(faq.question('Lip filler')).querySelector<HTMLAnchorElement>('[part="cta"]')!.click();

        // The slider, moved with the keyboard.
        await eventually(() => slider.shadowRoot?.querySelector('input[type="range"]'), 'the slider did not render');
        slider.shadowRoot!.querySelector<HTMLInputElement>('input[type="range"]')!.focus();
        await press('ArrowRight');

        // The gallery: filtered to a treatment and back, a case opened, its booking link used.
        await gallery.ready(galleryEl);
        gallery.chip(galleryEl, 'Lip filler').click();
        gallery.chip(galleryEl, 'All').click();
        gallery.caseButton(galleryEl, 'c1').click();
        await gallery.opened(galleryEl);
        await eventually(() => galleryEl.shadowRoot!.querySelector('dialog [part="book"]'), 'the opened case has no booking link');
        galleryEl.shadowRoot!.querySelector<HTMLAnchorElement>('dialog [part="book"]')!.click();
        gallery.dialogButton(galleryEl, 'close').click();

        // Next treatment due: a treatment chosen and a date typed, a calendar added, booking used.
        await dueEl.updateComplete;
        const due = nextDueHarness(dueEl);
        await due.chooseTreatment('filler-lips');
        await due.enterDate('2026-03-01');
        await eventually(() => due.googleLink(), 'next-due showed no calendar links');
        due.googleLink()!.click();
        (due.book() as HTMLAnchorElement).click();

        // The form: typed, chosen, sent; the endpoint refuses once for a moment, then accepts.
        form.querySelector('form')!.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
        const field = (name: string, value?: string) =>
          form.querySelector<HTMLInputElement>(value ? `[name="${name}"][value="${value}"]` : `[name="${name}"]`)!;
        for (const [name, value] of Object.entries(VISITOR)) {
          field(name).value = value;
          field(name).dispatchEvent(new Event('input', { bubbles: true }));
        }
        for (const treatment of ['botox', 'filler-lips']) field('treatments', treatment).click();
        for (const box of ['adult', 'privacy']) field(box).click();
        const sent = oneEvent(form, 'blush-consult-success');
        form.querySelector<HTMLButtonElement>('.bcf-submit')!.click();
        await sent;

        const log = await serverLog(run);
        const key = log.attempts[0].key;
        expect(log.attempts.map((attempt) => attempt.key)).to.deep.equal([key, key]);
        expect(window.dataLayer).to.deep.equal([
          { event: 'blush_faq_toggle', open: true },
          { event: 'blush_faq_toggle', open: false },
          { event: 'blush_faq_toggle', open: true },
          { event: 'blush_faq_book', target: 'booking-url' },
          { event: 'blush_gallery_filter', all: false },
          { event: 'blush_gallery_filter', all: true },
          { event: 'blush_gallery_open' },
          { event: 'blush_next_due_calendar', kind: 'google' },
          { event: 'blush_next_due_book', via: 'link' },
          { event: 'generate_lead', event_id: key },
        ]);
        // The key is random (a UUID may hold "555"): checked above to be exactly the request's key.
        expect(JSON.stringify(window.dataLayer).replace(key, 'KEY')).to.not.match(HEALTH);

        // The address is the one the visitor landed on.
        expect(location.href).to.equal(landed);
        // Storage: the visit's campaign alone; nothing typed or chosen, no draft, no remembered date.
        expect(Object.keys(sessionStorage)).to.deep.equal(['blush-attribution']);
        const kept = JSON.parse(sessionStorage.getItem('blush-attribution')!);
        expect(kept).to.deep.equal({ ...CAMPAIGN, landingPage: location.origin + location.pathname });
        expect(Object.keys(localStorage)).to.deep.equal([]);
        expect(document.cookie).to.not.match(HEALTH);
        // Requests: the page's own origin only, and none carries a visitor's value in its address.
        const requests = performance.getEntriesByType('resource').map((entry) => entry.name);
        expect(
          requests.some((url) => url.includes('/api/consult-test')),
          'the lead request is listed',
        ).to.equal(true);
        const elsewhere = requests.filter((url) => !url.startsWith('data:') && new URL(url).origin !== location.origin);
        expect(elsewhere, 'requests to another origin').to.deep.equal([]);
        expect(requests.filter((url) => HEALTH.test(decodeURIComponent(url)))).to.deep.equal([]);
        // The lead, with the campaign, went to the clinic's endpoint alone.
        const [lead] = log.submissions;
        expect(lead.key).to.equal(key);
        expect(JSON.stringify(lead.body)).to.include('Olivia').and.include('Cj0KCQ');
      } finally {
        page.remove();
      }
    });
  });
}
