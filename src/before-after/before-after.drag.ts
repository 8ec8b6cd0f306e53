export const clamp = (value: number) => Math.min(100, Math.max(0, value));

/** What the drag needs of its slider: the divider's value and a few of its settings, nothing more. */
export interface DragHost extends HTMLElement {
  readonly renderRoot: HTMLElement | DocumentFragment;
  orientation?: string;
  /** The divider follows the mouse without a press. */
  hover?: boolean;
}

export interface DragOptions {
  value(): number;
  /** Sets the divider without painting or events. */
  setValue(value: number): void;
  /** Writes the divider's position to the page (once per frame while moves arrive). */
  paint(): void;
  /** Brings the range input and its spoken value up to date. */
  sync(): void;
  /** A gesture may move the divider now (not side by side, not veiled). */
  enabled(): boolean;
  emit(type: 'input' | 'change'): void;
  /** The visitor took over: the first-view hint stops. */
  touched(): void;
  /** Focus goes to the range input, so keys work after a click. */
  focus(): void;
}

/**
 * Pointer control of the divider: drag with mouse, pen or touch, click or tap to move it there,
 * or follow the mouse with `hover`. A touch that turns into a page scroll is undone. Layout is read
 * once per gesture (`measure`), never in the move handler; moves are painted once per frame.
 */
export class DividerDrag {
  #start = 50;
  #rect?: DOMRect;
  #rtl = false;
  #dragging = false;
  #frame = 0;

  constructor(
    private readonly host: DragHost,
    private readonly options: DragOptions,
  ) {}

  measure = (): void => {
    this.#rect = this.host.renderRoot.querySelector('.frame')!.getBoundingClientRect();
    this.#rtl = this.host.matches(':dir(rtl)');
    this.#start = this.options.value();
  };

  down = (event: PointerEvent): void => {
    if ((event.pointerType === 'mouse' && event.button) || !this.options.enabled()) return;
    this.options.touched();
    this.measure();
    this.#dragging = true;
    try {
      (event.currentTarget as Element).setPointerCapture(event.pointerId);
    } catch {
      /* synthetic events have no active pointer to capture */
    }
    // A touch may turn into a page scroll (pointercancel), so it moves the divider only once it moves or lifts.
    if (event.pointerType !== 'touch') {
      event.preventDefault();
      this.options.focus();
      this.#moveTo(event);
    }
  };

  move = (event: PointerEvent): void => {
    if (this.#dragging || (this.host.hover && event.pointerType === 'mouse' && this.#rect && this.options.enabled())) this.#moveTo(event);
  };

  up = (event: PointerEvent): void => {
    if (!this.#dragging) return;
    if (event.pointerType === 'touch') this.#moveTo(event);
    this.#end();
  };

  leave = (): void => {
    if (this.#dragging) return;
    if (this.host.hover) this.#end();
    this.#rect = undefined;
  };

  // The browser took the gesture over (a touch that became a page scroll): undo what its first moves did.
  cancel = (): void => {
    if (!this.#dragging) return;
    this.#dragging = false;
    if (this.options.value() === this.#start) return;
    this.options.setValue(this.#start);
    this.options.sync();
    this.options.emit('input');
  };

  #end(): void {
    this.#dragging = false;
    this.options.sync();
    if (this.options.value() !== this.#start) this.options.emit('change');
    this.#start = this.options.value();
  }

  #moveTo(event: PointerEvent): void {
    const rect = this.#rect;
    if (!rect) return;
    const fraction =
      this.host.orientation === 'vertical'
        ? (event.clientY - rect.top) / rect.height
        : (this.#rtl ? rect.right - event.clientX : event.clientX - rect.left) / rect.width;
    const next = clamp(Math.round(fraction * 1000) / 10);
    if (next === this.options.value()) return;
    this.options.setValue(next);
    // Several moves can arrive within one frame; only the last position is painted.
    this.#frame ||= requestAnimationFrame(() => {
      this.#frame = 0;
      this.options.paint();
    });
    this.options.emit('input');
  }
}
