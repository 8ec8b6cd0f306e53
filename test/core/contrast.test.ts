import { expect } from '@open-wc/testing';
import { contrastRatio, hexChannels, relativeLuminance } from '../../src/core/contrast.js';
import { AA_TEXT, accentContrast, BUTTON_TEXT, DEFAULT_ACCENT } from '../../demo/builder/model/contrast.js';
import { tokenStyles } from '../../src/core/styles/tokens.styles.js';

describe('contrast (WCAG 2)', () => {
  it('reads #rgb and #rrggbb, with or without #, and nothing else', () => {
    expect(hexChannels('#9b4a63')).to.deep.equal([155, 74, 99]);
    expect(hexChannels('fff')).to.deep.equal([255, 255, 255]);
    expect(hexChannels(' #0A0b0C ')).to.deep.equal([10, 11, 12]);
    for (const bad of ['', '#ff', '#ggg', 'red', '#12345', 'rgb(0 0 0)']) expect(hexChannels(bad), bad).to.equal(null);
  });

  it('gives the published ratios: 21 for black on white, 4.48 for #777 on white, 1 for a colour on itself', () => {
    const white = hexChannels('#fff')!;
    expect(relativeLuminance(white)).to.equal(1);
    expect(contrastRatio(hexChannels('#000')!, white)).to.equal(21);
    expect(contrastRatio(white, hexChannels('#777')!)).to.be.closeTo(4.48, 0.005);
    expect(contrastRatio(hexChannels('#9b4a63')!, hexChannels('#9b4a63')!)).to.equal(1);
  });
});

describe('the default accent', () => {
  // The widgets' default (core/styles/tokens.styles.ts) as shipped, and the builder's copy of it.
  const [, light, dark] =
    /--_blush-accent: var\(--blush-accent, light-dark\((#[0-9a-f]{6}), (#[0-9a-f]{6})\)\)/i.exec(tokenStyles.cssText) ?? [];
  const [, onLight, onDark] =
    /--_blush-accent-contrast: var\(--blush-accent-contrast, light-dark\((#[0-9a-f]{6}), (#[0-9a-f]{6})\)\)/i.exec(tokenStyles.cssText) ??
    [];

  it('is the one the builder and its contrast table show', () => {
    expect({ light, dark }).to.deep.equal(DEFAULT_ACCENT);
    expect({ light: onLight, dark: onDark }).to.deep.equal(BUTTON_TEXT);
  });

  it('reads at WCAG AA (4.5:1) as links on light and dark pages and behind button text', () => {
    for (const row of accentContrast('')) {
      expect(row.onPage, `links on ${row.scheme} pages`).to.be.at.least(AA_TEXT);
      expect(row.buttonText, `button text on ${row.scheme} pages`).to.be.at.least(AA_TEXT);
    }
  });
});
