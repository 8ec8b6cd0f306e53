// The five widgets a clinic can pick, with the words the picker shows.
import { SUPPORTED_LANGUAGES } from '../../../src/core/index.js';

export type WidgetId = 'faq' | 'before-after' | 'gallery' | 'consult-form' | 'next-due';

export interface Widget {
  id: WidgetId;
  tag: string;
  title: string;
  /** The widget in a sentence: "Set up your …". */
  noun: string;
  blurb: string;
  /** The WordPress plugin's shortcode and block (wordpress/blush-widgets/includes). */
  shortcode: string;
  block: string;
  /** The block's name in the block editor's inserter (blush_widgets_block_words in blocks.php). */
  blockTitle: string;
  /** What Wix takes instead of inner HTML for the widget's own content. */
  contentFile?: { name: string; attribute: 'src' };
}

export const WIDGETS: readonly Widget[] = [
  {
    id: 'faq',
    tag: 'blush-faq',
    title: 'FAQ',
    noun: 'FAQ',
    blurb: 'Treatment questions and answers that open one by one.',
    shortcode: 'blush_faq',
    block: 'blush/faq',
    blockTitle: 'Treatment FAQ',
    contentFile: { name: 'faq.json', attribute: 'src' },
  },
  {
    id: 'before-after',
    tag: 'blush-before-after',
    title: 'Before and after',
    noun: 'before-and-after slider',
    blurb: 'Two photos with a divider to slide, tap or move by keyboard.',
    shortcode: 'blush_before_after',
    block: 'blush/before-after',
    blockTitle: 'Before and after slider',
  },
  {
    id: 'gallery',
    tag: 'blush-gallery',
    title: 'Results gallery',
    noun: 'results gallery',
    blurb: 'Before-and-after cases with treatment filters and an enlarged view.',
    shortcode: 'blush_gallery',
    block: 'blush/gallery',
    blockTitle: 'Before and after gallery',
    contentFile: { name: 'gallery.json', attribute: 'src' },
  },
  {
    id: 'consult-form',
    tag: 'blush-consult-form',
    title: 'Consultation form',
    noun: 'consultation form',
    blurb: 'A request form that reaches your inbox, with consent built in.',
    shortcode: 'blush_consult_form',
    block: 'blush/consult-form',
    blockTitle: 'Consultation request form',
  },
  {
    id: 'next-due',
    tag: 'blush-next-due',
    title: 'Next visit calculator',
    noun: 'next-visit calculator',
    blurb: 'When is my next treatment due? With a calendar reminder.',
    shortcode: 'blush_next_due',
    block: 'blush/next-due',
    blockTitle: 'Next treatment due',
  },
];

export function widgetById(id: string): Widget | undefined {
  return WIDGETS.find((widget) => widget.id === id);
}

/** Languages the widgets ship messages for, named in their own words (Intl.DisplayNames). */
export const PREVIEW_LANGUAGES: readonly { code: string; name: string }[] = SUPPORTED_LANGUAGES.map((code) => {
  const name = new Intl.DisplayNames([code], { type: 'language' }).of(code) ?? code;
  return { code, name: name.charAt(0).toLocaleUpperCase(code) + name.slice(1) };
});
