import { expect } from '@open-wc/testing';
import { quote, warn } from '../../src/core/warn.js';
import { captureWarnings } from '../helpers/warnings.js';

describe('core/warn', () => {
  it('prefixes the tag and logs each distinct message once per element', () => {
    const warnings = captureWarnings();
    try {
      const element = document.createElement('blush-faq');
      warn(element, 'pack="botx" is unknown; known packs: botox');
      warn(element, 'pack="botx" is unknown; known packs: botox');
      warn(document.createElement('blush-faq'), 'pack="botx" is unknown; known packs: botox');
      expect(warnings.messages).to.deep.equal([
        '[blush-faq] pack="botx" is unknown; known packs: botox',
        '[blush-faq] pack="botx" is unknown; known packs: botox',
      ]);
    } finally {
      warnings.restore();
    }
  });

  it('quotes and shortens bad values', () => {
    expect(quote('31/02')).to.equal('"31/02"');
    expect(quote('x'.repeat(100), 10)).to.equal(`"${'x'.repeat(10)}…"`);
  });
});
