import { expect } from '@open-wc/testing';
import { define } from '../../src/core/define.js';
import { VERSION } from '../../src/core/version.js';
import { captureWarnings } from '../helpers/warnings.js';

/** Waits until every registration `define` put off to a later task has run. */
const registrations = () => new Promise((resolve) => setTimeout(resolve, 20));

describe('core/define', () => {
  // The "loaded twice" warning is once per page; each test starts a fresh page's worth.
  beforeEach(() => delete (globalThis as Record<symbol, unknown>)[Symbol.for('blush-widgets.loaded-twice')]);

  it('knows the package version, injected at build from package.json', async () => {
    const { version } = await (await fetch('/package.json')).json();
    expect(VERSION).to.match(/^\d+\.\d+\.\d+/);
    expect(VERSION).to.equal(version);
  });

  it('registers a tag once and ignores a second copy of the same version with one warning', async () => {
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
      await registrations();
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

  it('warns once when another version already owns the tag', async () => {
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
      await registrations();
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

  it('registers the first element of a task at once, and each one after it in a task of its own', async () => {
    await registrations();
    const order: string[] = [];
    // Each upgrade also queues a microtask: it runs before the next upgrade only if that one is in a later task.
    const element = (name: string) =>
      class extends HTMLElement {
        connectedCallback() {
          order.push(name);
          queueMicrotask(() => order.push(`${name} done`));
        }
      };
    document.body.insertAdjacentHTML(
      'beforeend',
      '<blush-test-task-a></blush-test-task-a><blush-test-task-b></blush-test-task-b><blush-test-task-c></blush-test-task-c>',
    );
    try {
      define('blush-test-task-a', element('a'));
      define('blush-test-task-b', element('b'));
      define('blush-test-task-c', element('c'));
      // The first is upgraded now; the others wait for tasks of their own, in order.
      expect(order).to.deep.equal(['a']);
      expect(customElements.get('blush-test-task-b')).to.equal(undefined);
      await registrations();
      expect(order).to.deep.equal(['a', 'a done', 'b', 'b done', 'c', 'c done']);
      // A later task registers at once again.
      define('blush-test-task-d', element('d'));
      expect(customElements.get('blush-test-task-d')).not.to.equal(undefined);
    } finally {
      for (const tag of ['a', 'b', 'c']) document.querySelector(`blush-test-task-${tag}`)?.remove();
    }
  });

  it('keeps the package version in sync with package.json', async () => {
    const response = await fetch('/package.json');
    expect((await response.json()).version).to.equal(VERSION);
  });
});
