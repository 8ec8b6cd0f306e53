import { VERSION } from './version.js';

let hasWarnedAboutVersions = false;

/**
 * Registers a custom element unless the tag is already taken. A clinic's theme and a plugin
 * may both load our script: the second copy must be ignored quietly, or with one warning
 * when its version differs, never with the `NotSupportedError` that `customElements.define` throws.
 */
export function define(tag: string, element: CustomElementConstructor): void {
  const existing = customElements.get(tag) as (CustomElementConstructor & { blushVersion?: string }) | undefined;
  if (!existing) {
    Object.defineProperty(element, 'blushVersion', { value: VERSION, configurable: true });
    customElements.define(tag, element);
    return;
  }
  // One warning for the whole second copy, not one per element it tries to register.
  if (existing.blushVersion !== VERSION && !hasWarnedAboutVersions) {
    hasWarnedAboutVersions = true;
    console.warn(
      `[blush-widgets] <${tag}> and the other elements are already defined by version ${existing.blushVersion ?? 'unknown'}; ` +
        `this copy (${VERSION}) is ignored. Load blush-widgets once per page.`,
    );
  }
}
