import { prefersReducedMotion } from './motion.js';
import type { IsoDate } from './dates.js';

/** What another element may pre-fill in a `<blush-consult-form>`: ids and dates only, never personal data. */
export interface ConsultPrefill {
  /** Treatment ids from the catalog to tick under "treatments of interest". */
  treatments?: string[];
  /** The earliest date the visitor would like to come in (e.g. the start of a due window). */
  preferredDate?: IsoDate;
}

interface Prefillable extends HTMLElement {
  prefill?(data: ConsultPrefill): void;
}

/**
 * Hands a visitor over to the page's consultation form: pre-fills it, scrolls it into view and
 * moves focus into it. Returns false when the page has no `<blush-consult-form>`.
 * Works without importing the form's module, so an element that links to it stays small.
 */
export function handOffToConsultForm(data: ConsultPrefill, root: ParentNode = document): boolean {
  const form = root.querySelector<Prefillable>('blush-consult-form');
  if (!form) return false;
  const go = () => {
    form.prefill?.(data);
    form.scrollIntoView({ behavior: prefersReducedMotion() ? 'auto' : 'smooth', block: 'start' });
    form.focus({ preventScroll: true });
  };
  if (customElements.get('blush-consult-form')) go();
  else customElements.whenDefined('blush-consult-form').then(go);
  return true;
}
