// Phone numbers inside Persian (right-to-left) text read left to right, as written: checked on the
// rendered page, character by character, where the engine actually drew them. Without isolation
// an RTL paragraph reorders "(212) 555-0199" into "0199-555 (212)" (the control case below).
import { expect, fixture, oneEvent } from '@open-wc/testing';
import type { BlushConsultForm } from '../../src/consult-form/index.js';
import { consultForm, control, fill, submitButton, VALID } from '../helpers/consult-form-harness.js';
import { eventually } from '../helpers/wait.js';

/** The left edge of each character of `text` (spaces left out), in reading order, where it first appears under `root`. */
function leftEdges(root: Node, text: string): number[] {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const at = node.textContent!.indexOf(text);
    if (at < 0) continue;
    const edges: number[] = [];
    for (let index = 0; index < text.length; index += 1) {
      if (text[index] === ' ') continue;
      const range = document.createRange();
      range.setStart(node, at + index);
      range.setEnd(node, at + index + 1);
      edges.push(range.getBoundingClientRect().left);
    }
    return edges;
  }
  throw new Error(`"${text}" is not on the page`);
}

/** Each character drawn to the right of the one before it. */
const readsLeftToRight = (edges: number[]) => edges.every((left, index) => index === 0 || left > edges[index - 1]);

describe('<blush-consult-form> in Persian: phone numbers read left to right', () => {
  it('the measure can fail: an RTL paragraph without isolation reorders a phone number', async () => {
    const paragraph = await fixture<HTMLParagraphElement>('<p dir="rtl" lang="fa">با ما تماس بگیرید (212) 555-0199 لطفاً</p>');
    expect(readsLeftToRight(leftEdges(paragraph, '(212) 555-0199'))).to.equal(false);
  });

  it("in the phone field's hint and in its format error", async () => {
    const el = await consultForm('lang="fa"');
    await eventually(() => el.querySelector('.bcf-hint')?.textContent?.includes('شماره'), 'the Persian hint');
    expect(readsLeftToRight(leftEdges(el, '(310) 555-0142'))).to.equal(true);
    await fill(el, { ...VALID, phone: '12' });
    const failure = oneEvent(el, 'blush-consult-error');
    submitButton(el).click();
    await failure;
    await el.updateComplete;
    const error = el.querySelector(`#${control(el, 'phone').id}-error`)!;
    expect(error.textContent).to.contain('(310) 555-0142');
    expect(readsLeftToRight(leftEdges(error, '(310) 555-0142'))).to.equal(true);
  });

  it('in "or call us" with the clinic\'s own number', async () => {
    const el = await fixture<BlushConsultForm>(
      '<blush-consult-form lang="fa" min-fill-time="0" action="javascript:void 0" phone="(212) 555-0199"></blush-consult-form>',
    );
    await eventually(() => el.querySelector('.bcf-hint')?.textContent?.includes('شماره'), 'the Persian hint');
    await fill(el, VALID);
    const failure = oneEvent(el, 'blush-consult-error');
    submitButton(el).click();
    await failure;
    await eventually(() => el.querySelector('.bcf-fallback a[href^="tel:"]'), 'the call-us link');
    expect(readsLeftToRight(leftEdges(el.querySelector('.bcf-fallback')!, '(212) 555-0199'))).to.equal(true);
  });
});
