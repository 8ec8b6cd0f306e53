import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Which thumbnails are near the viewport: only those get their `src`, so a gallery of hundreds of
 * cases costs nothing until a visitor scrolls to them. Watches each case (`li[data-id]`) after each
 * render; without IntersectionObserver every case counts as near.
 */
export class NearThumbnails implements ReactiveController {
  /** Ids of the cases near the viewport. */
  near = new Set<string>();
  #observer?: IntersectionObserver;

  constructor(
    private readonly host: ReactiveControllerHost & { renderRoot: ParentNode },
    private readonly ids: () => string[],
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.#observer?.disconnect();
    this.#observer = undefined;
  }

  hostUpdated(): void {
    if (!('IntersectionObserver' in window)) {
      const ids = this.ids();
      if (this.near.size < ids.length) this.#add(ids);
      return;
    }
    this.#observer ??= new IntersectionObserver(
      (entries) => {
        const ready = entries.filter((entry) => entry.isIntersecting).map((entry) => entry.target as HTMLElement);
        for (const target of ready) this.#observer?.unobserve(target);
        if (ready.length) this.#add(ready.map((target) => target.dataset.id!));
      },
      { rootMargin: '400px 0px' },
    );
    for (const item of this.host.renderRoot.querySelectorAll<HTMLElement>('li[data-id]:not([data-watched])')) {
      if (this.near.has(item.dataset.id!)) continue;
      item.dataset.watched = '';
      this.#observer.observe(item);
    }
  }

  #add(ids: string[]): void {
    this.near = new Set([...this.near, ...ids]);
    this.host.requestUpdate();
  }
}
