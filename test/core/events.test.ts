import { expect } from '@open-wc/testing';
import { emit } from '../../src/core/events.js';

describe('core/events', () => {
  it('dispatches bubbling, composed events out of a shadow root and reports cancellation', () => {
    const host = document.createElement('div');
    const inner = host.attachShadow({ mode: 'open' }).appendChild(document.createElement('span'));
    document.body.append(host);
    const seen: CustomEvent[] = [];
    const listener = (event: Event) => {
      seen.push(event as CustomEvent);
      event.preventDefault();
    };
    document.addEventListener('blush-test', listener);
    try {
      expect(emit(inner, 'blush-test', { id: 'a' })).to.equal(true);
      // @ts-expect-error: the detail's type comes from the event's name in HTMLElementEventMap.
      expect(emit(inner, 'blush-faq-toggle', { nonsense: 42 })).to.equal(true);
      expect(emit(inner, 'blush-test', { id: 'b' }, { cancelable: true })).to.equal(false);
      expect(seen.map((event) => event.detail.id)).to.deep.equal(['a', 'b']);
      expect(seen[0].composed && seen[0].bubbles).to.equal(true);
    } finally {
      document.removeEventListener('blush-test', listener);
      host.remove();
    }
  });
});

declare global {
  interface HTMLElementEventMap {
    'blush-test': CustomEvent<{ id: string }>;
  }
}
