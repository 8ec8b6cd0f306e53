import { css } from 'lit';
import { quote } from '../core/warn.js';

// What only some pages use, fetched when its attribute is present (or a photo fails): the
// side-by-side layout, the failed-photo placeholder's layout, the first-view hint and per-photo
// alignment. Rendering waits for it, so nothing shifts or flashes.

const clamp = (value: number) => Math.min(100, Math.max(0, value));

/** Sweeps the divider once around `value()` when `host` first scrolls into view, unless the visitor already moved it. */
export function sweep(host: Element, value: () => number, paint: (position?: number) => void, touched: () => boolean): IntersectionObserver {
  const observer = new IntersectionObserver(
    ([entry]) => {
      if (!entry.isIntersecting) return;
      observer.disconnect();
      const begin = performance.now();
      const step = (now: number) => {
        const progress = (now - begin) / 1600;
        if (progress >= 1 || touched()) return paint();
        paint(clamp(value() + 12 * Math.sin(progress * 2 * Math.PI) * (1 - progress)));
        requestAnimationFrame(step);
      };
      requestAnimationFrame(step);
    },
    { threshold: 0.6 },
  );
  observer.observe(host);
  return observer;
}

type Alignment = Partial<Record<`${'before' | 'after'}${'Position' | 'Scale' | 'Offset'}`, string | undefined>>;

/** Per-photo alignment, as custom properties on each layer: they inherit through the slot to slotted images too. */
export function align(host: Alignment, root: ParentNode, warn: (message: string) => void): void {
  for (const side of ['before', 'after'] as const) {
    const layer = root.querySelector<HTMLElement>(`.${side}`)!;
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

export const extraStyles = css`
.missing { position: absolute; inset: 0; display: grid; place-items: center start; padding: var(--_blush-space-4); background: light-dark(#f4f0f1, #2a2427); color: var(--_blush-text-muted); font-size: .875rem }
.after .missing { place-items: center end; text-align: end }
.missing span { max-inline-size: 45% }
:host([orientation=vertical]) .missing { place-items: start center }
:host([orientation=vertical]) .after .missing { place-items: end center }
:host([view=side-by-side]) .frame { grid-template-columns: 1fr 1fr; gap: var(--_blush-space-2); border-radius: 0; cursor: auto }
:host([view=side-by-side]) .layer { grid-area: auto; border-radius: var(--_blush-radius) }
:host([view=side-by-side]) .after { clip-path: none }
:host([view=side-by-side]) :is(.divider, input) { display: none }
:host([view=side-by-side]) .missing { place-items: center; text-align: center }
`;
