import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { ContentController } from '../../../src/core/controllers/content-controller.js';
import { eventually } from '../../helpers/wait.js';

/** Records each read: the children's text and the argument it saw, and whether a later read aborted it. */
class ContentProbe extends LitElement {
  static override properties = { src: {} };
  src = 'a';
  reads: { text: string; src: string; signal: AbortSignal }[] = [];
  content = new ContentController(this, {
    watch: { childList: true, subtree: true, characterData: true },
    args: () => [this.src],
    read: (signal) => this.reads.push({ text: this.textContent!.trim(), src: this.src, signal }),
  });
}
customElements.define('content-probe', ContentProbe);

describe('ContentController', () => {
  it('reads once before the first render, with children added right after the element', async () => {
    const host = document.createElement('content-probe') as ContentProbe;
    document.body.append(host);
    host.append('first');
    await host.updateComplete;
    expect(host.reads.map(({ text, src }) => [text, src])).to.deep.equal([['first', 'a']]);
    host.remove();
  });

  it('reads again when the light DOM or an argument changes, aborting the read before', async () => {
    const host = await fixture<ContentProbe>(html`<content-probe>one</content-probe>`);
    host.firstChild!.textContent = 'two';
    await eventually(() => host.reads.length === 2, 'a text change reads again');
    expect(host.reads[1].text).to.equal('two');
    expect(host.reads[0].signal.aborted).to.be.true;
    host.src = 'b';
    await host.updateComplete;
    expect(host.reads.map(({ src }) => src)).to.deep.equal(['a', 'a', 'b']);
    // An update that changes no argument reads nothing.
    host.requestUpdate();
    await host.updateComplete;
    expect(host.reads).to.have.length(3);
  });

  it('stops watching and aborts the last read once the element leaves the page', async () => {
    const host = await fixture<ContentProbe>(html`<content-probe>one</content-probe>`);
    const last = host.reads.at(-1)!;
    host.remove();
    expect(last.signal.aborted).to.be.true;
    host.append('more');
    // A connected probe beside it proves a mutation would have been seen by now.
    const witness = await fixture<ContentProbe>(html`<content-probe>x</content-probe>`);
    witness.append('y');
    await eventually(() => witness.reads.length === 2, 'the witness reads its change');
    expect(host.reads).to.have.length(1);
  });
});
