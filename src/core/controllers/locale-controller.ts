import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { languageOf, resolveLocale, type Language, type MessageTables } from '../i18n/locale.js';

type Host = ReactiveControllerHost & HTMLElement;

/**
 * Tracks the language of its element (own `lang`, nearest `[lang]` ancestor, `<html lang>`)
 * and asks for an update when `<html lang>` or the element's own `lang` changes, so a site's
 * language switcher re-renders every widget without a reload.
 */
export class LocaleController implements ReactiveController {
  #observer?: MutationObserver;
  #locale = 'en';

  constructor(private readonly host: Host) {
    host.addController(this);
  }

  /** Full tag for `Intl` (`es-MX`). */
  get locale(): string {
    return this.#locale;
  }

  /** Message language (`es`). */
  get language(): Language {
    return languageOf(this.#locale);
  }

  /** Picks this element's table for the current language. */
  messages<M>(tables: MessageTables<M>): M {
    return tables[this.language];
  }

  hostConnected(): void {
    this.#locale = resolveLocale(this.host);
    this.#observer = new MutationObserver(() => this.#refresh());
    this.#observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
    this.#observer.observe(this.host, { attributes: true, attributeFilter: ['lang'] });
  }

  hostDisconnected(): void {
    this.#observer?.disconnect();
  }

  hostUpdate(): void {
    // An ancestor's lang may have changed without us observing it; re-reading is cheap.
    this.#locale = resolveLocale(this.host);
  }

  #refresh(): void {
    const next = resolveLocale(this.host);
    if (next !== this.#locale) {
      this.#locale = next;
      this.host.requestUpdate();
    }
  }
}
