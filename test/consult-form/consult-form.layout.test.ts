import { expect, fixture, oneEvent } from '@open-wc/testing';
import type { BlushConsultForm } from '../../src/consult-form/index.js';
import { control, fill, submitButton } from '../helpers/consult-form-harness.js';
import { eventually } from '../helpers/wait.js';

/** A form in a wrapper of `width` px, as on a clinic's page; waits for its (possibly Spanish) fields. */
async function formAt(width: number, lang = 'en'): Promise<BlushConsultForm> {
  const wrapper = await fixture<HTMLElement>(
    `<div style="inline-size: ${width}px"><blush-consult-form lang="${lang}" min-fill-time="0"></blush-consult-form></div>`,
  );
  const el = wrapper.querySelector('blush-consult-form')!;
  await eventually(
    () => el.querySelector('input[name="email"]') && (lang === 'en' || !/Email/.test(el.textContent ?? '')),
    `the ${lang} fields never rendered`,
  );
  await el.updateComplete;
  return el;
}

const box = (node: Element) => node.getBoundingClientRect();

/** The label, control and notes of each field in a pair that shares a row. */
function pair(el: BlushConsultForm, first: string, second: string) {
  return [first, second].map((name) => {
    const input = control(el, name);
    return { name, input: box(input), label: box(el.querySelector(`label[for="${input.id}"]`)!) };
  });
}

function expectSharedLines(el: BlushConsultForm, first: string, second: string): void {
  const [a, b] = pair(el, first, second);
  // The check means something only while the two fields really stand side by side.
  expect(b.input.left, `${second} is not beside ${first}`).to.be.greaterThan(a.input.right);
  const offsets = `${second} is ${b.label.top - a.label.top} px from ${first} at the label top and ${b.input.top - a.input.top} px at the input top`;
  expect(Math.abs(a.label.top - b.label.top), offsets).to.be.at.most(1);
  expect(Math.abs(a.input.top - b.input.top), offsets).to.be.at.most(1);
}

/** Visible boxes of the form's labels, hints, errors and controls that intersect, named. */
function overlaps(el: BlushConsultForm): string[] {
  const parts = [...el.querySelectorAll('.bcf-row .bcf-field > *')]
    .map((node) => ({ node, rect: box(node) }))
    .filter(({ rect }) => rect.width && rect.height);
  const found: string[] = [];
  for (const [index, a] of parts.entries()) {
    for (const b of parts.slice(index + 1)) {
      const x = Math.min(a.rect.right, b.rect.right) - Math.max(a.rect.left, b.rect.left);
      const y = Math.min(a.rect.bottom, b.rect.bottom) - Math.max(a.rect.top, b.rect.top);
      if (x > 0.5 && y > 0.5) found.push(`${a.node.className || a.node.localName} × ${b.node.className || b.node.localName}`);
    }
  }
  return found;
}

describe('<blush-consult-form>', () => {
  describe('layout', () => {
    for (const lang of ['en', 'es']) {
      it(`keeps the labels and the inputs of side-by-side fields on shared lines (${lang})`, async () => {
        const el = await formAt(1280, lang);
        expectSharedLines(el, 'email', 'phone');
        expectSharedLines(el, 'firstName', 'lastName');
        // The phone's hint is still there and still read with its input.
        const phone = control(el, 'phone');
        const hint = el.querySelector(`#${phone.getAttribute('aria-describedby')}`);
        expect(hint?.textContent).to.match(lang === 'en' ? /US number/ : /Número de EE\. UU\./);
        expect(box(hint!).height).to.be.greaterThan(0);
      });
    }

    it('keeps the inputs on one line when one label wraps onto two', async () => {
      const el = await formAt(1280);
      // A translation longer than ours, as a site's own language could have.
      const label = el.querySelector(`label[for="${control(el, 'phone').id}"]`)!;
      const oneLine = box(label).height;
      label.append(' (mobile or landline, with the area code, so that we can reach you)');
      expect(box(label).height, 'the label did not wrap').to.be.greaterThan(oneLine * 1.5);
      expectSharedLines(el, 'email', 'phone');
    });

    it('keeps them on shared lines when only one field of the pair shows an error', async () => {
      const el = await formAt(1280);
      await fill(el, { phone: '3105550142' });
      submitButton(el).click();
      await oneEvent(el, 'blush-consult-error');
      await el.updateComplete;
      const email = control(el, 'email');
      expect(email.getAttribute('aria-invalid')).to.equal('true');
      expect(control(el, 'phone').getAttribute('aria-invalid')).to.equal('false');
      expectSharedLines(el, 'email', 'phone');
      expect(el.querySelector(`#${email.id}-error`)?.textContent).to.contain('email');
      expect(overlaps(el)).to.deep.equal([]);
    });

    for (const lang of ['en', 'es']) {
      it(`stacks the fields at phone width (375 px) with nothing overlapping and nothing past the edge (${lang})`, async () => {
        const el = await formAt(375, lang);
        const [email, phone] = pair(el, 'email', 'phone');
        expect(phone.label.top, 'the phone field sits below the email field').to.be.greaterThan(email.input.bottom);
        expect(overlaps(el)).to.deep.equal([]);
        const right = box(el).right;
        const past = [...el.querySelectorAll('.bcf-row *')].filter((node) => box(node).right > right + 1);
        expect(past.map((node) => node.className || node.localName)).to.deep.equal([]);
      });
    }
  });
});

describe('<blush-consult-form> choices in the clinic colour', () => {
  it('draws each box and circle in the accent, filled when checked, over the real input that takes clicks and keys', async () => {
    const el = await formAt(600);
    el.style.setProperty('--blush-accent', 'rgb(20, 90, 160)');
    el.style.setProperty('--blush-accent-contrast', 'rgb(255, 255, 255)');
    el.style.setProperty('--blush-duration', '0s'); // the fill's fade
    const choice = (type: string) => el.querySelector<HTMLLabelElement>(`.bcf-choice:has(input[type="${type}"])`)!;
    for (const type of ['checkbox', 'radio']) {
      const label = choice(type);
      const input = label.querySelector('input')!;
      const mark = label.querySelector<HTMLElement>('.bcf-mark')!;
      expect(mark.getAttribute('aria-hidden'), type).to.equal('true');
      expect(getComputedStyle(mark).borderTopColor, `${type} unchecked`).to.equal('rgb(20, 90, 160)');
      expect(getComputedStyle(mark).backgroundColor, `${type} unchecked`).not.to.equal('rgb(20, 90, 160)');
      // The input lies on the mark, unseen, and is what a click on the mark reaches.
      const [m, i] = [mark.getBoundingClientRect(), input.getBoundingClientRect()];
      expect(Math.abs(m.left - i.left) + Math.abs(m.top - i.top), `${type} input off its mark`).to.be.at.most(1);
      expect(getComputedStyle(input).opacity).to.equal('0');
      const hit = () => document.elementFromPoint(m.left + m.width / 2, m.top + m.height / 2);
      expect(hit(), `${type}: a click on the mark reaches the input`).to.equal(input);
      label.click();
      expect(input.checked, type).to.equal(true);
      expect(hit(), `${type}: a click on the checked mark reaches the input`).to.equal(input);
      expect(getComputedStyle(mark).backgroundColor, `${type} checked`).to.equal('rgb(20, 90, 160)');
      expect(getComputedStyle(mark, '::before').content, `${type} checked mark`).not.to.equal('none');
    }
  });
});

describe('<blush-consult-form> select in the clinic colour', () => {
  for (const dir of ['ltr', 'rtl']) {
    it(`draws the select's arrow in the accent, at the field's end (${dir})`, async () => {
      const wrapper = await fixture<HTMLElement>(
        `<div dir="${dir}" style="inline-size: 500px"><blush-consult-form min-fill-time="0" fields="name,email,referral"></blush-consult-form></div>`,
      );
      const el = wrapper.querySelector('blush-consult-form')!;
      el.style.setProperty('--blush-accent', 'rgb(20, 90, 160)');
      await eventually(() => el.querySelector('select'), 'the referral select never rendered');
      const select = el.querySelector('select')!;
      const style = getComputedStyle(select);
      expect(style.appearance, 'the native arrow is replaced').to.equal('none');
      expect(style.backgroundImage.match(/rgb\(20, 90, 160\)/g), 'both halves of the arrow').to.have.length(2);
      // The arrow sits at the end the text runs towards, with room kept for it.
      const [x] = style.backgroundPositionX.split(',');
      expect(x.trim(), 'the arrow is at the inline end').to.match(dir === 'ltr' ? /^calc\(100% - |^100%/ : /^\d/);
      expect(parseFloat(style.paddingInlineEnd), 'the text stops before the arrow').to.be.at.least(30);
    });
  }
});
