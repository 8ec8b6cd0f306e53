// A phone held sideways (844×390): the slider fits the screen's height, its photos keeping their
// shape, instead of running past the screen (it was 609 px tall there).
import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../src/before-after/index.js';
import type { BlushBeforeAfter } from '../../src/before-after/before-after.js';
import { ba, photo } from '../helpers/before-after-harness.js';
import { eventually } from '../helpers/wait.js';

describe('<blush-before-after> on a phone held sideways', () => {
  afterEach(async () => {
    try {
      await setViewport({ width: 800, height: 600 });
    } catch {
      // This engine cannot resize; nothing was changed.
    }
  });

  it('fits the height of the screen with the photos in their shape, and fills the width on a tall screen', async function () {
    try {
      await setViewport({ width: 844, height: 390 });
    } catch {
      // WebKitWebDriver cannot resize the window; Chromium and Firefox run this.
      this.skip();
    }
    const el = await fixture<BlushBeforeAfter>(html`<div style="inline-size: 800px"><blush-before-after
      before=${photo(400, 300)} after=${photo(400, 300, '#c9a0b0')} before-alt="Before" after-alt="After"></blush-before-after></div>`).then(
      (wrapper) => wrapper.querySelector('blush-before-after')!,
    );
    await ba.loaded(el);
    await eventually(
      () => ba.frame(el).getBoundingClientRect().height <= 390 * 0.85 + 1,
      `the slider is ${ba.frame(el).getBoundingClientRect().height} px tall`,
    );
    const { width, height } = ba.frame(el).getBoundingClientRect();
    expect(width / height).to.be.closeTo(4 / 3, 0.02);
    expect(height, 'the slider uses the screen it has').to.be.greaterThan(390 * 0.8);
    await setViewport({ width: 800, height: 900 });
    await eventually(
      () => Math.abs(ba.frame(el).getBoundingClientRect().width - 800) < 1,
      'the slider does not fill the width on a tall screen',
    );
  });
});
