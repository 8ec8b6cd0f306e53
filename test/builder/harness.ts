import { fixture, html } from '@open-wc/testing';
import '../../demo/builder/ui/builder-app.js';
import type { BlushBuilder } from '../../demo/builder/ui/builder-app.js';
import { eventually } from '../helpers/wait.js';

/** Finds the first match inside the builder's nested shadow roots. */
export function deep<T extends Element>(root: Element | ShadowRoot, selector: string): T | null {
  const scope = root instanceof Element ? (root.shadowRoot ?? root) : root;
  const found = scope.querySelector<T>(selector);
  if (found) return found;
  for (const host of scope.querySelectorAll('*')) {
    if (host.shadowRoot) {
      const inner = deep<T>(host.shadowRoot, selector);
      if (inner) return inner;
    }
  }
  return null;
}

/** Every match, in every shadow root of the builder. */
export function deepAll<T extends Element>(root: Element | ShadowRoot, selector: string): T[] {
  const scope = root instanceof Element ? (root.shadowRoot ?? root) : root;
  const found = [...scope.querySelectorAll<T>(selector)];
  for (const host of scope.querySelectorAll('*')) if (host.shadowRoot) found.push(...deepAll<T>(host.shadowRoot, selector));
  return found;
}

/** The builder with a fresh URL, once its settings are on screen. */
export async function renderBuilder(fragment = ''): Promise<BlushBuilder> {
  history.replaceState(null, '', location.pathname + location.search + fragment);
  const builder = await fixture<BlushBuilder>(html`<blush-builder manifest="/custom-elements.json" preview="about:blank"></blush-builder>`);
  await eventually(() => deep(builder, 'builder-settings-panel'), 'the settings never appeared');
  return builder;
}

export const resetUrl = () => history.replaceState(null, '', location.pathname + location.search);
