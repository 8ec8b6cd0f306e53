import { VERSION } from './version.js';

// Shared by every copy of the library on the page, so a third copy does not warn again.
const WARNED = Symbol.for('blush-widgets.loaded-twice');

// Whether a script is registering elements in this task (see define()).
let registering = false;

/**
 * Registers a custom element unless the tag is already taken. A clinic's theme and a plugin
 * may both load our script: the second copy is ignored with one warning for the whole page
 * (naming both versions when they differ), never with the `NotSupportedError` that
 * `customElements.define` throws.
 *
 * The first element a script registers is registered at once. Each one after it in the same
 * task (the all-in-one file registers five) is registered in a task of its own, so its elements'
 * upgrade and first render do not add up with the others' into one long task on a slow phone.
 */
export function define(tag: string, element: CustomElementConstructor): void {
  const register = () => {
    const existing = customElements.get(tag) as (CustomElementConstructor & { blushVersion?: string }) | undefined;
    if (!existing) {
      Object.defineProperty(element, 'blushVersion', { value: VERSION, configurable: true });
      customElements.define(tag, element);
      return;
    }
    const page = globalThis as Record<symbol, boolean>;
    // The same class again is the same copy (a module imported twice by one bundle): nothing to say.
    if (existing === element || page[WARNED]) return;
    page[WARNED] = true;
    console.warn(
      `[blush-widgets] <${tag}> is already defined by version ${existing.blushVersion ?? '?'}, so this copy (${VERSION}) is ignored. ` +
        'Load it once: one script tag, or the WordPress plugin alone.',
    );
  };
  // Each timer is a task of its own, run in order.
  if (registering) setTimeout(register);
  else {
    registering = true;
    register();
    setTimeout(() => (registering = false));
  }
}
