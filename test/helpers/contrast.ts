/**
 * WCAG contrast of text over stacked backgrounds. Colours are composited by a 1×1 canvas, so any
 * computed colour an engine reports (rgb(), color(srgb …), color-mix results) is read the same way.
 */
import { contrastRatio as ratioOf, type Channels } from '../../src/core/contrast.js';

const context = Object.assign(document.createElement('canvas'), { width: 1, height: 1 }).getContext('2d', { willReadFrequently: true })!;

/** The opaque colour seen through `layers`, bottom first (the first should be opaque). */
export function composite(layers: string[]): string {
  context.clearRect(0, 0, 1, 1);
  for (const layer of layers) {
    context.fillStyle = layer;
    context.fillRect(0, 0, 1, 1);
  }
  const [red, green, blue] = context.getImageData(0, 0, 1, 1).data;
  return `rgb(${red} ${green} ${blue})`;
}

/** The channels of any colour an engine understands, composited over black. */
function channels(color: string): Channels {
  return /(\d+) (\d+) (\d+)/
    .exec(composite(['#000', color]))!
    .slice(1)
    .map(Number) as unknown as Channels;
}

/** The WCAG 2 contrast ratio of two opaque colours. */
export function contrastRatio(first: string, second: string): number {
  return ratioOf(channels(first), channels(second));
}

/**
 * The lowest contrast of `text` (its computed colour) over a photo of any brightness: the
 * backgrounds of `text` and its ancestors up to and including `cover`, over a white and over a
 * black photo.
 */
export function worstContrastOverPhoto(text: Element, cover: Element): number {
  const backgrounds: string[] = [];
  for (let node: Element | null = text; node; node = node.parentElement ?? (node.getRootNode() as ShadowRoot).host ?? null) {
    backgrounds.unshift(getComputedStyle(node).backgroundColor);
    if (node === cover) break;
  }
  return Math.min(
    ...['#fff', '#000'].map((photo) => {
      const ground = composite([photo, ...backgrounds]);
      return contrastRatio(composite([ground, getComputedStyle(text).color]), ground);
    }),
  );
}
