import { css } from 'lit';

// Written compactly on purpose: this element's budget is ~2.5 kB gzip and css`` is shipped verbatim.
// Script moves the divider (at most once per frame) with two inline styles only: the after layer's
// clip-path and the track's translate, so a move restyles two elements and runs no layout. It also
// sets --blush-ba-ratio on the host and --_position/--_scale/--_offset on each photo layer.
// Notes kept out of the shipped CSS:
// - Only the slider's own axis is captured: a vertical swipe still scrolls the page.
// - clip-path and translate have no logical form: script writes them for the slider's direction.
// - The track spans the frame, so translate's percentages are shares of the frame; the line inside it
//   stays the public divider part.
// - !important inside a shadow root outranks a theme's "img { height: auto; border; filter }" on slotted photos.
// - Keyboard focus sits on an invisible native range; the handle shows it.
// - The blur's soft edges fade into a neutral ground, not the page.
// - The veil is dark enough (64 %) that its white words pass 4.5:1 even over a white photo.
export const styles = css`
figure { margin: 0 }
.frame { position: relative; display: grid; overflow: hidden; border-radius: var(--_blush-radius); cursor: ew-resize; user-select: none; -webkit-user-select: none; -webkit-tap-highlight-color: transparent;
  touch-action: pan-y }
.layer { grid-area: 1/1; position: relative; overflow: hidden; aspect-ratio: var(--blush-ba-ratio, 4/3); background: var(--_blush-surface) }
img, ::slotted(img) { position: absolute !important; inset: 0 !important; width: 100% !important; height: 100% !important; max-width: none !important; margin: 0 !important; padding: 0 !important; border: 0 !important; filter: none !important; box-shadow: none !important; object-fit: cover !important; object-position: var(--_position) !important; transform-origin: var(--_position); scale: var(--_scale); translate: var(--_offset); -webkit-user-drag: none }
::slotted(picture) { display: contents !important }
.label { position: absolute; inset-block: var(--_blush-space-3) auto; inset-inline: var(--_blush-space-3) auto; padding: 0 .75em; border-radius: 1em; background: #0009; color: #fff; font-size: .75rem; font-weight: 600; letter-spacing: .06em; line-height: 1.6; text-transform: uppercase; max-inline-size: calc(50% - var(--_blush-space-3) * 1.5); overflow-wrap: anywhere }
.label, .track { pointer-events: none }
.track { position: absolute; inset: 0 }
.after .label { inset-inline: auto var(--_blush-space-3) }
.missing { position: absolute; inset: 0; display: grid; place-items: center start; padding: var(--_blush-space-4); background: light-dark(#f4f0f1, #2a2427); color: var(--_blush-text-muted); font-size: .875rem }
.after .missing { place-items: center end; text-align: end }
.missing span { max-inline-size: 45% }
.divider { position: absolute; inset-block: 0; inset-inline-start: 0; inline-size: 2px; margin-inline-start: -1px; background: var(--blush-before-after-divider, #fff); box-shadow: 0 0 6px #0005 }
.handle { position: absolute; inset: 50%; display: grid; place-items: center; inline-size: 2.75rem; block-size: 2.75rem; margin: -1.375rem; border-radius: 50%; background: #fffffff0; color: #3b2a31; box-shadow: 0 2px 12px #0004 }
svg { inline-size: 1.25rem; fill: none; stroke: currentColor; stroke-width: 2; stroke-linecap: round; stroke-linejoin: round }
input { position: absolute; inset: 0; inline-size: 100%; block-size: 100%; margin: 0; opacity: 0; pointer-events: none }
input:focus-visible + .track .handle { outline: 3px solid var(--_blush-focus-color); outline-offset: 2px }
:host([orientation=vertical]) .frame { touch-action: pan-x; cursor: ns-resize }
:host([orientation=vertical]) .label { max-inline-size: calc(100% - var(--_blush-space-3) * 2) }
:host([orientation=vertical]) .after .label { inset-block: auto var(--_blush-space-3); inset-inline: var(--_blush-space-3) auto }
:host([orientation=vertical]) .missing { place-items: start center }
:host([orientation=vertical]) .after .missing { place-items: end center }
:host([orientation=vertical]) .divider { inset: 0 0 auto; inline-size: auto; block-size: 2px; margin: -1px 0 0 }
:host([orientation=vertical]) svg { rotate: 90deg }
/* A phone held sideways: the slider fits the screen's height (the photos keep their shape, narrower). */
@media (orientation: landscape) and (max-height: 32rem) {
  :host(:not([view=side-by-side])) .frame { max-inline-size: calc(var(--blush-ba-max-block-size, 85svh) * (var(--blush-ba-ratio, 4/3))); margin-inline: auto }
}
:host([view=side-by-side]) .frame { grid-template-columns: 1fr 1fr; gap: var(--_blush-space-2); border-radius: 0; cursor: auto }
:host([view=side-by-side]) .layer { grid-area: auto; border-radius: var(--_blush-radius) }
:host([view=side-by-side]) .after { clip-path: none !important }
:host([view=side-by-side]) :is(.track, input) { display: none }
:host([view=side-by-side]) .missing { place-items: center; text-align: center }
.veiled { background: #6b5d62 }
.veiled .layer { filter: blur(1.75rem) }
.veiled .track { display: none }
.veil { position: absolute; inset: 0; display: grid; place-content: center; justify-items: center; gap: var(--_blush-space-3); padding: var(--_blush-space-4); background: #181114a3; color: #fff; text-align: center; text-shadow: 0 1px 3px #0008; cursor: auto }
p { margin: 0 }
.foot { display: flex; flex-wrap: wrap; align-items: center; gap: var(--_blush-space-2) var(--_blush-space-4); margin-block-start: var(--_blush-space-3) }
figcaption { flex: 1 1 12rem; color: var(--_blush-text-muted); font-size: .9375rem }
button { min-block-size: 2.5rem; padding: 0 var(--_blush-space-4); border: 1px solid var(--_blush-border); border-radius: 2em; background: var(--_blush-surface-raised); color: inherit; font: inherit; font-size: .875rem; cursor: pointer }
[aria-pressed=true] { border-color: transparent; background: var(--_blush-accent); color: var(--_blush-accent-contrast) }
.veil button { border: 0; background: #fff; color: #2b1d23; font-weight: 600; text-shadow: none }
@media (forced-colors: active) {
  .handle, .label, .divider { forced-color-adjust: none; border: 1px solid CanvasText; background: Canvas; color: CanvasText }
  .divider { background: CanvasText }
}
`;
