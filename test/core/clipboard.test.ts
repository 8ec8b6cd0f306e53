import { expect } from '@open-wc/testing';
import { copyText } from '../../src/core/clipboard.js';

/** Puts a stand-in clipboard on `navigator` for one test; `undefined` removes it, as insecure pages do. */
function useClipboard(clipboard: { writeText(text: string): Promise<void> } | undefined) {
  Object.defineProperty(navigator, 'clipboard', { configurable: true, get: () => clipboard });
}

describe('copyText (the one clipboard helper of the elements and the builder)', () => {
  afterEach(() => delete (navigator as unknown as Record<string, unknown>).clipboard);

  it('writes the text and resolves true when the browser takes it', async () => {
    const written: string[] = [];
    useClipboard({ writeText: async (text) => void written.push(text) });
    expect(await copyText('https://clinic.example/faq#what-is-botox')).to.equal(true);
    expect(written).to.deep.equal(['https://clinic.example/faq#what-is-botox']);
  });

  it('starts the write synchronously, inside the click that asked for it', () => {
    let calls = 0;
    useClipboard({ writeText: () => (calls++, new Promise<void>(() => {})) });
    void copyText('now');
    expect(calls, 'Safari refuses a write that starts after the click has returned').to.equal(1);
  });

  it('resolves false, and throws nothing, when the browser refuses', async () => {
    useClipboard({ writeText: () => Promise.reject(new DOMException('Denied', 'NotAllowedError')) });
    expect(await copyText('x')).to.equal(false);
  });

  it('resolves false when the page has no clipboard at all (an insecure page, a web view)', async () => {
    useClipboard(undefined);
    expect(await copyText('x')).to.equal(false);
  });

  it('resolves false when writeText throws instead of rejecting', async () => {
    useClipboard({
      writeText: () => {
        throw new TypeError('Illegal invocation');
      },
    });
    expect(await copyText('x')).to.equal(false);
  });
});
