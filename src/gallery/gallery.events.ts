/** Detail of `blush-gallery-filter`: the treatment now shown (`null` for all) and how many cases match. */
export interface BlushGalleryFilterDetail {
  treatment: string | null;
  count: number;
}

/** Detail of `blush-gallery-open`: the case shown in the enlarged view. */
export interface BlushGalleryOpenDetail {
  caseId: string;
  treatment: string;
}

export type BlushGalleryFilterEvent = CustomEvent<BlushGalleryFilterDetail>;
export type BlushGalleryOpenEvent = CustomEvent<BlushGalleryOpenDetail>;

declare global {
  interface HTMLElementEventMap {
    'blush-gallery-filter': BlushGalleryFilterEvent;
    'blush-gallery-open': BlushGalleryOpenEvent;
  }
}
