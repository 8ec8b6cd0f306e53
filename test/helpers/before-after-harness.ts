import { sendMouse } from '@web/test-runner-commands';
import type { BlushBeforeAfter } from '../../src/before-after/before-after.js';
import { queuedTasksRun } from './wait.js';

/**
 * A PNG photo stand-in of a given intrinsic size, as a data URL. (Not SVG: WebKit reports an SVG's
 * natural size as its rendered size, which would hide what these tests check.)
 */
export function photo(width: number, height: number, fill = '#d9b8c4'): string {
  const canvas = document.createElement('canvas');
  [canvas.width, canvas.height] = [width, height];
  const context = canvas.getContext('2d')!;
  context.fillStyle = fill;
  context.fillRect(0, 0, width, height);
  context.fillStyle = '#a36b7e';
  context.beginPath();
  context.arc(width / 2, height * 0.4, Math.min(width, height) / 5, 0, 2 * Math.PI);
  context.fill();
  return canvas.toDataURL('image/png');
}

const root = (el: BlushBeforeAfter) => el.shadowRoot!;

/** Shadow-DOM lookups for <blush-before-after>, so tests read as behaviour. */
export const ba = {
  frame: (el: BlushBeforeAfter) => root(el).querySelector<HTMLElement>('.frame')!,
  range: (el: BlushBeforeAfter) => root(el).querySelector('input')!,
  layer: (el: BlushBeforeAfter, side: 'before' | 'after') => root(el).querySelector<HTMLElement>(`.layer.${side}`)!,
  labels: (el: BlushBeforeAfter) => [...root(el).querySelectorAll('.label')].map((label) => label.textContent),
  missing: (el: BlushBeforeAfter, side: 'before' | 'after') => root(el).querySelector(`.${side} [part=missing]`),
  handle: (el: BlushBeforeAfter) => root(el).querySelector<HTMLElement>('.handle')!,
  divider: (el: BlushBeforeAfter) => root(el).querySelector<HTMLElement>('.divider')!,
  toggle: (el: BlushBeforeAfter) => root(el).querySelector<HTMLButtonElement>('[part=toggle]'),
  veil: (el: BlushBeforeAfter) => root(el).querySelector<HTMLElement>('[part=veil]'),
  caption: (el: BlushBeforeAfter) => root(el).querySelector('figcaption'),
  /** The image shown on a side: the slotted one, else the element's own. */
  image: (el: BlushBeforeAfter, side: 'before' | 'after') =>
    (el.querySelector<HTMLImageElement>(`[slot=${side}]`) ?? root(el).querySelector<HTMLImageElement>(`.${side} img`))!,
  /** The divider position as painted: the share of the frame its track is moved by (sign and axis dropped). */
  position: (el: BlushBeforeAfter) =>
    root(el)
      .querySelector<HTMLElement>('.track')!
      .style.translate.split(' ')
      .find((part) => part.endsWith('%'))!
      .replace('-', ''),
  /** Resolves once every image of the element has loaded or failed. */
  async loaded(el: BlushBeforeAfter): Promise<void> {
    await el.updateComplete;
    const images = [...el.querySelectorAll('img'), ...root(el).querySelectorAll('img')];
    // The element hears load and error while capturing at its frame, so by the time these listeners
    // on the images themselves run, it has handled the event.
    const settled = images.map(
      (image) =>
        new Promise((resolve) => {
          image.addEventListener('load', resolve, { once: true });
          image.addEventListener('error', resolve, { once: true });
        }),
    );
    for (const image of images) image.loading = 'eager';
    await Promise.all(images.map((image, index) => (image.complete ? null : settled[index])));
    // A photo complete before the listeners were added may still have its load event queued.
    await queuedTasksRun();
    await el.updateComplete;
  },
};

/** A viewport point at `fraction` (0–1) along the frame: x from the left edge, or y from the top when vertical. */
export function pointOn(el: BlushBeforeAfter, fraction: number, axis: 'x' | 'y' = 'x'): [number, number] {
  const rect = ba.frame(el).getBoundingClientRect();
  return axis === 'x'
    ? [Math.round(rect.left + rect.width * fraction), Math.round(rect.top + rect.height / 2)]
    : [Math.round(rect.left + rect.width / 2), Math.round(rect.top + rect.height * fraction)];
}

/** Drags with the real mouse from one fraction of the frame to another, in `steps` moves. */
export async function drag(el: BlushBeforeAfter, from: number, to: number, axis: 'x' | 'y' = 'x', steps = 4): Promise<void> {
  await sendMouse({ type: 'move', position: pointOn(el, from, axis) });
  await sendMouse({ type: 'down' });
  for (let step = 1; step <= steps; step++) {
    await sendMouse({ type: 'move', position: pointOn(el, from + ((to - from) * step) / steps, axis) });
  }
  await sendMouse({ type: 'up' });
}

/** Records `input` and `change` events from the element. */
export function recordEvents(el: BlushBeforeAfter): string[] {
  const seen: string[] = [];
  for (const type of ['input', 'change']) el.addEventListener(type, () => seen.push(`${type}:${el.value}`));
  return seen;
}
