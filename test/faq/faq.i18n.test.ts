import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { faqFixture } from '../helpers/faq-harness.js';
import { captureWarnings } from '../helpers/warnings.js';
import { registerFaqPack } from '../../src/faq/index.js';
import { loadFaqPack } from '../../src/faq/faq.pack-reader.js';
import type { FaqItemInput } from '../../src/faq/faq.model.js';
import { eventually } from '../helpers/wait.js';

describe('<blush-faq>', () => {
  describe('localization', () => {
    it('renders the Botox pack in Spanish, with the same link ids as in English', async () => {
      const english = await faqFixture(html`<blush-faq pack="botox"></blush-faq>`);
      const spanish = await faqFixture(html`<blush-faq pack="botox" lang="es" searchable></blush-faq>`);
      expect(spanish.questionTexts()[0]).to.equal('¿Qué es el Botox y cómo actúa?');
      expect(spanish.answerText('¿Cuánto duran los resultados?')).to.contain('de 3 a 4 meses');
      expect(spanish.questionTexts()).to.have.length(english.questionTexts().length);
      expect(spanish.ids().map((id) => id.replace(/-2$/, ''))).to.deep.equal(english.ids());
      expect(spanish.search()!.placeholder).to.contain('Buscar');
      expect(spanish.toggleAll()!.textContent).to.equal('Abrir todas');
    });

    it('speaks Spanish in the search results and the empty state', async () => {
      const faq = await faqFixture(html`<blush-faq pack="botox" lang="es-MX" searchable></blush-faq>`);
      faq.search()!.focus();
      await sendKeys({ type: 'meses' });
      await faq.el.updateComplete;
      expect(faq.status()).to.match(/^\d+ preguntas? coincid/);
      await sendKeys({ type: 'xyz' });
      await faq.el.updateComplete;
      expect(faq.empty()!.textContent).to.contain('Ninguna pregunta coincide con «mesesxyz».');
    });

    it('switches language when the page’s lang changes', async () => {
      const faq = await faqFixture(html`<blush-faq pack="botox"></blush-faq>`);
      const first = faq.ids()[0];
      document.documentElement.lang = 'es';
      try {
        await eventually(() => faq.questionTexts()[0]?.startsWith('¿'), 'the FAQ stayed in English');
        expect(faq.questionTexts()[0]).to.equal('¿Qué es el Botox y cómo actúa?');
        expect(faq.ids()[0]).to.equal(first);
      } finally {
        document.documentElement.lang = 'en';
      }
    });

    it('uses a registered pack, falling back to English where it has no Spanish', async () => {
      registerFaqPack('lip-filler', {
        treatment: 'filler-lips',
        en: [{ id: 'how-long', question: 'How long does lip filler last?', answer: 'About *six to twelve* months.' }],
      });
      const faq = await faqFixture(html`<blush-faq pack="lip-filler" lang="es"></blush-faq>`);
      expect(faq.questionTexts()).to.deep.equal(['How long does lip filler last?']);
      expect(faq.ids()).to.deep.equal(['how-long']);
      expect(faq.panelOf(faq.questions()[0]).querySelector('em')?.textContent).to.equal('six to twelve');
    });

    it('renders the Botox pack in French and in Persian, each question wholly in its language', async () => {
      const english = await faqFixture(html`<blush-faq pack="botox"></blush-faq>`);
      const french = await faqFixture(html`<blush-faq pack="botox" lang="fr"></blush-faq>`);
      // The harness reads text with its spaces made ordinary (the narrow no-break space before ? too).
      expect(french.questionTexts()[0]).to.equal('Qu’est-ce que le Botox et comment agit-il ?');
      expect(french.answerText('Combien de temps durent les résultats ?')).to.contain('3 à 4 mois');
      expect(french.ids().map((id) => id.replace(/-\d$/, ''))).to.deep.equal(english.ids());
      const persian = await faqFixture(html`<blush-faq pack="botox" lang="fa"></blush-faq>`);
      expect(persian.questionTexts()).to.have.length(8);
      expect(persian.questionTexts()[0]).to.equal('بوتاکس چیست و چگونه اثر می‌کند؟');
      for (const question of persian.questionTexts()) expect(question, 'a Persian question with Latin letters').not.to.match(/[A-Za-z]/);
      for (const question of persian.questions()) {
        const answer = persian.answerText(question.textContent!.trim());
        expect(
          answer.replace(/BOTOX and BOTOX Cosmetic \(onabotulinumtoxinA\) US prescribing information/, ''),
          'a Persian answer with Latin letters',
        ).not.to.match(/[A-Za-z]/);
      }
      expect(persian.answerText('نتیجه چقدر ماندگار است؟')).to.contain('۳ تا ۴ ماه');
      expect(persian.ids().map((id) => id.replace(/-\d$/, ''))).to.deep.equal(english.ids());
    });

    it('each translated answer of the Botox pack cites the source and review date of the English one', async () => {
      const english = (await loadFaqPack('botox'))!.en;
      for (const language of ['es', 'fr', 'fa']) {
        const items = (await loadFaqPack('botox', language))![language] as FaqItemInput[];
        expect(
          items.map((item) => item.id),
          language,
        ).to.deep.equal(english.map((item) => item.id));
        expect(
          items.map((item) => [item.source, item.reviewed]),
          language,
        ).to.deep.equal(english.map((item) => [item.source, item.reviewed]));
        expect(
          items.every((item) => item.source && item.reviewed),
          language,
        ).to.equal(true);
      }
    });

    it('a pack without some questions in the page’s language shows those whole in English, and says so once', async () => {
      registerFaqPack('peel', {
        en: [
          { id: 'what', question: 'What is a peel?', answer: 'A solution that lifts dead skin.' },
          { id: 'downtime', question: 'Is there downtime?', answer: 'A few days of flaking.' },
        ],
        fr: [{ id: 'what', question: 'Qu’est-ce qu’un peeling\u202f?', answer: 'Une solution qui retire les cellules mortes.' }],
      });
      const warnings = captureWarnings();
      try {
        const faq = await faqFixture(html`<blush-faq pack="peel" lang="fr"></blush-faq>`);
        expect(faq.questionTexts()).to.deep.equal(['Qu’est-ce qu’un peeling ?', 'Is there downtime?']);
        expect(faq.answerText('Is there downtime?')).to.contain('A few days of flaking.');
        expect(warnings.messages).to.deep.equal(['[blush-faq] pack="peel" has no "fr" words for 1 of its 2 questions, shown in English']);
      } finally {
        warnings.restore();
      }
    });

    it('shows the Spanish error message when content is missing', async () => {
      const warnings = captureWarnings();
      try {
        const faq = await faqFixture(html`<blush-faq lang="es" pack="rellenos"></blush-faq>`);
        expect(faq.error()!.textContent).to.equal(
          'No se pudieron cargar estas preguntas. Actualice la página o comuníquese con la clínica.',
        );
        expect(warnings.messages).to.have.length(1);
      } finally {
        warnings.restore();
      }
    });
  });
});
