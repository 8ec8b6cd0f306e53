import { expect } from '@open-wc/testing';
import { contrastRatio, hexChannels, relativeLuminance } from '../../src/core/contrast.js';

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
