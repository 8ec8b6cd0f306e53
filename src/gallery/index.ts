import { define } from '../core/define.js';
import { BlushGallery } from './gallery.js';

define('blush-gallery', BlushGallery);

export { BlushGallery } from './gallery.js';
export type { GalleryCase, GalleryCaseInput } from './gallery.model.js';
export type { BlushGalleryFilterDetail, BlushGalleryFilterEvent, BlushGalleryOpenDetail, BlushGalleryOpenEvent } from './gallery.events.js';

declare global {
  interface HTMLElementTagNameMap {
    'blush-gallery': BlushGallery;
  }
}
