import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** The gallery as its URL sync sees it. */
interface UrlHost extends ReactiveControllerHost {
  readonly hasUpdated: boolean;
  /** Query parameter that mirrors the filter; empty turns the sync off. */
  urlParam: string;
  treatment?: string;
}

/**
 * The filter mirrored in the page address (`?gallery=botox`), so a filtered gallery can be shared:
 * read on connection and on Back/Forward, written on each choice.
 */
export class UrlSync implements ReactiveController {
  constructor(private readonly host: UrlHost) {
    host.addController(this);
  }

  hostConnected(): void {
    this.#read();
    addEventListener('popstate', this.#read);
  }

  hostDisconnected(): void {
    removeEventListener('popstate', this.#read);
  }

  #read = (): void => {
    const { host } = this;
    const value = host.urlParam ? new URLSearchParams(location.search).get(host.urlParam) : null;
    if (host.urlParam && (value !== null || host.hasUpdated)) host.treatment = value || undefined;
  };

  /** Writes the filter with replaceState: a filter is a view of this page, not a new page for Back. */
  write(value: string | null): void {
    const name = this.host.urlParam;
    if (!name) return;
    const url = new URL(location.href);
    if (value) url.searchParams.set(name, value);
    else url.searchParams.delete(name);
    if (url.href !== location.href) history.replaceState(history.state, '', url);
  }
}
