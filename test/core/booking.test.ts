// Booking hand-off (src/core/booking.ts), the same in every widget: the element's `booking-url`
// with `{treatment}`, else the page's link for the treatment, else the page's `*` link; every book
// link dispatches a cancelable `blush-book` with `{ treatment, url, widget }`, and cancelling it
// keeps the page where it is, so a site can open its booking overlay instead.
import { expect, fixture, html } from '@open-wc/testing';
import type { BlushBookDetail } from '../../src/core/booking.js';
import '../../src/faq/index.js';
import '../../src/gallery/index.js';
import '../../src/next-due/index.js';
import type { BlushGallery } from '../../src/gallery/gallery.js';
import type { BlushNextDue } from '../../src/next-due/next-due.js';
import { faqFixture } from '../helpers/faq-harness.js';
import { harness as gallery, makeCases } from '../helpers/gallery-harness.js';
import { nextDueHarness } from '../helpers/next-due-harness.js';

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
    const readme = await (await fetch('/README.md')).text();
    const recipe = /```js\n\/\/ recipe: calendly-popup\n([\s\S]*?)```/.exec(readme)![1];
    const opened: unknown[] = [];
    const page = window as unknown as { Calendly?: { initPopupWidget(options: unknown): void } };
    page.Calendly = { initPopupWidget: (options) => opened.push(options) };
    // The recipe adds a document listener; it is taken off again below by wrapping addEventListener.
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
    const due = await fixture<BlushNextDue>(html`<blush-next-due treatment="botox" last-date="2026-03-01" today="2026-04-20"
      booking-url="https://calendly.com/your-clinic/{treatment}?month={month}"></blush-next-due>`);
    const link = nextDueHarness(due).book() as HTMLAnchorElement;
    expect(link.href).to.match(/^https:\/\/calendly\.com\/your-clinic\/botox\?month=2026-\d\d$/);
    const events = listen();
    try {
      link.click();
    } finally {
      events.stop();
      for (const [type, listener] of added) document.removeEventListener(type, listener);
      delete page.Calendly;
    }
    expect(opened).to.deep.equal([{ url: link.href }]);
    expect(events.navigates).to.deep.equal([false]);
  });
});
