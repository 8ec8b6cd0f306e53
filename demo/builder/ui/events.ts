import type { BuilderState } from '../model/state.js';

export type BuilderPatch = Partial<BuilderState>;
export type BuilderChangeEvent = CustomEvent<BuilderPatch>;

/** Every panel reports edits the same way; the app owns the one state. */
export function emitChange(from: HTMLElement, patch: BuilderPatch): void {
  from.dispatchEvent(new CustomEvent('builder-change', { detail: patch, bubbles: true, composed: true }));
}

declare global {
  interface HTMLElementEventMap {
    'builder-change': BuilderChangeEvent;
  }
}
