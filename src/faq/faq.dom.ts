// DOM helpers of <blush-faq>: the open/close motion and keyboard moves between questions.

import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { prefersReducedMotion } from '../core/motion.js';

/**
 * Height animation with the Web Animations API: no inline styles (strict CSP) and nothing left
 * behind. `onClosed` runs when a closing animation ends or is cancelled.
 */
function animatePanel(host: Element, panel: HTMLElement, open: boolean, onClosed: () => void): void {
  for (const running of panel.getAnimations()) running.cancel();
  const style = getComputedStyle(host);
  const frames = [
    { height: '0px', opacity: 0, overflow: 'hidden' },
    { height: `${panel.scrollHeight}px`, opacity: 1, overflow: 'hidden' },
  ];
  const animation = panel.animate(open ? frames : frames.reverse(), {
    duration: parseFloat(style.getPropertyValue('--_blush-duration')) || 0,
    easing: style.getPropertyValue('--_blush-easing') || 'ease',
  });
  // The promise settles at once on finish(), where the finish event waits for a frame.
  if (!open) animation.finished.then(onClosed, onClosed);
}

/** Focuses the first question a search leaves; false when none is left. */
export function focusFirstQuestion(root: ParentNode): boolean {
  const first = root.querySelector<HTMLElement>('.item:not([hidden]) .question');
  first?.focus();
  return !!first;
}

// WAI-ARIA APG accordion: https://www.w3.org/WAI/ARIA/apg/patterns/accordion/
// Enter and Space come from the native button; arrows, Home and End move between questions.
export function moveBetweenQuestions(root: ParentNode, event: KeyboardEvent): void {
  const buttons = [...root.querySelectorAll<HTMLButtonElement>('.item:not([hidden]) .question')];
  const index = buttons.indexOf(event.target as HTMLButtonElement);
  if (index < 0 || event.altKey || event.ctrlKey || event.metaKey) return;
  const last = buttons.length - 1;
  const next = { ArrowDown: index === last ? 0 : index + 1, ArrowUp: index === 0 ? last : index - 1, Home: 0, End: last }[event.key];
  if (next === undefined) return;
  event.preventDefault();
  buttons[next].focus();
}

/** The answers opening and closing: recorded as the state changes, animated after the render that shows it. */
export class PanelMotion implements ReactiveController {
  #pending = new Map<string, boolean>();
  #closing = new Set<string>();

  constructor(private readonly host: ReactiveControllerHost & HTMLElement & { renderRoot: ParentNode }) {
    host.addController(this);
  }

  /** Records an answer opening or closing (nothing moves with reduced motion). */
  change(id: string, open: boolean): void {
    if (prefersReducedMotion()) return;
    this.#pending.set(id, open);
    if (!open) this.#closing.add(id);
  }

  /** Closed, but still shown while it animates shut. */
  isClosing(id: string): boolean {
    return this.#closing.has(id);
  }

  hostUpdated(): void {
    for (const [id, open] of this.#pending) {
      const panel = this.host.renderRoot.querySelector<HTMLElement>(`[id="a-${CSS.escape(id)}"]`);
      const done = () => {
        this.#closing.delete(id);
        this.host.requestUpdate();
      };
      if (panel) animatePanel(this.host, panel, open, done);
      else this.#closing.delete(id);
    }
    this.#pending.clear();
  }
}
