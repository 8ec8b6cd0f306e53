import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { Chunk, adoptLateStyles } from '../../src/core/lazy.js';
import { captureWarnings } from '../helpers/warnings.js';

class StyledProbe extends LitElement {
  override render() {
    return html`<p>text</p>`;
  }
}
customElements.define('blush-styled-probe', StyledProbe);

describe('core/lazy', () => {
  it('a failed chunk warns once, resolves undefined, and is tried again on the next need', async () => {
    let attempts = 0;
    const chunk = new Chunk(async () => {
      if (++attempts <= 2) throw new TypeError('Failed to fetch');
      return { ready: true };
    }, 'probe part');
    const host = document.createElement('blush-lazy-host');
    const warnings = captureWarnings();
    try {
      expect(await chunk.load(host)).to.equal(undefined);
      expect(chunk.failed).to.equal(true);
      expect(await chunk.load(host), 'tried again, failed again').to.equal(undefined);
      expect(attempts).to.equal(2);
      expect(warnings.messages).to.deep.equal([
        '[blush-lazy-host] could not load its probe part (a network error?); check that the blush-widgets files are all served from the same folder',
      ]);
      const retry = chunk.load(host);
      expect(chunk.failed, 'a new try is under way').to.equal(false);
      expect(await retry).to.deep.equal({ ready: true });
      expect(chunk.value).to.deep.equal({ ready: true });
      expect(chunk.failed).to.equal(false);
      expect(attempts).to.equal(3);
      await chunk.load(host);
      expect(attempts, 'a loaded chunk is not fetched again').to.equal(3);
    } finally {
      warnings.restore();
    }
  });

  it('adopts a late chunk’s styles once, after the element’s own', async () => {
    const probe = await fixture<StyledProbe>(html`<blush-styled-probe></blush-styled-probe>`);
    const sheet = new CSSStyleSheet();
    sheet.replaceSync('p { color: rgb(1, 2, 3); }');
    adoptLateStyles(probe, [sheet, undefined, false]);
    adoptLateStyles(probe, [sheet]);
    const sheets = probe.shadowRoot!.adoptedStyleSheets;
    expect(sheets.filter((each) => each === sheet)).to.have.length(1);
    expect(sheets.at(-1)).to.equal(sheet);
    expect(getComputedStyle(probe.shadowRoot!.querySelector('p')!).color).to.equal('rgb(1, 2, 3)');
  });
});
