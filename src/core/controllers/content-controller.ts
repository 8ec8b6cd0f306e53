import type { ReactiveController, ReactiveControllerHost } from 'lit';

type Host = ReactiveControllerHost & HTMLElement;

export interface ContentOptions {
  /** What of the element's light DOM to watch: a change there reads the content again. */
  watch: MutationObserverInit;
  /** The inputs (properties, language) whose change reads the content again. */
  args: () => readonly unknown[];
  /** Reads every source; `signal` aborts when a newer read starts or the element leaves the page. */
  read: (signal: AbortSignal) => unknown;
}

/**
 * The content an element shows from its sources (children, an inline JSON script, `src`, a
 * property), read again whenever one of them changes. In the manner of Lit's Task (one read per
 * change of its arguments, the one before aborted) and MutationController (the light DOM watched
 * while connected). A read starts during the host's update, before it renders, so what a
 * synchronous source gives is in the first render; children added right after the element are
 * read in the same pass.
 */
export class ContentController implements ReactiveController {
  #observer = new MutationObserver(() => this.request());
  #args?: readonly unknown[];
  #abort?: AbortController;

  constructor(
    private readonly host: Host,
    private readonly options: ContentOptions,
  ) {
    host.addController(this);
  }

  /** Reads again at the host's next update. */
  request(): void {
    this.#args = undefined;
    this.host.requestUpdate();
  }

  hostConnected(): void {
    this.#observer.observe(this.host, this.options.watch);
    this.request();
  }

  hostDisconnected(): void {
    this.#observer.disconnect();
    this.#abort?.abort();
  }

  hostUpdate(): void {
    const args = this.options.args();
    const last = this.#args;
    if (last && args.length === last.length && args.every((value, index) => Object.is(value, last[index]))) return;
    this.#args = args;
    this.#abort?.abort();
    this.#abort = new AbortController();
    this.options.read(this.#abort.signal);
  }
}
