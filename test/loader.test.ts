import { expect } from '@open-wc/testing';
import { eventually } from './helpers/wait.js';

// The loader registers only what a page uses, and keeps watching for elements inserted later
// (Squarespace-style AJAX navigation, single-page apps).
describe('loader', () => {
  it('registers nothing for a page without blush elements, then an element inserted later', async () => {
    await import('../src/loader.js');
    // Nothing defined yet; that nothing else is loaded later shows once the inserted element has been (below).
    expect(customElements.get('blush-next-due')).to.equal(undefined);
    expect(customElements.get('blush-faq')).to.equal(undefined);

    // Appended by hand: open-wc's fixture() waits for an animation frame, which a background tab never gets.
    const container = document.body.appendChild(document.createElement('main'));
    // Inserted the way AJAX themes swap content: a fresh chunk of HTML.
    const swapped = document
      .createRange()
      .createContextualFragment('<section><blush-next-due treatment="botox"></blush-next-due></section>');
    container.append(swapped);
    await eventually(() => customElements.get('blush-next-due') !== undefined, 'blush-next-due was not loaded');
    expect(customElements.get('blush-faq')).to.equal(undefined);
    const element = container.querySelector('blush-next-due')!;
    await eventually(() => element.shadowRoot !== null, 'the inserted element was not upgraded');
    container.remove();
  });

  it("leaves a gallery's case children alone: the slider is fetched by the gallery when a case opens", async () => {
    await import('../src/loader.js');
    const container = document.body.appendChild(document.createElement('main'));
    container.append(
      document
        .createRange()
        .createContextualFragment(
          '<blush-gallery url-param=""><blush-before-after treatment="botox" before="/demo/images/gallery/forehead-1-before.svg" after="/demo/images/gallery/forehead-1-after.svg"></blush-before-after></blush-gallery>',
        ),
    );
    await eventually(
      () => container.querySelector('blush-gallery')!.shadowRoot?.querySelector('[data-case]'),
      'the gallery did not render its case',
    );
    // A <blush-faq> inserted after the gallery is loaded through the same path: once it is defined, a
    // slider the loader had wrongly queued for the case children would have been defined as well.
    expect(customElements.get('blush-faq')).to.equal(undefined);
    container.append(document.createRange().createContextualFragment('<blush-faq><details><summary>Q</summary>A</details></blush-faq>'));
    await eventually(() => customElements.get('blush-faq') !== undefined, 'blush-faq was not loaded');
    expect(customElements.get('blush-before-after'), 'no slider for hidden case children').to.equal(undefined);
    // A slider of its own on the page is still loaded.
    container.append(document.createRange().createContextualFragment('<blush-before-after></blush-before-after>'));
    await eventually(() => customElements.get('blush-before-after') !== undefined, 'a standalone slider was not loaded');
    container.remove();
  });
});
