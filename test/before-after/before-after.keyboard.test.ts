import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/before-after/index.js';
import type { BlushBeforeAfter } from '../../src/before-after/before-after.js';
import { ba, photo, recordEvents } from '../helpers/before-after-harness.js';

async function focused(template: ReturnType<typeof html>): Promise<BlushBeforeAfter> {
  const el = await fixture<BlushBeforeAfter>(template);
  ba.range(el).focus();
  return el;
}

const press = async (...keys: string[]) => {
  for (const key of keys) await sendKeys({ press: key });
};

describe('<blush-before-after>', () => {
  describe('keyboard', () => {
    it('is one focusable, named slider with its value, range and orientation', async () => {
      const el = await focused(
        html`<blush-before-after aspect-ratio="4/5" before=${photo(4, 5)} after=${photo(4, 5)} before-alt="Before" after-alt="After"></blush-before-after>`,
      );
      const range = ba.range(el);
      expect(el.shadowRoot!.activeElement).to.equal(range);
      expect(range.type).to.equal('range');
      expect([range.min, range.max, range.value]).to.deep.equal(['', '', '50']);
      expect(range.getAttribute('aria-orientation')).to.equal('horizontal');
      expect(range.getAttribute('aria-label')).to.equal('Before and after comparison');
      await expect(el).to.be.accessible();
    });

    it('moves by one with the arrows, ten with Page Up/Down, and to the ends with Home/End', async function () {
      this.timeout(30_000); // WebKit's WebDriver takes ~1 s per key on a busy machine
      const el = await focused(html`<blush-before-after></blush-before-after>`);
      const values: number[] = [];
      for (const key of ['ArrowRight', 'ArrowUp', 'ArrowLeft', 'ArrowDown', 'ArrowDown', 'PageUp', 'PageDown', 'PageDown', 'End', 'Home']) {
        await press(key);
        values.push(el.value);
      }
      expect(values).to.deep.equal([51, 52, 51, 50, 49, 59, 49, 39, 100, 0]);
      expect(ba.range(el).getAttribute('aria-valuetext')).to.equal('0% before, 100% after');
      expect(ba.position(el)).to.equal('0%');
    });

    it('fires input then change for each key that moves the divider, and none at an end', async () => {
      const el = await focused(html`<blush-before-after value="99"></blush-before-after>`);
      const events = recordEvents(el);
      await press('ArrowRight', 'ArrowRight', 'Tab');
      expect(events).to.deep.equal(['input:100', 'change:100']);
    });

    it('moves toward the arrow pressed on a right-to-left page', async () => {
      const el = await focused(html`<blush-before-after dir="rtl"></blush-before-after>`);
      await press('ArrowLeft', 'ArrowLeft');
      expect(el.value).to.equal(52);
      await press('ArrowRight');
      expect(el.value).to.equal(51);
      const frame = ba.frame(el).getBoundingClientRect();
      const divider = ba.divider(el).getBoundingClientRect();
      expect(frame.right - (divider.left + divider.width / 2)).to.be.closeTo(frame.width * 0.51, 1.5);
    });

    it("moves by writing two inline styles: the after layer's clip and the track's translate, nothing else", async () => {
      const el = await focused(html`<blush-before-after before=${photo(4, 3)} after=${photo(4, 3)}></blush-before-after>`);
      const written: string[] = [];
      const observer = new MutationObserver((records) =>
        written.push(...records.map((record) => `${(record.target as Element).className} ${record.attributeName}`)),
      );
      observer.observe(el.shadowRoot!, { attributes: true, subtree: true });
      await press('ArrowRight', 'ArrowRight');
      await new Promise(requestAnimationFrame);
      observer.disconnect();
      // The range's own value and aria-valuetext change too; it is the one element assistive technology reads.
      const painted = written.filter((entry) => !entry.startsWith(' ') && !entry.includes('aria-valuetext'));
      expect([...new Set(painted)].sort()).to.deep.equal(['layer after style', 'track style']);
      expect(ba.frame(el).getAttribute('style')).to.equal(null);
      expect(getComputedStyle(ba.layer(el, 'after')).clipPath).to.equal('inset(0px 0px 0px 52%)');
    });

    it('clips the after photo from the right on a right-to-left page and from the top when vertical', async () => {
      const rtl = await focused(html`<blush-before-after dir="rtl" value="30"></blush-before-after>`);
      expect(getComputedStyle(ba.layer(rtl, 'after')).clipPath).to.equal('inset(0px 30% 0px 0px)');
      const vertical = await focused(html`<blush-before-after orientation="vertical" value="30"></blush-before-after>`);
      expect(getComputedStyle(ba.layer(vertical, 'after')).clipPath).to.equal('inset(30% 0px 0px)');
      const frame = ba.frame(vertical).getBoundingClientRect();
      const divider = ba.divider(vertical).getBoundingClientRect();
      expect(divider.top + divider.height / 2 - frame.top).to.be.closeTo(frame.height * 0.3, 1.5);
    });

    it('moves the divider of a vertical slider the way Up and Down point', async () => {
      const el = await focused(html`<blush-before-after orientation="vertical"></blush-before-after>`);
      expect(ba.range(el).getAttribute('aria-orientation')).to.equal('vertical');
      await press('ArrowDown', 'ArrowDown', 'ArrowUp', 'PageDown');
      expect(el.value).to.equal(61);
      await press('ArrowRight', 'ArrowLeft', 'ArrowLeft');
      expect(el.value).to.equal(60);
    });

    it('is skipped in the side-by-side view', async () => {
      const el = await focused(html`<blush-before-after view="side-by-side"></blush-before-after>`);
      expect(el.shadowRoot!.activeElement).to.equal(null);
    });
  });
});
