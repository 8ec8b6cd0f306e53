import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { copyText } from '../core/clipboard.js';
import { prefersReducedMotion } from '../core/motion.js';
import type { FaqMessages } from './faq.messages.js';

// Deep links of <blush-faq>: ids unique across the page, opening the question a link names, and "Copy link".

/** Deep-link ids handed out on this page, so the same question asked twice (in one FAQ or two) gets distinct links. */
const claimedIds = new Map<string, Element>();

/**
 * A page-unique id for `key`: the key itself, or `key-2`, `key-3`… when an earlier item, another
 * FAQ or an element has it. The owner releases its ids before claiming them again in order, so
 * the suffixes stay the same across re-renders.
 */
export function claimFaqId(owner: Element, key: string): string {
  let id = key;
  for (let suffix = 2; ; suffix++) {
    const holder = claimedIds.get(id);
    const element = document.getElementById(id);
    if (!holder && (!element || owner.contains(element))) break;
    id = `${key}-${suffix}`;
  }
  claimedIds.set(id, owner);
  return id;
}

export function releaseFaqIds(owner: Element): void {
  for (const [id, holder] of claimedIds) if (holder === owner) claimedIds.delete(id);
}

/** What the links need of their FAQ: nothing of its internals beyond these. */
export interface LinkHost extends ReactiveControllerHost, Element {
  readonly renderRoot: HTMLElement | DocumentFragment;
}

export interface LinkOptions {
  /** Whether a question with this id is in the FAQ. */
  has(id: string): boolean;
  /** Opens the question, first clearing a search that hides it. */
  reveal(id: string): void;
  /** Announces a status to screen readers. */
  announce(text: string): void;
  words(): FaqMessages;
}

/** Opens, scrolls to and focuses the question the address names, on load and on `hashchange`; copies a question's link. */
export class FaqLinks implements ReactiveController {
  /** The question whose link was just copied, for a moment. */
  copiedId = '';
  #followed = '';

  constructor(
    private readonly host: LinkHost,
    private readonly options: LinkOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    addEventListener('hashchange', this.#handleHashChange);
  }

  hostDisconnected(): void {
    removeEventListener('hashchange', this.#handleHashChange);
    releaseFaqIds(this.host);
  }

  #handleHashChange = () => this.follow(true);

  /** Follows the address's `#id`: on navigation always, otherwise once per id (a re-read does not steal focus again). */
  async follow(isNavigation: boolean): Promise<void> {
    let id = '';
    try {
      id = decodeURIComponent(location.hash.slice(1));
    } catch {
      return;
    }
    if (!id || (!isNavigation && this.#followed === id) || !this.options.has(id)) return;
    this.#followed = id;
    this.options.reveal(id);
    await this.host.updateComplete;
    const button = this.host.renderRoot.querySelector<HTMLElement>(`[id="q-${CSS.escape(id)}"]`);
    button?.closest('.item')?.scrollIntoView({ block: 'start', behavior: isNavigation && !prefersReducedMotion() ? 'smooth' : 'auto' });
    button?.focus({ preventScroll: true });
  }

  async copy(id: string): Promise<void> {
    const words = this.options.words();
    const url = new URL(location.href);
    url.hash = id;
    // No clipboard (insecure page, denied permission): the link goes where the visitor can copy it,
    // and the button keeps saying "Copy link" rather than claim a copy that did not happen.
    if (!(await copyText(url.href))) {
      history.replaceState(history.state, '', url.href);
      this.options.announce(words.linkInAddressBar);
      return;
    }
    this.options.announce(words.linkCopied);
    this.copiedId = id;
    this.host.requestUpdate();
    setTimeout(() => {
      if (this.copiedId !== id) return;
      this.copiedId = '';
      this.host.requestUpdate();
    }, 2500);
  }
}
