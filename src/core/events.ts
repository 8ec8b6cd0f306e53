/**
 * Dispatches a `blush-*` CustomEvent that bubbles out of shadow roots.
 * Returns false when a cancelable event was cancelled with `preventDefault()`.
 * Details carry ids and states, never what a visitor typed (see PRODUCT.md, "Private by default").
 */
export function emit<K extends BlushEventName>(
  target: EventTarget,
  name: K,
  detail: BlushEventDetail<K>,
  options: { cancelable?: boolean } = {},
): boolean {
  return target.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true, cancelable: options.cancelable ?? false }));
}

/** Names of the `blush-*` events the elements declare in `HTMLElementEventMap`. */
export type BlushEventName = keyof HTMLElementEventMap & `blush-${string}`;

/** The detail type an event's declaration in `HTMLElementEventMap` gives it. */
export type BlushEventDetail<K extends BlushEventName> = HTMLElementEventMap[K] extends CustomEvent<infer D> ? D : never;
