import { quote } from '../core/warn.js';

export type Side = 'before' | 'after';

// A <picture>'s inner <img> is out of reach of ::slotted(), so it gets the same fit through CSSOM
// (allowed under a strict CSP, unlike a style attribute).
const PICTURE_FIT =
  'position:absolute;inset:0;width:100%;height:100%;max-width:none;margin:0;object-fit:cover;object-position:var(--_position);transform-origin:var(--_position);scale:var(--_scale);translate:var(--_offset)';

/** What the photos need of their slider. */
export interface PhotoHost extends HTMLElement {
  readonly renderRoot: HTMLElement | DocumentFragment;
  aspectRatio?: string;
}

type Warn = (message: string) => void;

/**
 * The two photos: their load and error (own `<img>` or slotted), the box's aspect ratio (given,
 * else the before photo's own, else 4/3) and each photo's alignment.
 */
export class Photos {
  /** The before photo's own ratio, once known. */
  #intrinsic?: string;

  constructor(
    private readonly host: PhotoHost,
    private readonly warn: Warn,
    /** A photo failed to load (a placeholder shows), or loaded after all. */
    private readonly failed: (side: Side, failed: boolean) => void,
  ) {}

  /** Sets the box's ratio: the `aspect-ratio` given, else the before photo's, else 4/3. */
  applyRatio(): void {
    const { host } = this;
    const given = host.aspectRatio?.replace(':', '/');
    const valid = given && CSS.supports('aspect-ratio', given);
    if (given && !valid) this.warn(`aspect-ratio=${quote(host.aspectRatio)} is not a ratio; use width/height, e.g. "4/5".`);
    host.style.setProperty('--blush-ba-ratio', (valid && given) || this.#intrinsic || '4 / 3');
  }

  slotChange = (event: Event): void => {
    const slot = event.target as HTMLSlotElement;
    for (const element of slot.assignedElements()) {
      const image = element instanceof HTMLImageElement ? element : element.querySelector('img');
      if (!image) continue;
      if (image !== element) image.style.cssText += PICTURE_FIT;
      const [width, height] = [image.getAttribute('width'), image.getAttribute('height')];
      if (slot.name === 'before' && +width! > 0 && +height! > 0) this.#intrinsic = `${width} / ${height}`;
      // It may have loaded or failed before this element upgraded.
      if (image.complete) this.#settled(image, slot.name as Side, image.naturalWidth > 0);
    }
    this.applyRatio();
  };

  // load and error do not bubble: caught while capturing at the frame, for slotted and own images alike.
  image = {
    handleEvent: (event: Event): void => {
      // The handle's inline <svg> fires load too; a photo that arrives after the element left the page says nothing.
      if (!(event.target instanceof HTMLImageElement) || !this.host.isConnected) return;
      const side = event.composedPath().includes(this.host.renderRoot.querySelector('.after')!) ? 'after' : 'before';
      this.#settled(event.target, side, event.type === 'load');
    },
    capture: true,
  };

  #settled(image: HTMLImageElement, side: Side, loaded: boolean): void {
    const { host } = this;
    if (!loaded) {
      if (!image.getAttribute('src') && !image.srcset) return;
      this.warn(
        `the ${side} photo ${quote(image.currentSrc || image.src)} could not be loaded; check the "${side}" URL or the slotted image.`,
      );
      this.failed(side, true);
      return;
    }
    this.failed(side, false);
    if (side === 'before' && !this.#intrinsic) {
      const [width, height] = [image.naturalWidth, image.naturalHeight];
      this.#intrinsic = `${width} / ${height}`;
      // Better a photo uncropped than a guessed shape, but the clinic can stop the layout shift.
      if (!host.aspectRatio && Math.abs(width / height - 4 / 3) > 0.01) {
        this.warn(
          `the box changed shape when the before photo loaded (a layout shift); set aspect-ratio="${width}/${height}", or width and height on the slotted <img>, so space is reserved.`,
        );
      }
      this.applyRatio();
    }
  }
}

/** Each photo's focal point, zoom and offset, checked, as custom properties (they reach slotted images too). */
export function applyAlignment(host: PhotoHost & Partial<Record<`${Side}${'Position' | 'Scale' | 'Offset'}`, string>>, warn: Warn): void {
  for (const side of ['before', 'after'] as const) {
    const layer = host.renderRoot.querySelector<HTMLElement>(`.${side}`)!;
    for (const [name, property, value, example] of [
      ['position', 'object-position', host[`${side}Position`], '50% 30%'],
      ['scale', 'scale', host[`${side}Scale`], '1.1'],
      ['offset', 'translate', host[`${side}Offset`], '2% -3%'],
    ] as const) {
      const valid = value && CSS.supports(property, value);
      if (value && !valid) warn(`${side}-${name}=${quote(value)} is not a valid CSS ${property}; use e.g. "${example}".`);
      layer.style.setProperty(`--_${name}`, valid ? value : null);
    }
  }
}
