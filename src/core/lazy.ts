import { adoptStyles, type CSSResultOrNative, type ReactiveElement } from 'lit';
import { SAME_FOLDER, warn } from './warn.js';

/**
 * A part of an element fetched on first need (`import('./faq.search.js')`). One failure policy
 * for every element: a failed fetch warns once a page, on the element that first needed it,
 * resolves to `undefined` (and sets `failed`) so the element shows its fallback, and is tried
 * again on the next need.
 */
export class Chunk<T> {
  /** The module, once fetched. */
  value?: T;
  /** The last try failed and no other has started: the element shows its fallback. */
  failed = false;
  #pending?: Promise<T | undefined>;
  #warned = false;

  /** `what` finishes "could not load its …" (`search`, `result view`). */
  constructor(
    private readonly importer: () => Promise<T>,
    private readonly what: string,
  ) {}

  /** Fetches the chunk (once at a time); `undefined` after a failure, which is warned about on `host`. */
  load(host: Element): Promise<T | undefined> {
    if (this.value) return Promise.resolve(this.value);
    if (this.#pending) return this.#pending;
    this.failed = false;
    return (this.#pending = this.importer().then(
      (module) => (this.value = module),
      () => {
        this.#pending = undefined;
        this.failed = true;
        if (!this.#warned) warn(host, `could not load its ${this.what} (a network error?); ${SAME_FOLDER}`);
        this.#warned = true;
        return undefined;
      },
    ));
  }
}

const adopted = new WeakMap<ShadowRoot, Set<CSSResultOrNative>>();

/** Adds the styles that late chunks bring to an element's shadow root, each once, after its own. */
export function adoptLateStyles(host: ReactiveElement, sheets: (CSSResultOrNative | false | null | undefined)[]): void {
  const root = host.renderRoot as ShadowRoot;
  const added = adopted.get(root) ?? new Set();
  const size = added.size;
  for (const sheet of sheets) if (sheet) added.add(sheet);
  if (added.size === size) return;
  adopted.set(root, added);
  adoptStyles(root, [...(host.constructor as typeof ReactiveElement).elementStyles, ...added]);
}
