import { expect } from '@open-wc/testing';
import { define } from '../../src/core/define.js';
import { VERSION } from '../../src/core/version.js';
import { captureWarnings } from '../helpers/warnings.js';

describe('core/define', () => {
  // The "loaded twice" warning is once per page; each test starts a fresh page's worth.
  beforeEach(() => delete (globalThis as Record<symbol, unknown>)[Symbol.for('blush-widgets.loaded-twice')]);

  it('knows the package version, injected at build from package.json', async () => {
    const { version } = await (await fetch('/package.json')).json();
    expect(VERSION).to.match(/^\d+\.\d+\.\d+/);
    expect(VERSION).to.equal(version);
  });

  it('registers a tag once and ignores a second copy of the same version with one warning', () => {
    const warnings = captureWarnings();
    try {
      class First extends HTMLElement {}
      class Second extends HTMLElement {}
      class Third extends HTMLElement {}
      define('blush-test-once', First);
      define('blush-test-once', First);
      expect(warnings.messages, 'the same class again is not a second copy').to.deep.equal([]);
      expect(() => define('blush-test-once', Second)).not.to.throw();
      define('blush-test-once', Third);
      expect(customElements.get('blush-test-once')).to.equal(First);
      expect(warnings.messages).to.have.length(1);
      expect(warnings.messages[0])
        .to.contain('[blush-widgets] <blush-test-once>')
        .and.contain(`version ${VERSION}, so this copy (${VERSION}) is ignored`)
        .and.contain('Load it once');
    } finally {
      warnings.restore();
    }
  });

  it('warns once when another version already owns the tag', () => {
    const warnings = captureWarnings();
    try {
      class Older extends HTMLElement {
        static blushVersion = '0.0.1';
      }
      class OlderToo extends HTMLElement {
        static blushVersion = '0.0.1';
      }
      customElements.define('blush-test-versions', Older);
      customElements.define('blush-test-versions-two', OlderToo);
      define('blush-test-versions', class extends HTMLElement {});
      define('blush-test-versions', class extends HTMLElement {});
      define('blush-test-versions-two', class extends HTMLElement {});
      expect(warnings.messages).to.have.length(1);
      expect(warnings.messages[0])
        .to.contain('[blush-widgets]')
        .and.contain('<blush-test-versions>')
        .and.contain('version 0.0.1')
        .and.contain(VERSION);
    } finally {
      warnings.restore();
    }
  });

  it('keeps the package version in sync with package.json', async () => {
    const response = await fetch('/package.json');
    expect((await response.json()).version).to.equal(VERSION);
  });
});
