// Booking hand-off (src/core/booking.ts), the same in every widget: the element's `booking-url`
// with `{treatment}`, else the page's link for the treatment, else the page's `*` link; every book
// link dispatches a cancelable `blush-book` with `{ treatment, url, widget }`, and cancelling it
// keeps the page where it is, so a site can open its booking overlay instead.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import type { BlushBookDetail } from '../../src/core/booking.js';
import '../../src/faq/index.js';
import '../../src/gallery/index.js';
import '../../src/next-due/index.js';
import type { BlushGallery } from '../../src/gallery/gallery.js';
import type { BlushNextDue } from '../../src/next-due/next-due.js';
import { faqFixture } from '../helpers/faq-harness.js';
import { harness as gallery, makeCases } from '../helpers/gallery-harness.js';
import { nextDueHarness } from '../helpers/next-due-harness.js';
import type { BlushConsultForm } from '../../src/consult-form/index.js';
import { VALID, consultForm, endpoint, fill, newRun, submitButton } from '../helpers/consult-form-harness.js';
import { captureWarnings } from '../helpers/warnings.js';

/** Runs a README recipe (a `js` block starting `// recipe: <name>`); `remove()` takes its document listeners off again. */
async function runRecipe(name: string): Promise<{ remove(): void }> {
  const readme = await (await fetch('/README.md')).text();
  const recipe = new RegExp(`\`\`\`js\\n// recipe: ${name}\\n([\\s\\S]*?)\`\`\``).exec(readme)![1];
  const added: [string, EventListener][] = [];
  const add = document.addEventListener.bind(document);
  document.addEventListener = ((type: string, listener: EventListener) => {
    added.push([type, listener]);
    add(type, listener);
  }) as typeof document.addEventListener;
  try {
    new Function(recipe)();
  } finally {
    document.addEventListener = add;
  }
  return { remove: () => added.forEach(([type, listener]) => document.removeEventListener(type, listener)) };
}

/** A form sent with these treatments ticked, once the clinic's endpoint has accepted it. */
async function sentForm(attributes: string, treatments: string[]): Promise<BlushConsultForm> {
  const el = await consultForm(`action="${endpoint(newRun(), '200')}" ${attributes}`);
  await fill(el, { ...VALID, treatments });
  submitButton(el).click();
  await oneEvent(el, 'blush-consult-success');
  await el.updateComplete;
  return el;
}

/** Every `blush-book` heard on the document, and whether the click that caused it still navigates. */
function listen(options: { cancel?: boolean } = {}) {
  const heard: BlushBookDetail[] = [];
  const navigates: boolean[] = [];
  const onBook = (event: HTMLElementEventMap['blush-book']) => {
    expect([event.bubbles, event.composed, event.cancelable]).to.deep.equal([true, true, true]);
    heard.push(event.detail);
    if (options.cancel) event.preventDefault();
  };
  // Last in the click's path: records whether navigation would happen, then stops it in this test page.
  const onClick = (event: Event) => {
    if (!(event.composedPath()[0] as Element).closest?.('a')) return;
    navigates.push(!event.defaultPrevented);
    event.preventDefault();
  };
  document.addEventListener('blush-book', onBook);
  window.addEventListener('click', onClick);
  return {
    heard,
    navigates,
    stop() {
      document.removeEventListener('blush-book', onBook);
      window.removeEventListener('click', onClick);
    },
  };
}

describe('booking hand-off', () => {
  afterEach(() => delete window.blushWidgetsConfig);

  it("fills {treatment} in the FAQ's booking link and says so with blush-book before going", async () => {
    const faq = await faqFixture(html`<blush-faq treatment="botox" booking-url="https://book.example/services?service={treatment}">
      <details><summary>Does it hurt?</summary><p>A little.</p></details></blush-faq>`);
    faq.question('Does it hurt?').click();
    const link = faq.panelOf(faq.question('Does it hurt?')).querySelector<HTMLAnchorElement>('[part="cta"]')!;
    expect(link.href).to.equal('https://book.example/services?service=botox');
    const events = listen();
    try {
      link.click();
    } finally {
      events.stop();
    }
    expect(events.heard).to.deep.equal([{ treatment: 'botox', url: 'https://book.example/services?service=botox', widget: 'blush-faq' }]);
    expect(events.navigates).to.deep.equal([true]);
  });

  it("takes the page's link for each treatment, '*' for the rest, and an element's own booking-url first", async () => {
    window.blushWidgetsConfig = { booking: { botox: 'https://book.example/botox', '*': 'https://book.example/all?s={treatment}' } };
    const botox = await faqFixture(html`<blush-faq cta treatment="botox"><details><summary>Q?</summary><p>A.</p></details></blush-faq>`);
    botox.question('Q?').click();
    expect(botox.panelOf(botox.question('Q?')).querySelector<HTMLAnchorElement>('[part="cta"]')!.href).to.equal(
      'https://book.example/botox',
    );
    const due = await fixture<BlushNextDue>(
      html`<blush-next-due treatment="filler-lips" last-date="2026-03-01" today="2026-04-20"></blush-next-due>`,
    );
    expect((nextDueHarness(due).book() as HTMLAnchorElement).href).to.equal('https://book.example/all?s=filler-lips');
    const own = await fixture<BlushNextDue>(html`<blush-next-due treatment="botox" last-date="2026-03-01" today="2026-04-20"
      booking-url="https://own.example/{treatment}"></blush-next-due>`);
    expect((nextDueHarness(own).book() as HTMLAnchorElement).href).to.equal('https://own.example/botox');
  });

  it('lets a site take over: a cancelled blush-book keeps the page where it is (an overlay opens instead)', async () => {
    const due = await fixture<BlushNextDue>(html`<blush-next-due treatment="botox" last-date="2026-03-01" today="2026-04-20"
      booking-url="https://book.example/{treatment}?date={date}"></blush-next-due>`);
    const events = listen({ cancel: true });
    try {
      (nextDueHarness(due).book() as HTMLAnchorElement).click();
    } finally {
      events.stop();
    }
    expect(events.heard).to.have.length(1);
    expect(events.heard[0].widget).to.equal('blush-next-due');
    expect(events.heard[0].treatment).to.equal('botox');
    expect(events.navigates).to.deep.equal([false]);
  });

  it("gives the gallery's enlarged case a Book link for its treatment", async () => {
    window.blushWidgetsConfig = { booking: { '*': 'https://book.example/?service={treatment}' } };
    const el = await fixture<BlushGallery>(html`<blush-gallery .cases=${makeCases(3)}></blush-gallery>`);
    await gallery.ready(el);
    gallery.caseButton(el, 'c1').click();
    await gallery.opened(el);
    const opened = el.shadowRoot!.querySelector<HTMLAnchorElement>('dialog [part="book"]')!;
    expect(opened.textContent).to.equal('Book a consultation');
    const treatment = new URL(opened.href).searchParams.get('service')!;
    expect(treatment).to.match(/^[a-z-]+$/);
    const events = listen();
    try {
      opened.click();
    } finally {
      events.stop();
    }
    expect(events.heard).to.deep.equal([{ treatment, url: opened.href, widget: 'blush-gallery' }]);
  });

  it('shows no book link in the gallery without a booking page, and refuses one that is not a web link', async () => {
    const el = await fixture<BlushGallery>(html`<blush-gallery booking-url="javascript:alert(1)" .cases=${makeCases(2)}></blush-gallery>`);
    await gallery.ready(el);
    gallery.caseButton(el, 'c1').click();
    await gallery.opened(el);
    expect(el.shadowRoot!.querySelector('dialog [part="book"]')).to.equal(null);
  });

  it("runs the README's Calendly recipe: the popup opens with the link, and the page stays", async () => {
    const opened: unknown[] = [];
    const page = window as unknown as { Calendly?: { initPopupWidget(options: unknown): void } };
    page.Calendly = { initPopupWidget: (options) => opened.push(options) };
    const recipe = await runRecipe('calendly-popup');
    const due = await fixture<BlushNextDue>(html`<blush-next-due treatment="botox" last-date="2026-03-01" today="2026-04-20"
      booking-url="https://calendly.com/your-clinic/{treatment}?month={month}"></blush-next-due>`);
    const link = nextDueHarness(due).book() as HTMLAnchorElement;
    expect(link.href).to.match(/^https:\/\/calendly\.com\/your-clinic\/botox\?month=2026-\d\d$/);
    const events = listen();
    try {
      link.click();
    } finally {
      events.stop();
      recipe.remove();
      delete page.Calendly;
    }
    expect(opened).to.deep.equal([{ url: link.href }]);
    expect(events.navigates).to.deep.equal([false]);
  });

  it("runs the README's Boulevard recipe: the overlay opens on the treatment's service, or the link opens as a page before Boulevard loads", async () => {
    const recipe = await runRecipe('boulevard-overlay');
    const page = window as unknown as { blvd?: { openBookingWidget(options: unknown): void } };
    const faq = await faqFixture(html`<blush-faq treatment="botox" booking-url="https://clinic.example/book">
      <details><summary>Does it hurt?</summary><p>A little.</p></details></blush-faq>`);
    faq.question('Does it hurt?').click();
    const link = faq.panelOf(faq.question('Does it hurt?')).querySelector<HTMLAnchorElement>('[part="cta"]')!;
    const opened: unknown[] = [];
    const events = listen();
    try {
      link.click();
      page.blvd = { openBookingWidget: (options) => opened.push(options) };
      link.click();
    } finally {
      events.stop();
      recipe.remove();
      delete page.blvd;
    }
    expect(events.navigates).to.deep.equal([true, false]);
    expect(opened).to.deep.equal([{ urlParams: { locationId: 'your-location-id', path: '/cart/menu/Botox', visitType: 'SELF_VISIT' } }]);
  });

  it("runs the README's GA4 cross-domain recipe: the page's tag decorates the book link it could not see, and the visitor goes there", async () => {
    // Stands in for Google's tag with cross-domain measurement for book.example: as a link to that
    // domain is pressed, it adds _gl. It only sees what a document listener sees.
    const decorate = (event: Event) => {
      const link = (event.target as Element).closest?.('a');
      if (link && link.hostname === 'book.example') link.href += `${link.search ? '&' : '?'}_gl=1*abc123`;
    };
    document.addEventListener('mousedown', decorate);
    const faq = await faqFixture(html`<blush-faq treatment="botox" booking-url="https://book.example/services?service={treatment}">
      <details><summary>Does it hurt?</summary><p>A little.</p></details></blush-faq>`);
    faq.question('Does it hurt?').click();
    const link = faq.panelOf(faq.question('Does it hurt?')).querySelector<HTMLAnchorElement>('[part="cta"]')!;
    const press = () => {
      link.dispatchEvent(new MouseEvent('mousedown', { bubbles: true, composed: true }));
      link.click();
    };
    // Where each press would take the visitor: the link that finally navigates, light DOM or ours.
    const went: string[] = [];
    const onClick = (event: Event) => {
      const target = (event.composedPath()[0] as Element).closest?.('a');
      if (!target || event.defaultPrevented) return;
      went.push(target.href);
      event.preventDefault();
    };
    window.addEventListener('click', onClick);
    try {
      press();
      expect(went, 'without the recipe the tag misses the link').to.deep.equal(['https://book.example/services?service=botox']);
      const recipe = await runRecipe('ga4-cross-domain');
      try {
        press();
      } finally {
        recipe.remove();
      }
    } finally {
      window.removeEventListener('click', onClick);
      document.removeEventListener('mousedown', decorate);
    }
    expect(went[1]).to.equal('https://book.example/services?service=botox&_gl=1*abc123');
    expect(link.href, 'our own link is left as it was').to.equal('https://book.example/services?service=botox');
    expect(document.body.querySelector(':scope > a[hidden]'), 'the stand-in link is gone').to.equal(null);
  });

  describe("the form's thank-you", () => {
    afterEach(() => delete window.blushWidgetsConfig);

    it('offers the booking page for the one treatment asked about, and announces its use', async () => {
      const el = await sentForm('booking-url="https://book.example.com/{treatment}"', ['botox']);
      const link = el.querySelector<HTMLAnchorElement>('.bcf-sent .bcf-book')!;
      expect(link.textContent).to.equal('Book a time online');
      expect(link.href).to.equal('https://book.example.com/botox');
      const events = listen({ cancel: true });
      try {
        link.click();
      } finally {
        events.stop();
      }
      expect(events.heard).to.deep.equal([{ treatment: 'botox', url: link.href, widget: 'blush-consult-form' }]);
      expect(events.navigates).to.deep.equal([false]);
    });

    it("takes the page's link for every treatment when the request named several", async () => {
      window.blushWidgetsConfig = {
        booking: { botox: 'https://book.example.com/botox', '*': 'https://book.example.com/all?s={treatment}' },
      };
      const el = await sentForm('', ['botox', 'filler-lips']);
      expect(el.querySelector<HTMLAnchorElement>('.bcf-book')!.href).to.equal('https://book.example.com/all?s=');
    });

    it('shows no book link without a booking page, and refuses one that is not a web link with one warning', async () => {
      const plain = await sentForm('', ['botox']);
      expect(plain.querySelector('.bcf-sent')).to.not.equal(null);
      expect(plain.querySelector('.bcf-book')).to.equal(null);
      const warnings = captureWarnings();
      try {
        const refused = await sentForm('booking-url="javascript:alert(1)"', ['botox']);
        expect(refused.querySelector('.bcf-book')).to.equal(null);
      } finally {
        warnings.restore();
      }
      expect(warnings.messages.filter((message) => message.includes('booking-url'))).to.have.length(1);
    });
  });
});
