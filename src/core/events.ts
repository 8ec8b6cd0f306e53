/**
 * Dispatches a `blush-*` CustomEvent that bubbles out of shadow roots.
 * Returns false when a cancelable event was cancelled with `preventDefault()`.
 * Details carry ids and states, never what a visitor typed (see PRODUCT.md, "Private by default").
 */
export function emit<T>(target: EventTarget, name: string, detail: T, options: { cancelable?: boolean } = {}): boolean {
  return target.dispatchEvent(
    new CustomEvent<T>(name, { detail, bubbles: true, composed: true, cancelable: options.cancelable ?? false }),
  );
}
