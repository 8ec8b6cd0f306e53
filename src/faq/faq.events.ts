/** `blush-faq-toggle`: an answer opened or closed (by a click, a key, a link, find-in-page or a method). */
export interface BlushFaqToggleDetail {
  /** The item's deep-link id. */
  id: string;
  open: boolean;
}

/** `blush-faq-cta`: a visitor chose "Book a consultation" under an answer. Ids only. */
export interface BlushFaqCtaDetail {
  /** The item's deep-link id. */
  id: string;
  /** Catalog id of the treatment the FAQ is about, when known. */
  treatment?: string;
  /** Where the visitor was sent: the page's consultation form or the booking URL. */
  target: 'consult-form' | 'booking-url';
}

export type BlushFaqToggleEvent = CustomEvent<BlushFaqToggleDetail>;
export type BlushFaqCtaEvent = CustomEvent<BlushFaqCtaDetail>;

declare global {
  interface HTMLElementEventMap {
    'blush-faq-toggle': BlushFaqToggleEvent;
    'blush-faq-cta': BlushFaqCtaEvent;
  }
}
