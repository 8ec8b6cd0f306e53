import { expect, fixture, html } from '@open-wc/testing';
import { eventually } from '../helpers/wait.js';

// An Author may put `<img id="blushTranslations">` in a post (core kses allows id): the browser
// then answers `window.blushTranslations` with that element (DOM clobbering). The widgets' code is
// imported only after the page has such elements, as on a real page.
describe('core/globals: a page whose own elements take the widgets’ names on window', () => {
  before(async () => {
    for (const id of ['blushTranslations', 'dataLayer', 'blushWidgetsConfig']) {
      const img = document.createElement('img');
      img.id = id;
      img.alt = '';
      document.body.append(img);
    }
    expect(window.blushTranslations, 'the page does not clobber').to.be.instanceOf(HTMLImageElement);
    await import('../../src/index.js');
  });

  it('still renders every element; analytics leaves the element named dataLayer alone and still says what happened', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div>
      <blush-faq analytics><details><summary>Is it safe?</summary><p>Yes.</p></details></blush-faq>
      <blush-before-after></blush-before-after>
      <blush-gallery></blush-gallery>
      <blush-consult-form></blush-consult-form>
      <blush-next-due treatment="botox"></blush-next-due>
    </div>`);
    for (const element of wrapper.children) {
      await (element as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
      expect(element.shadowRoot?.childNodes.length, element.localName).to.be.greaterThan(0);
    }
    // The FAQ draws its questions in a task after its first render (its start-up is split in tasks).
    const drawn = () => wrapper.querySelector('blush-faq')!.shadowRoot!.querySelector<HTMLElement>('[aria-expanded]');
    await eventually(drawn, 'the FAQ never drew its question');
    const question = drawn()!;
    const seen: string[] = [];
    const listen = (event: HTMLElementEventMap['blush-analytics']) => seen.push(event.detail.event);
    document.addEventListener('blush-analytics', listen);
    question.click();
    document.removeEventListener('blush-analytics', listen);
    // No tag manager here: nothing is pushed, and no global is set over the page's own element.
    expect(window.dataLayer, 'the page element is left as it was').to.be.instanceOf(HTMLImageElement);
    expect(seen).to.deep.equal(['blush_faq_toggle']);
  });

  it('takes words a site queues on the list that replaced the element', async () => {
    const list = window.blushTranslations as unknown[];
    list.push(['de', { common: { close: 'Schließen' } }]);
    expect(list, 'the words went to the registry, not into a list nobody reads').to.have.length(0);
  });
});

declare global {
  interface Window {
    blushTranslations?: unknown;
  }
}
