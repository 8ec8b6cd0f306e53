import { LitElement, type PropertyDeclarations } from 'lit';
import { LocaleController } from './controllers/locale-controller.js';
import type { Messages, MessageScope } from './i18n/registry.js';
import { emit, type BlushEventDetail, type BlushEventName } from './events.js';
import { tokenStyles } from './styles/tokens.styles.js';
import { warn } from './warn.js';

/**
 * Base class of every Blush element: shared tokens and host styles, language tracking,
 * typed events and the one warning format. Registers nothing itself.
 */
export class BlushElement extends LitElement {
  static override styles = [tokenStyles];

  static override properties: PropertyDeclarations = {
    theme: { reflect: true },
  };

  /**
   * Colour scheme of the widget: `light`, `dark`, or unset to follow the page's `color-scheme`.
   */
  theme?: 'light' | 'dark';

  /** The tables of words this element shows; their current language is fetched before each update that needs it. */
  static translations: Messages<MessageScope>[] = [];

  /** Language and formatting locale of this element (reads `lang`, nearest `[lang]`, `<html lang>`). */
  protected readonly localization = new LocaleController(this);

  /** The one way an element waits for its words: a language's first update waits for its tables. */
  protected override scheduleUpdate(): void | Promise<unknown> {
    const words = this.localization.load((this.constructor as typeof BlushElement).translations);
    return words ? words.then(() => super.scheduleUpdate()) : super.scheduleUpdate();
  }

  /** Dispatches a bubbling, composed `blush-*` event; false when a cancelable one was cancelled. */
  protected emit<K extends BlushEventName>(name: K, detail: BlushEventDetail<K>, options?: { cancelable?: boolean }): boolean {
    return emit(this, name, detail, options);
  }

  /** Logs one `[tag] …` warning per distinct message for this element. */
  protected warn(message: string): void {
    warn(this, message);
  }
}
