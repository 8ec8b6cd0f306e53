import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { faqFixture, type faqHarness } from '../helpers/faq-harness.js';
import { eventually } from '../helpers/wait.js';
import { emulate } from '../helpers/media.js';

const items = html`<details><summary>What is Botox?</summary><p>A muscle relaxer.</p></details>
  <details><summary>Does it hurt?</summary><p>A brief pinch.</p></details>
  <details><summary>How long does it last?</summary><p>Three to four months.</p></details>`;

describe('<blush-faq>', () => {
  describe('open state', () => {
    it('keeps several answers open by default', async () => {
      const faq = await faqFixture(html`<blush-faq>${items}</blush-faq>`);
      faq.question('What is Botox?').click();
      faq.question('Does it hurt?').click();
      await faq.settled();
      expect(faq.openQuestions()).to.deep.equal(['What is Botox?', 'Does it hurt?']);
    });

    it('closes the open answer when another opens in single mode', async () => {
      const faq = await faqFixture(html`<blush-faq single>${items}</blush-faq>`);
      faq.question('What is Botox?').click();
      await faq.settled();
      faq.question('Does it hurt?').click();
      await faq.settled();
      expect(faq.openQuestions()).to.deep.equal(['Does it hurt?']);
      expect(faq.panelOf(faq.question('What is Botox?')).hasAttribute('hidden')).to.equal(true);
      expect(faq.toggleAll()).to.equal(null);
    });

    it('opens only the first of several items marked open in single mode', async () => {
      const faq = await faqFixture(html`<blush-faq single>
        <details open><summary>One?</summary>1</details><details open><summary>Two?</summary>2</details>
      </blush-faq>`);
      expect(faq.openQuestions()).to.deep.equal(['One?']);
    });

    it('expands and collapses every answer from the toolbar', async () => {
      const faq = await faqFixture(html`<blush-faq>${items}</blush-faq>`);
      expect(faq.toggleAll()!.textContent).to.equal('Expand all');
      faq.toggleAll()!.click();
      await faq.settled();
      expect(faq.openQuestions()).to.have.length(3);
      expect(faq.toggleAll()!.textContent).to.equal('Collapse all');
      faq.toggleAll()!.click();
      await faq.settled();
      expect(faq.openQuestions()).to.deep.equal([]);
    });

    it('animates opening', async () => {
      const faq = await faqFixture(html`<blush-faq>${items}</blush-faq>`);
      faq.question('Does it hurt?').click();
      await faq.el.updateComplete;
      expect(faq.panelOf(faq.question('Does it hurt?')).getAnimations()).to.have.length(1);
      await faq.settled();
    });

    it('does not animate under reduced motion, where the engine can emulate it', async function () {
      // An engine whose driver cannot emulate prefers-reduced-motion cannot show this: reported as skipped.
      if (!(await emulate({ reducedMotion: 'reduce' })) || !matchMedia('(prefers-reduced-motion: reduce)').matches) {
        await emulate({ reducedMotion: 'no-preference' });
        this.skip();
      }
      try {
        const faq = await faqFixture(html`<blush-faq>${items}</blush-faq>`);
        faq.question('What is Botox?').click();
        await faq.el.updateComplete;
        expect(faq.panelOf(faq.question('What is Botox?')).getAnimations()).to.have.length(0);
        expect(faq.panelOf(faq.question('What is Botox?')).hidden).to.equal(false);
      } finally {
        await emulate({ reducedMotion: 'no-preference' });
      }
    });

    it('lets the browser find text in closed answers', async () => {
      const faq = await faqFixture(html`<blush-faq>${items}</blush-faq>`);
      const panel = faq.panelOf(faq.question('Does it hurt?'));
      expect(panel.getAttribute('hidden')).to.equal('until-found');
      // What the engine does when find-in-page matches text in a hidden="until-found" element.
      panel.dispatchEvent(new Event('beforematch'));
      panel.removeAttribute('hidden');
      await faq.settled();
      expect(faq.openQuestions()).to.deep.equal(['Does it hurt?']);
      expect(panel.hasAttribute('hidden')).to.equal(false);
    });
  });

  describe('deep links', () => {
    // Two screens of page above the FAQ, so only scrolling brings a linked question into view.
    let spacer: HTMLElement | undefined;
    const pushFaqBelowTheFold = () => {
      spacer = document.body.insertBefore(document.createElement('div'), document.body.firstChild);
      spacer.style.blockSize = `${innerHeight * 2}px`;
    };
    const isInView = (element: Element) => {
      const { top } = element.getBoundingClientRect();
      return top >= -1 && top < innerHeight;
    };
    afterEach(() => {
      history.replaceState(null, '', location.pathname + location.search);
      spacer?.remove();
      spacer = undefined;
      scrollTo(0, 0);
    });

    it('opens, focuses and scrolls to the item named by the hash when the page loads', async () => {
      pushFaqBelowTheFold();
      history.replaceState(null, '', '#does-it-hurt');
      const faq = await faqFixture(html`<blush-faq>${items}</blush-faq>`);
      await eventually(() => faq.openQuestions().length === 1);
      expect(faq.openQuestions()).to.deep.equal(['Does it hurt?']);
      expect(faq.focused()).to.equal(faq.question('Does it hurt?'));
      await eventually(() => isInView(faq.question('Does it hurt?')), 'the linked question was not scrolled into view');
    });

    it('opens and scrolls to the item when the hash changes later, even if the search hid it', async () => {
      pushFaqBelowTheFold();
      const faq = await faqFixture(html`<blush-faq searchable>${items}</blush-faq>`);
      faq.search()!.value = 'months';
      faq.search()!.dispatchEvent(new Event('input'));
      await faq.el.updateComplete;
      expect(faq.questionTexts()).to.deep.equal(['How long does it last?']);
      expect(isInView(faq.el)).to.equal(false);
      location.hash = 'what-is-botox';
      await eventually(() => faq.openQuestions().includes('What is Botox?'), 'hashchange did not open the item');
      expect(faq.questionTexts()).to.have.length(3);
      expect(faq.focused()).to.equal(faq.question('What is Botox?'));
      await eventually(() => isInView(faq.question('What is Botox?')), 'the linked question was not scrolled into view');
    });

    it('gives a question asked twice in one FAQ its own id, answer and link', async () => {
      const faq = await faqFixture(html`<blush-faq>
        <details><summary>Is it safe?</summary><p>Botox: yes, in trained hands.</p></details>
        <details><summary>Is it safe?</summary><p>Fillers: yes, and they can be dissolved.</p></details>
      </blush-faq>`);
      expect(faq.ids()).to.deep.equal(['is-it-safe', 'is-it-safe-2']);
      const [first, second] = faq.questions();
      const ids = [...faq.root.querySelectorAll('[id]')].map((element) => element.id);
      expect(new Set(ids).size).to.equal(ids.length);
      expect(faq.panelOf(first)).to.not.equal(faq.panelOf(second));
      expect(faq.panelOf(second).getAttribute('aria-labelledby')).to.equal(second.id);

      first.click();
      await faq.settled();
      expect(faq.questions().map((question) => question.getAttribute('aria-expanded'))).to.deep.equal(['true', 'false']);
      expect(faq.panelOf(second).hasAttribute('hidden')).to.equal(true);

      location.hash = 'is-it-safe-2';
      await eventually(() => second.getAttribute('aria-expanded') === 'true', 'the second item’s link did not open it');
      expect(faq.focused()).to.equal(second);
      expect(faq.panelOf(second).textContent).to.contain('Fillers');

      // Suffixes are handed out in order on every read, so links and open answers survive edits.
      faq.el.insertAdjacentHTML('beforeend', '<details><summary>Is it safe?</summary><p>Peels: yes.</p></details>');
      await eventually(() => faq.questions().length === 3, 'the added <details> never rendered');
      expect(faq.ids()).to.deep.equal(['is-it-safe', 'is-it-safe-2', 'is-it-safe-3']);
      expect(faq.questions().map((question) => question.getAttribute('aria-expanded'))).to.deep.equal(['true', 'true', 'false']);
    });

    it('copies a link to the item, or puts it in the address bar when the clipboard is unavailable', async () => {
      const faq = await faqFixture(html`<blush-faq>${items}</blush-faq>`);
      faq.question('How long does it last?').click();
      await faq.settled();
      const copy = faq.panelOf(faq.question('How long does it last?')).querySelector<HTMLButtonElement>('[part="copy-link"]')!;
      expect(copy.getAttribute('aria-label')).to.equal('Copy link to “How long does it last?”');
      copy.click();
      await eventually(() => faq.status() !== '');
      if (faq.status() === 'Link copied') expect(copy.textContent).to.contain('Link copied');
      else {
        expect(faq.status()).to.equal('The link is in the address bar');
        expect(location.hash).to.equal('#how-long-does-it-last');
        expect(copy.textContent, 'no claim of a copy that did not happen').to.contain('Copy link');
      }
    });

    it('where the browser refuses the clipboard, puts the link in the address bar and never says "Link copied"', async () => {
      Object.defineProperty(navigator, 'clipboard', {
        configurable: true,
        get: () => ({ writeText: () => Promise.reject(new DOMException('Denied', 'NotAllowedError')) }),
      });
      try {
        const faq = await faqFixture(html`<blush-faq>${items}</blush-faq>`);
        faq.question('What is Botox?').click();
        await faq.settled();
        const copy = faq.panelOf(faq.question('What is Botox?')).querySelector<HTMLButtonElement>('[part="copy-link"]')!;
        copy.click();
        await eventually(() => faq.status() === 'The link is in the address bar', 'the refusal was not announced');
        await faq.el.updateComplete;
        expect(location.hash).to.equal('#what-is-botox');
        expect(copy.textContent).to.contain('Copy link').and.not.contain('Link copied');
      } finally {
        delete (navigator as unknown as Record<string, unknown>).clipboard;
      }
    });
  });

  describe('print', () => {
    /** Print styles in force: print emulation where the engine offers it, else the element's own @media print rules applied to screen. */
    async function printing(faq: ReturnType<typeof faqHarness>): Promise<() => Promise<unknown>> {
      if ((await emulate({ media: 'print' })) && matchMedia('print').matches) return () => emulate({ media: 'screen' });
      const sheets = faq.root.adoptedStyleSheets;
      const printRules = sheets
        .flatMap((sheet) => [...sheet.cssRules])
        .filter((rule): rule is CSSMediaRule => rule instanceof CSSMediaRule && rule.conditionText === 'print');
      expect(printRules).to.have.length.greaterThan(0);
      const screen = new CSSStyleSheet();
      for (const rule of printRules) for (const inner of rule.cssRules) screen.insertRule(inner.cssText, screen.cssRules.length);
      faq.root.adoptedStyleSheets = [...sheets, screen];
      return async () => (faq.root.adoptedStyleSheets = sheets);
    }

    const isShown = (element: HTMLElement) => getComputedStyle(element).display !== 'none' && element.offsetHeight > 0;
    const panels = (faq: ReturnType<typeof faqHarness>) => [...faq.root.querySelectorAll<HTMLElement>('[part="answer"]')];

    for (const [query, shownOnScreen] of [
      ['months', 1],
      ['laser', 0],
    ] as const) {
      it(`prints every question and answer expanded, without the controls, while a search for "${query}" shows ${shownOnScreen}`, async () => {
        const faq = await faqFixture(html`<blush-faq searchable>${items}</blush-faq>`);
        expect(panels(faq).some(isShown)).to.equal(false);
        faq.search()!.focus();
        await sendKeys({ type: query });
        await faq.el.updateComplete;
        expect(faq.questions()).to.have.length(shownOnScreen);
        expect(!!faq.empty()).to.equal(shownOnScreen === 0);
        const restore = await printing(faq);
        try {
          const questions = [...faq.root.querySelectorAll<HTMLElement>('[part="question"]')];
          expect(questions.map(isShown)).to.deep.equal([true, true, true]);
          expect(panels(faq).map((panel) => getComputedStyle(panel).display)).to.deep.equal(['block', 'block', 'block']);
          expect(panels(faq).map(isShown)).to.deep.equal([true, true, true]);
          expect(getComputedStyle(faq.root.querySelector('.search')!).display).to.equal('none');
          if (faq.empty()) expect(getComputedStyle(faq.empty()!).display).to.equal('none');
        } finally {
          await restore();
        }
      });
    }
  });

  describe('call to action', () => {
    it('links each answer to the booking page and reports the click with ids only', async () => {
      const faq = await faqFixture(html`<blush-faq booking-url="https://clinic.example/book" treatment="botox">${items}</blush-faq>`);
      const cta = faq.panelOf(faq.question('Does it hurt?')).querySelector<HTMLAnchorElement>('[part="cta"]')!;
      expect(cta.href).to.equal('https://clinic.example/book');
      expect(cta.textContent).to.equal('Book a consultation');
      const details: unknown[] = [];
      const keepPage = (event: Event) => event.preventDefault();
      faq.el.addEventListener('blush-faq-cta', (event) => details.push(event.detail));
      window.addEventListener('click', keepPage);
      cta.click();
      window.removeEventListener('click', keepPage);
      expect(details).to.deep.equal([{ id: 'does-it-hurt', treatment: 'botox', target: 'booking-url' }]);
    });

    it('hands over to the page’s consultation form when there is no booking URL', async () => {
      // A plain <div> fixture would wait for an animation frame, which a background test tab may never get.
      const form = document.body.appendChild(document.createElement('blush-consult-form'));
      const faq = await faqFixture(html`<blush-faq cta pack="botox"></blush-faq>`);
      const el = faq.el;
      const cta = el.shadowRoot!.querySelector<HTMLButtonElement>('button[part="cta"]')!;
      const events: unknown[] = [];
      el.addEventListener('blush-faq-cta', (event) => events.push(event.detail));
      cta.click();
      form.remove();
      expect(events).to.deep.equal([{ id: 'what-is-botox', treatment: 'botox', target: 'consult-form' }]);
    });

    it('shows no call to action without a booking URL or a consultation form', async () => {
      const faq = await faqFixture(html`<blush-faq cta>${items}</blush-faq>`);
      expect(faq.root.querySelector('[part="cta"]')).to.equal(null);
    });

    it('pushes toggles to the dataLayer only when analytics is on', async () => {
      window.dataLayer = [];
      const off = await faqFixture(html`<blush-faq>${items}</blush-faq>`);
      off.question('Does it hurt?').click();
      expect(window.dataLayer).to.deep.equal([]);
      const on = await faqFixture(html`<blush-faq analytics>${items}</blush-faq>`);
      on.question('Does it hurt?').click();
      expect(window.dataLayer).to.deep.equal([{ event: 'blush_faq_toggle', open: true }]);
      delete window.dataLayer;
    });
  });
});
