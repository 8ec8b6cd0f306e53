import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Follows `prefers-reduced-motion` for motion done in script (CSS handles the rest with a media query). */
export class ReducedMotionController implements ReactiveController {
  #query?: MediaQueryList;
  #onChange = () => this.host.requestUpdate();

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  get isReduced(): boolean {
    return this.#query?.matches ?? matchMedia('(prefers-reduced-motion: reduce)').matches;
  }

  hostConnected(): void {
    this.#query = matchMedia('(prefers-reduced-motion: reduce)');
    this.#query.addEventListener('change', this.#onChange);
  }

  hostDisconnected(): void {
    this.#query?.removeEventListener('change', this.#onChange);
  }
}
