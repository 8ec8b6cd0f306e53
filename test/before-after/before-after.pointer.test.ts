import { expect, fixture } from '@open-wc/testing';
import { resetMouse, sendMouse } from '@web/test-runner-commands';
import '../../src/before-after/index.js';
import type { BlushBeforeAfter } from '../../src/before-after/before-after.js';
import { ba, drag, pointOn, recordEvents } from '../helpers/before-after-harness.js';

// A string fixture of the element itself: a wrapper <div> would make the fixture wait for an animation frame.
const place = (attributes = '') =>
  fixture<BlushBeforeAfter>(
    `<blush-before-after style="width: 400px; margin: 20px" aspect-ratio="4/3" ${attributes}></blush-before-after>`,
  );

describe('<blush-before-after>', () => {
  afterEach(() => resetMouse());

  describe('pointer', () => {
    it('follows a mouse drag and fires input while moving, change once at the end', async () => {
      const el = await place();
      const events = recordEvents(el);
      await drag(el, 0.5, 0.8);
      expect(el.value).to.be.closeTo(80, 1);
      const inputs = events.filter((event) => event.startsWith('input'));
      expect(inputs.length).to.be.at.least(3);
      expect(events.filter((event) => event.startsWith('change'))).to.deep.equal([`change:${el.value}`]);
      expect(events.at(-1)).to.equal(`change:${el.value}`);
      expect(ba.position(el)).to.equal(`${el.value}%`);
      expect(ba.range(el).getAttribute('aria-valuetext')).to.match(/^(79|80|81)% before/);
    });

    it('starts a drag anywhere on the photo, not just on the handle', async () => {
      const el = await place();
      await drag(el, 0.1, 0.3);
      expect(el.value).to.be.closeTo(30, 1);
    });

    it('moves the divider to a single click (no dragging needed)', async () => {
      const el = await place();
      const events = recordEvents(el);
      await sendMouse({ type: 'click', position: pointOn(el, 0.25) });
      expect(el.value).to.be.closeTo(25, 1);
      expect(events).to.deep.equal([`input:${el.value}`, `change:${el.value}`]);
      expect(el.shadowRoot!.activeElement, 'the slider takes focus so arrows work next').to.equal(ba.range(el));
      const frame = ba.frame(el).getBoundingClientRect();
      const divider = ba.divider(el).getBoundingClientRect();
      expect(divider.left + divider.width / 2 - frame.left).to.be.closeTo(frame.width * 0.25, 2);
    });

    it('measures a right-to-left drag from the right edge', async () => {
      const el = await place('dir="rtl"');
      await drag(el, 0.5, 0.2);
      expect(el.value).to.be.closeTo(80, 1);
    });

    it('drags a vertical slider along its height', async () => {
      const el = await place('orientation="vertical"');
      await drag(el, 0.5, 0.9, 'y');
      expect(el.value).to.be.closeTo(90, 1);
      expect(getComputedStyle(ba.layer(el, 'after')).clipPath).to.contain(`${el.value}%`);
    });

    it('clamps a drag that leaves the photo', async () => {
      const el = await place();
      await drag(el, 0.5, 1.2);
      expect(el.value).to.equal(100);
    });

    it('follows the mouse without a click in hover mode', async () => {
      const el = await place('hover');
      const events = recordEvents(el);
      await sendMouse({ type: 'move', position: pointOn(el, 0.3) });
      await sendMouse({ type: 'move', position: pointOn(el, 0.6) });
      expect(el.value).to.be.closeTo(60, 1);
      await sendMouse({ type: 'move', position: [2, 2] });
      expect(events.at(-1)).to.equal(`change:${el.value}`);
    });

    it('ignores the mouse in the side-by-side view and while sensitive photos are hidden', async () => {
      const el = await place('view="side-by-side"');
      await sendMouse({ type: 'click', position: pointOn(el, 0.2) });
      expect(el.value).to.equal(50);
      const veiled = await place('sensitive');
      await sendMouse({ type: 'click', position: pointOn(veiled, 0.2) });
      expect(veiled.value).to.equal(50);
    });

    // Touch input cannot be sent by every engine's automation, so these dispatch touch pointer events.
    it('moves the divider when a touch lifts, not when it lands', async () => {
      const el = await place();
      const frame = ba.frame(el);
      const [x, y] = pointOn(el, 0.2);
      const events = recordEvents(el);
      frame.dispatchEvent(
        new PointerEvent('pointerdown', { pointerType: 'touch', pointerId: 7, clientX: x, clientY: y, bubbles: true, isPrimary: true }),
      );
      expect(el.value).to.equal(50);
      frame.dispatchEvent(
        new PointerEvent('pointerup', { pointerType: 'touch', pointerId: 7, clientX: x, clientY: y, bubbles: true, isPrimary: true }),
      );
      expect(el.value).to.be.closeTo(20, 1);
      expect(events).to.deep.equal([`input:${el.value}`, `change:${el.value}`]);
    });

    it('puts the divider back when a touch turns into a page scroll', async () => {
      const el = await place();
      const frame = ba.frame(el);
      const [x, y] = pointOn(el, 0.7);
      const events = recordEvents(el);
      frame.dispatchEvent(new PointerEvent('pointerdown', { pointerType: 'touch', pointerId: 8, clientX: x, clientY: y, bubbles: true }));
      frame.dispatchEvent(
        new PointerEvent('pointermove', { pointerType: 'touch', pointerId: 8, clientX: x, clientY: y - 12, bubbles: true }),
      );
      frame.dispatchEvent(new PointerEvent('pointercancel', { pointerType: 'touch', pointerId: 8, bubbles: true }));
      expect(el.value).to.equal(50);
      expect(events.at(-1)).to.equal('input:50');
      expect(events.filter((event) => event.startsWith('change'))).to.deep.equal([]);
      expect(ba.position(el)).to.equal('50%');
    });

    it('leaves the other axis to the page for touch scrolling', async () => {
      const horizontal = await place();
      expect(getComputedStyle(ba.frame(horizontal)).touchAction).to.equal('pan-y');
      const vertical = await place('orientation="vertical"');
      expect(getComputedStyle(ba.frame(vertical)).touchAction).to.equal('pan-x');
    });
  });
});
