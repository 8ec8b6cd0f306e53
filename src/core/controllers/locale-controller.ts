import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { languageOf, resolveLocale } from '../i18n/locale.js';
import { translationListeners, type Messages, type MessageScope } from '../i18n/registry.js';

type Host = ReactiveControllerHost & HTMLElement;

/** The connected controllers; one observer of `lang` anywhere in the document serves them all. */
const controllers = new Set<LocaleController>();
let observer: MutationObserver | undefined;
const refreshAll = () => controllers.forEach((controller) => controller.refresh());

/**
 * Tracks the language of its element (own `lang`, nearest `[lang]` ancestor, `<html lang>`) and
 * asks for an update when it changes or when a site registers words, so a site's language
 * switcher or `registerTranslation()` re-renders every widget without a reload.
 */
export class LocaleController implements ReactiveController {
  #locale = 'en';

  constructor(private readonly host: Host) {
    host.addController(this);
  }

  /** Full tag for `Intl` (`es-MX`). */
  get locale(): string {
    return this.#locale;
  }

  /** Message language (`es`). */
  get language(): string {
    return languageOf(this.#locale);
  }

  /** This element's words for the current language. */
  messages<S extends MessageScope>(words: Messages<S>): BlushMessages[S] {
    return words.get(this.#locale);
  }

  /** Fetches the current language's words of these tables; null when all are here. */
  load(tables: Messages<MessageScope>[]): Promise<unknown> | null {
    this.#locale = resolveLocale(this.host);
    const pending = tables.map((table) => table.load(this.#locale, this.host)).filter(Boolean);
    return pending.length ? Promise.all(pending) : null;
  }

  hostConnected(): void {
    this.#locale = resolveLocale(this.host);
    if (!controllers.size) {
      observer ??= new MutationObserver(refreshAll);
      observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
      translationListeners.add(refreshAll);
    }
    controllers.add(this);
  }

  hostDisconnected(): void {
    controllers.delete(this);
    if (!controllers.size) {
      observer?.disconnect();
      translationListeners.delete(refreshAll);
    }
  }

  hostUpdate(): void {
    // An ancestor's lang may have changed in a shadow root we do not observe; re-reading is cheap.
    this.#locale = resolveLocale(this.host);
  }

  /** @internal Re-reads the language; updates the element when it or the site's words changed. */
  refresh(): void {
    this.#locale = resolveLocale(this.host);
    this.host.requestUpdate();
  }
}
