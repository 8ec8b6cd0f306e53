import { expect } from '@open-wc/testing';
import { extendCatalog, getCatalog, getTreatment, resetCatalog, treatmentName, type TreatmentOverride } from '../../src/core/catalog.js';
import { TREATMENT_SOURCES } from '../../src/core/catalog.sources.js';
import { isIsoDate } from '../../src/core/dates.js';
import { commonWords } from '../../src/core/i18n/common.js';
import { SUPPORTED_LANGUAGES } from '../../src/core/i18n/locale.js';

describe('core/catalog', () => {
  afterEach(() => {
    delete window.blushWidgetsConfig;
    resetCatalog();
  });

  describe('built-in entries', () => {
    it('have kebab-case ids, names, whole-month ranges, sources and review dates', () => {
      const catalog = getCatalog();
      expect(catalog.length).to.be.greaterThan(10);
      expect(new Set(catalog.map((t) => t.id)).size).to.equal(catalog.length);
      for (const t of catalog) {
        expect(t.id, t.id).to.match(/^[a-z0-9]+(-[a-z0-9]+)*$/);
        expect(t.name.en, t.id).to.be.a('string').and.not.empty;
        const [shortest, longest] = t.durationMonths;
        expect(Number.isInteger(shortest) && Number.isInteger(longest), t.id).to.equal(true);
        expect(shortest, t.id).to.be.at.least(1).and.at.most(longest);
        expect(TREATMENT_SOURCES[t.id]?.source, t.id).to.have.length.greaterThan(10);
        expect(isIsoDate(TREATMENT_SOURCES[t.id].reviewed), t.id).to.equal(true);
        if (t.minInterval) {
          expect(t.minInterval.days ?? t.minInterval.months, t.id).to.be.greaterThan(0);
          expect(TREATMENT_SOURCES[t.id].intervalLabel, `${t.id} label wording`).to.have.length.greaterThan(10);
        }
      }
    });

    it('are named in every shipped language, brand names aside, and each table names only catalog ids', async () => {
      const ids = new Set(getCatalog().map((t) => t.id));
      for (const language of SUPPORTED_LANGUAGES.filter((tag) => tag !== 'en')) {
        await commonWords.load(language);
        const names = commonWords.get(language).treatments ?? {};
        for (const id of Object.keys(names)) expect(ids.has(id), `${language}: ${id} is not in the catalog`).to.equal(true);
        for (const t of getCatalog())
          if (!t.name.en.includes('®')) expect(names[t.id], `${language}: ${t.id}`).to.be.a('string').and.not.empty;
      }
    });

    it('give the typical ranges patients are told', () => {
      expect(getTreatment('botox')!.durationMonths).to.deep.equal([3, 4]);
      expect(getTreatment('botox')!.minInterval?.days).to.equal(90);
      for (const id of ['dysport', 'xeomin', 'jeuveau']) expect(getTreatment(id)!.durationMonths, id).to.deep.equal([3, 4]);
      expect(getTreatment('daxxify')!.durationMonths).to.deep.equal([6, 9]);
      expect(getTreatment('filler-lips')!.durationMonths).to.deep.equal([6, 12]);
    });

    it('finds treatments by id regardless of case and spaces, and names them per language', async () => {
      await commonWords.load('es');
      expect(getTreatment(' BOTOX ')!.id).to.equal('botox');
      expect(getTreatment('nope')).to.equal(undefined);
      expect(getTreatment('')).to.equal(undefined);
      expect(getTreatment(null)).to.equal(undefined);
      const lips = getTreatment('filler-lips')!;
      expect(treatmentName(lips, 'es')).to.equal('Relleno de labios');
      extendCatalog([{ id: 'prp-hair', name: { en: 'PRP for hair' }, durationMonths: [4, 6] }]);
      expect(treatmentName(getTreatment('prp-hair')!, 'es')).to.equal('PRP for hair');
    });
  });

  describe('clinic overrides', () => {
    it('overrides a duration with extendCatalog and keeps the rest of the entry', () => {
      expect(extendCatalog([{ id: 'botox', durationMonths: [3, 5] }])).to.deep.equal([]);
      const botox = getTreatment('botox')!;
      expect(botox.durationMonths).to.deep.equal([3, 5]);
      expect(botox.name.en).to.equal('Botox®');
      expect(botox.minInterval?.days).to.equal(90);
      extendCatalog([{ id: 'botox', name: { en: 'Botox® Cosmetic' } }]);
      expect(getTreatment('botox')!.durationMonths, 'earlier override kept').to.deep.equal([3, 5]);
      expect(getTreatment('botox')!.name).to.deep.equal({ en: 'Botox® Cosmetic' });
    });

    it('adds new treatments after the built-in ones', () => {
      extendCatalog([{ id: 'prp-hair', name: { en: 'PRP for hair', es: 'PRP capilar' }, durationMonths: [4, 6] }]);
      const catalog = getCatalog();
      expect(catalog[catalog.length - 1].id).to.equal('prp-hair');
      expect(catalog[catalog.length - 1].category).to.be.a('string');
    });

    it('rejects impossible entries and returns their ids', () => {
      const bad = [
        { id: 'botox', durationMonths: [5, 3] },
        { id: 'dysport', durationMonths: [0, 3] },
        { id: 'xeomin', durationMonths: [Number.NaN, 3] },
        { id: 'jeuveau', durationMonths: [3] },
        { id: 'daxxify', durationMonths: ['6', '9'] },
        { id: 'filler-lips', durationMonths: [6.5, 12] },
        { id: 'new-thing', name: { en: 42 }, durationMonths: [1, 2] },
        { id: 'no-range', name: { en: 'No range' } },
        null,
      ] as unknown as TreatmentOverride[];
      expect(extendCatalog(bad)).to.deep.equal([
        'botox',
        'dysport',
        'xeomin',
        'jeuveau',
        'daxxify',
        'filler-lips',
        'new-thing',
        'no-range',
        'undefined',
      ]);
      expect(getTreatment('botox')!.durationMonths).to.deep.equal([3, 4]);
      expect(getTreatment('filler-lips')!.durationMonths).to.deep.equal([6, 12]);
      expect(getTreatment('new-thing')).to.equal(undefined);
    });

    it('reads window.blushWidgetsConfig.treatments, skipping unusable entries', () => {
      window.blushWidgetsConfig = {
        treatments: [
          { id: 'botox', durationMonths: [4, 5] },
          { id: 'dysport', durationMonths: [6, 2] },
          { id: 'hydrafacial-plus', name: { en: 'HydraFacial Plus' }, durationMonths: [1, 1] },
          { id: 'broken', name: { en: 'Broken' }, durationMonths: [-1, 2] },
        ],
      };
      resetCatalog();
      expect(getTreatment('botox')!.durationMonths).to.deep.equal([4, 5]);
      expect(getTreatment('dysport')!.durationMonths).to.deep.equal([3, 4]);
      expect(getTreatment('hydrafacial-plus')!.name.en).to.equal('HydraFacial Plus');
      expect(getTreatment('broken')).to.equal(undefined);
    });

    it('lets extendCatalog win over the page config, and resetCatalog undo both', () => {
      window.blushWidgetsConfig = { treatments: [{ id: 'botox', durationMonths: [4, 5] }] };
      extendCatalog([{ id: 'botox', durationMonths: [3, 6] }]);
      expect(getTreatment('botox')!.durationMonths).to.deep.equal([3, 6]);
      delete window.blushWidgetsConfig;
      resetCatalog();
      expect(getTreatment('botox')!.durationMonths).to.deep.equal([3, 4]);
    });

    it('survives a malformed page config', () => {
      window.blushWidgetsConfig = { treatments: 'botox' as unknown as TreatmentOverride[] };
      resetCatalog();
      expect(getTreatment('botox')!.durationMonths).to.deep.equal([3, 4]);
      window.blushWidgetsConfig = { treatments: [null, 7, { id: 'botox', durationMonths: [4, 4] }] as unknown as TreatmentOverride[] };
      resetCatalog();
      expect(getTreatment('botox')!.durationMonths).to.deep.equal([4, 4]);
    });
  });
});
