import { LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import { LocaleController } from './controllers/locale-controller.js';
import { emit } from './events.js';
import { tokenStyles } from './styles/tokens.styles.js';
import { warn } from './warn.js';

/**
 * Base class of every Blush element: shared tokens and host styles, language tracking,
 * typed events and the one warning format. Registers nothing itself.
 */
export class BlushElement extends LitElement {
  static override styles = [tokenStyles];

  /**
   * Colour scheme of the widget: `light`, `dark`, or unset to follow the page's `color-scheme`.
   */
  @property({ reflect: true }) theme?: 'light' | 'dark';

  /** Language and formatting locale of this element (reads `lang`, nearest `[lang]`, `<html lang>`). */
  protected readonly localization = new LocaleController(this);

  /** Dispatches a bubbling, composed `blush-*` event; false when a cancelable one was cancelled. */
  protected emit<T>(name: keyof HTMLElementEventMap & `blush-${string}`, detail: T, options?: { cancelable?: boolean }): boolean {
    return emit(this, name, detail, options);
  }

  /** Logs one `[tag] …` warning per distinct message for this element. */
  protected warn(message: string): void {
    warn(this, message);
  }
}
