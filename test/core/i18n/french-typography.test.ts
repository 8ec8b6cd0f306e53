// French puts a no-break space before : ; ? and ! (a narrow one before ; ? !), so the sign never
// starts a line on its own. Every French word table is read whole, its functions called with
// sample values, and no ordinary space may stand before one of those signs.
import { expect } from '@open-wc/testing';
import { fr as beforeAfter } from '../../../src/before-after/before-after.messages.fr.js';
import { fr as consultForm } from '../../../src/consult-form/consult-form.messages.fr.js';
import { fr as common } from '../../../src/core/i18n/fr.js';
import { fr as faq } from '../../../src/faq/faq.messages.fr.js';
import botoxPack from '../../../src/faq/packs/botox.fr.js';
import { fr as gallery } from '../../../src/gallery/gallery.messages.fr.js';
import { fr as nextDue } from '../../../src/next-due/next-due.messages.fr.js';
import { colon } from '../../../src/next-due/next-due.result.js';

/** Every text a table holds: strings, and what its functions say for sample values. */
function texts(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (typeof value === 'function') {
    try {
      return texts((value as (...args: unknown[]) => unknown)('Botox®', 2, 'month', 'Botox®'));
    } catch {
      return [];
    }
  }
  if (Array.isArray(value)) return value.flatMap(texts);
  if (value && typeof value === 'object') return Object.values(value).flatMap(texts);
  return [];
}

describe('French typography', () => {
  const tables = { beforeAfter, consultForm, common, faq, gallery, nextDue, botoxPack };
  for (const [name, table] of Object.entries(tables))
    it(`${name}: a no-break space before : ; ? and !`, () => {
      const found = texts(table).filter((text) => / [:;?!](\s|$)/.test(text));
      expect(found, found.join('\n')).to.deep.equal([]);
      expect(texts(table).length).to.be.greaterThan(3);
    });

  it('the colon the widgets put between a label and its value', () => {
    expect(colon('fr')).to.equal('\u00a0: ');
    expect(colon('en')).to.equal(': ');
  });
});
