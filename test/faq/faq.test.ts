import { expect, html } from '@open-wc/testing';
import { faqFixture } from '../helpers/faq-harness.js';
import { captureWarnings } from '../helpers/warnings.js';
import { eventually } from '../helpers/wait.js';

describe('<blush-faq>', () => {
  describe('content sources', () => {
    it('turns <details> children into questions with rich answers', async () => {
      const faq = await faqFixture(html`<blush-faq>
        <details>
          <summary>What is Botox?</summary>
          <p>A purified protein that <em>relaxes</em> the muscles behind expression lines.</p>
          <ul><li>Frown lines</li><li>Crow’s feet</li></ul>
          <p>Read <a href="https://example.com/botox">our guide</a> or <a href="javascript:alert(1)">this</a>.</p>
        </details>
        <details open><summary>Does it hurt?</summary>Most people feel a brief pinch.</details>
      </blush-faq>`);
      expect(faq.questionTexts()).to.deep.equal(['What is Botox?', 'Does it hurt?']);
      const panel = faq.panelOf(faq.question('What is Botox?'));
      expect(panel.querySelector('em')?.textContent).to.equal('relaxes');
      expect([...panel.querySelectorAll('li')].map((li) => li.textContent)).to.deep.equal(['Frown lines', 'Crow’s feet']);
      const links = [...panel.querySelectorAll('.answer a')];
      expect(links.map((a) => a.getAttribute('href'))).to.deep.equal(['https://example.com/botox']);
      expect(faq.answerText('What is Botox?')).to.contain('or this.');
      expect(faq.openQuestions()).to.deep.equal(['Does it hurt?']);
    });

    it('reads items that a WordPress editor wrapped in stray <p> and <br> tags, with curly quotes', async () => {
      const faq = await faqFixture(html`<blush-faq pack=”” heading-level=”2”>
        <p></p>
        <div><details><summary><br />What’s the downtime?</summary><br /><p>None.<br /></p><p></p><p>Back to work the same day.</p></details></div>
        <p><br /></p>
        <details id="cost"><summary>How much does it cost?</summary><p>From $12 per unit.</p></details>
        <p></p>
      </blush-faq>`);
      expect(faq.questionTexts()).to.deep.equal(['What’s the downtime?', 'How much does it cost?']);
      expect(faq.ids()).to.deep.equal(['whats-the-downtime', 'cost']);
      const paragraphs = [...faq.panelOf(faq.questions()[0]).querySelectorAll('.answer > p')].map((p) => p.textContent);
      expect(paragraphs).to.deep.equal(['None.', 'Back to work the same day.']);
      expect(faq.root.querySelector('h2 [part="question"]')).to.exist;
    });

    it('reads questions from an inline JSON script, rendering the markup subset as elements, not HTML', async () => {
      const faq = await faqFixture(html`<blush-faq>
        <script type="application/json">
          [
            { "question": "Is it safe?", "answer": "Given by a **licensed** clinician, yes.\\n\\n- bruising\\n- headache\\n\\nSee [the label](https://example.com/label) or [this](javascript:alert(1))." },
            { "question": "Can I <b>wear</b> makeup?", "answer": "<img src=x onerror=alert(1)> After 24 hours.", "open": true }
          ]
        </script>
      </blush-faq>`);
      expect(faq.questionTexts()).to.deep.equal(['Is it safe?', 'Can I <b>wear</b> makeup?']);
      const safe = faq.panelOf(faq.question('Is it safe?'));
      expect(safe.querySelector('strong')?.textContent).to.equal('licensed');
      expect([...safe.querySelectorAll('li')].map((li) => li.textContent)).to.deep.equal(['bruising', 'headache']);
      expect([...safe.querySelectorAll('.answer a')].map((a) => a.getAttribute('href'))).to.deep.equal(['https://example.com/label']);
      expect(faq.root.querySelector('img, b')).to.equal(null);
      expect(faq.answerText('makeup')).to.contain('<img src=x onerror=alert(1)> After 24 hours.');
      expect(faq.openQuestions()).to.deep.equal(['Can I <b>wear</b> makeup?']);
    });

    it('fetches questions from a src URL', async () => {
      const faq = await faqFixture(html`<blush-faq src="/__faq/clinic.json"></blush-faq>`);
      expect(faq.questionTexts()).to.deep.equal(['Does a consultation cost anything?', 'Where do I park?']);
      expect(faq.ids()).to.deep.equal(['does-a-consultation-cost-anything', 'parking']);
    });

    it('renders the built-in Botox pack with sources and review dates as data', async () => {
      const faq = await faqFixture(html`<blush-faq pack="botox"></blush-faq>`);
      const questions = faq.questionTexts();
      expect(questions.length).to.be.within(6, 10);
      expect(questions[0]).to.equal('What is Botox and how does it work?');
      expect(faq.answerText('How long do the results last?')).to.contain('3 to 4 months');
      expect(faq.answerText('When will I see results?')).to.match(/3 to 7 days/);
      expect(faq.root.querySelector('[part="source"]')).to.equal(null);
      faq.el.showSources = true;
      // The sources code is a chunk of its own, fetched when show-sources is first set.
      await eventually(() => faq.root.querySelector('[part="source"]'), 'no source line appeared');
      const source = faq.root.querySelector('[part="source"]')?.textContent ?? '';
      expect(source).to.contain('prescribing information');
      expect(source).to.contain('November 25, 2026');
    });

    it('lets the clinic reword a pack answer and add its own questions by id', async () => {
      const faq = await faqFixture(html`<blush-faq pack="botox">
        <details id="how-long-does-botox-last"><summary>How long will my results last?</summary><p>At our clinic, most patients return every 14 weeks.</p></details>
        <details><summary>Do you offer payment plans?</summary><p>Yes, with Cherry.</p></details>
      </blush-faq>`);
      const questions = faq.questionTexts();
      expect(questions).to.include('How long will my results last?');
      expect(questions).not.to.include('How long do the results last?');
      expect(questions.at(-1)).to.equal('Do you offer payment plans?');
      expect(questions.indexOf('How long will my results last?')).to.be.lessThan(questions.length - 1);
    });

    it('takes questions from the items property and re-renders when it changes', async () => {
      const faq = await faqFixture(html`<blush-faq .items=${[{ question: 'Do you treat men?', answer: 'Yes.' }]}></blush-faq>`);
      expect(faq.questionTexts()).to.deep.equal(['Do you treat men?']);
      faq.el.items = [{ question: 'Is there parking?', answer: 'Yes.' }];
      await eventually(() => faq.questionTexts()[0] !== 'Do you treat men?', 'the new items never rendered');
      expect(faq.questionTexts()).to.deep.equal(['Is there parking?']);
    });

    it('brings search and booking buttons when they are turned on later, without fetching src again', async () => {
      const original = window.fetch;
      const fetched: string[] = [];
      window.fetch = (...args: Parameters<typeof fetch>) => (fetched.push(String(args[0])), original(...args));
      try {
        const faq = await faqFixture(html`<blush-faq src="/__faq/clinic.json"></blush-faq>`);
        expect(fetched.filter((url) => url.includes('clinic.json'))).to.have.length(1);
        expect(faq.root.querySelector('input')).to.equal(null);
        faq.el.searchable = true;
        await eventually(() => faq.root.querySelector('input'), 'no search box appeared');
        faq.el.bookingUrl = '/book';
        await eventually(() => faq.root.querySelector('[part="cta"]'), 'no booking button appeared');
        faq.el.bookingUrl = '/book-again';
        await eventually(
          () => faq.root.querySelector('[part="cta"]')?.getAttribute('href')?.endsWith('/book-again'),
          'the booking link did not follow',
        );
        expect(faq.questionTexts()).to.deep.equal(['Does a consultation cost anything?', 'Where do I park?']);
        expect(fetched.filter((url) => url.includes('clinic.json'))).to.have.length(1);
        // A second FAQ turning search on, once the code is on the page, gets its styles too.
        const second = await faqFixture(html`<blush-faq><details><summary>One?</summary>1</details></blush-faq>`);
        const sheets = second.root.adoptedStyleSheets.length;
        second.el.searchable = true;
        await eventually(() => second.root.querySelector('input'), 'no search box appeared on the second FAQ');
        await eventually(() => second.root.adoptedStyleSheets.length > sheets, 'the search styles never reached the second FAQ');
        const style = (faq: typeof second) => getComputedStyle(faq.root.querySelector('input')!).borderRadius;
        expect(style(second)).to.equal(style(faq));
      } finally {
        window.fetch = original;
      }
    });

    it('draws its questions in a task after the one that upgraded it and read them (no one long start-up task)', async () => {
      const el = document.createElement('blush-faq');
      el.innerHTML = '<details><summary>One?</summary>1</details>';
      document.body.append(el);
      try {
        // Reading the page's own <details> needs no fetch: before, the questions were drawn within these microtasks.
        for (let turn = 0; turn < 50; turn++) await Promise.resolve();
        expect(Boolean(el.shadowRoot?.querySelector('.list')), 'drawn in the upgrading task').to.equal(false);
        await eventually(() => el.shadowRoot?.querySelector('.list'), 'the questions were never drawn');
      } finally {
        el.remove();
      }
    });

    it('follows edits to its <details> children', async () => {
      const faq = await faqFixture(html`<blush-faq><details><summary>One?</summary>1</details></blush-faq>`);
      faq.el.insertAdjacentHTML('beforeend', '<details><summary>Two?</summary>2</details>');
      await eventually(() => faq.questionTexts().length === 2, 'the added <details> never rendered');
      expect(faq.questionTexts()).to.deep.equal(['One?', 'Two?']);
    });

    it('gives the same question on two FAQs different ids', async () => {
      const first = await faqFixture(html`<blush-faq><details><summary>What is Botox?</summary>A.</details></blush-faq>`);
      const second = await faqFixture(html`<blush-faq><details><summary>What is Botox?</summary>B.</details></blush-faq>`);
      expect(first.ids()).to.deep.equal(['what-is-botox']);
      expect(second.ids()).to.deep.equal(['what-is-botox-2']);
    });
  });

  describe('bad input', () => {
    let warnings: ReturnType<typeof captureWarnings>;
    beforeEach(() => (warnings = captureWarnings()));
    afterEach(() => warnings.restore());

    it('shows a message and warns once when the inline JSON is malformed', async () => {
      const faq = await faqFixture(html`<blush-faq><script type="application/json">[{ "question": "Oops" ]</script></blush-faq>`);
      expect(faq.error()?.textContent).to.contain('could not be loaded');
      expect(warnings.messages).to.have.length(1);
      expect(warnings.messages[0]).to.match(/^\[blush-faq\] the inline <script type="application\/json"> is not valid JSON/);
    });

    it('falls back to its <details> children when the src JSON is malformed, with one warning', async () => {
      const faq = await faqFixture(html`<blush-faq src="/__faq/broken.json"><details><summary>Kept?</summary>Yes.</details></blush-faq>`);
      expect(faq.questionTexts()).to.deep.equal(['Kept?']);
      expect(warnings.messages).to.have.length(1);
      expect(warnings.messages[0]).to.match(/^\[blush-faq\] src="\/__faq\/broken.json" is not valid JSON/);
    });

    it('shows a message when src cannot be loaded', async () => {
      const faq = await faqFixture(html`<blush-faq src="/__faq/missing.json"></blush-faq>`);
      expect(faq.error()).to.exist;
      expect(warnings.messages).to.deep.equal(['[blush-faq] src="/__faq/missing.json" could not be loaded (HTTP 404); check the URL']);
    });

    it('names the known packs when the pack is unknown', async () => {
      const faq = await faqFixture(html`<blush-faq pack="botx"></blush-faq>`);
      expect(faq.error()?.textContent).to.contain('could not be loaded');
      expect(warnings.messages).to.have.length(1);
      expect(warnings.messages[0]).to.equal('[blush-faq] pack="botx" is unknown; use one of: botox, or write your own <details> items');
    });

    it('says what to add when it has no content at all', async () => {
      const faq = await faqFixture(html`<blush-faq></blush-faq>`);
      expect(faq.error()?.textContent).to.contain('No questions have been added yet.');
      expect(warnings.messages).to.have.length(1);
      expect(warnings.messages[0]).to.match(/^\[blush-faq\] has no questions; add <details>/);
    });

    it('reads JSON whose quotes an editor made typographic, and says so once', async () => {
      const faq = await faqFixture(
        html`<blush-faq><script type="application/json">[{“question”: “Is it quick?”, “answer”: “Yes.”}]</script></blush-faq>`,
      );
      expect(faq.questionTexts()).to.deep.equal(['Is it quick?']);
      expect(warnings.messages).to.have.length(1);
      expect(warnings.messages[0]).to.contain('typographic quotes');
    });

    it('skips JSON entries without a question and says how many', async () => {
      const faq = await faqFixture(
        html`<blush-faq><script type="application/json">{ "items": [{ "question": "Fine?", "answer": "Yes." }, { "answer": "orphan" }] }</script></blush-faq>`,
      );
      expect(faq.questionTexts()).to.deep.equal(['Fine?']);
      expect(warnings.messages).to.deep.equal([
        '[blush-faq] 1 JSON entry has no "question" and "answer" text and was left out; give an array of { "question": "…", "answer": "…" } or { "items": [...] }',
      ]);
    });

    it('uses heading level 3 and warns when heading-level is out of range', async () => {
      const faq = await faqFixture(html`<blush-faq heading-level="9"><details><summary>Q?</summary>A.</details></blush-faq>`);
      expect(faq.root.querySelector('h3 [part="question"]')).to.exist;
      expect(warnings.messages).to.have.length(1);
      expect(warnings.messages[0]).to.contain('heading-level="9"');
    });
  });
});
