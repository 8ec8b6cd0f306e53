// The WordPress plugin's shortcode and block for a setup. The attribute lists mirror the plugin's
// renderers (wordpress/blush-widgets/includes/render.php and blocks.php): an attribute the plugin
// does not pass on is named to the clinic instead of being silently dropped.
import { escapeShortcode, escapeShortcodeText, jsonForMarkup } from './escape.js';
import { usableAttributes, usableCases, usableFaqItems } from './markup.js';
import type { BuilderState } from './state.js';
import { widgetById, type WidgetId } from './widgets.js';

const COMMON = ['lang', 'theme', 'class'];
/** Attributes each shortcode passes to its element (render.php). */
export const SHORTCODE_ATTRIBUTES: Record<WidgetId, string[]> = {
  faq: ['pack', 'single', 'searchable', 'heading-level', 'cta', 'booking-url', 'treatment', ...COMMON],
  'before-after': [
    'before',
    'after',
    'before-alt',
    'after-alt',
    'value',
    'orientation',
    'aspect-ratio',
    'caption',
    'treatment',
    'area',
    'sessions',
    'time-since',
    'photo-date',
    'unretouched',
    'sensitive',
    ...COMMON,
  ],
  gallery: ['src', 'treatment', 'disclaimer', 'aspect-ratio', 'url-param', ...COMMON],
  'consult-form': [
    'clinic-name',
    'success-url',
    'encoding',
    'hide',
    'required-fields',
    'treatments',
    'min-fill-time',
    'attribution',
    ...COMMON,
  ],
  'next-due': ['treatment', 'booking-url', 'reminder-days', 'durations', 'today', ...COMMON],
};
/** Attributes each block has (blocks.php). */
const BLOCK_ATTRIBUTES: Record<WidgetId, string[]> = {
  faq: ['pack', 'single', 'searchable', 'heading-level', 'cta', 'booking-url', 'treatment', 'lang', 'theme'],
  'before-after': ['before', 'after', 'before-alt', 'after-alt', 'caption', 'value', 'orientation', 'aspect-ratio', 'lang', 'theme'],
  gallery: ['src', 'treatment', 'disclaimer', 'lang', 'theme'],
  'consult-form': ['hide', 'required-fields', 'treatments', 'success-url', 'lang', 'theme'],
  'next-due': ['treatment', 'booking-url', 'lang', 'theme'],
};
/** Set once for the whole site under Settings › Blush Widgets (settings.php), not per shortcode. */
export const SETTINGS_ATTRIBUTES: Record<string, string> = {
  action: 'Form endpoint',
  'privacy-url': 'Privacy policy URL',
  phone: 'Clinic phone',
};
const BOOLEAN_BLOCK = new Set(['single', 'searchable', 'cta']);

const underscore = (name: string) => name.replace(/-/g, '_');

export interface WordPressCode {
  shortcode: string;
  /** Block markup for the block editor's Code editor, or null when the block cannot hold this setup. */
  block: string | null;
  blockTitle: string;
  /** Plugin settings to fill in: [label, value]. */
  settings: [string, string][];
  /** Attributes neither the shortcode nor the settings carry. */
  unsupported: string[];
}

export function wordpressCode(state: BuilderState): WordPressCode {
  const widget = widgetById(state.widget)!;
  const supported = new Set(SHORTCODE_ATTRIBUTES[widget.id]);
  const settings: [string, string][] = [];
  const unsupported: string[] = [];
  const parts: string[] = [];
  const blockAttributes: Record<string, string | boolean> = {};
  const blockSupported = new Set(BLOCK_ATTRIBUTES[widget.id]);
  let blockPossible = true;
  for (const [name, value] of usableAttributes(state)) {
    if (widget.id === 'consult-form' && SETTINGS_ATTRIBUTES[name]) {
      settings.push([SETTINGS_ATTRIBUTES[name], value === true ? '' : value]);
      continue;
    }
    if (!supported.has(name)) {
      unsupported.push(name);
      continue;
    }
    parts.push(value === true ? underscore(name) : `${underscore(name)}="${escapeShortcode(value)}"`);
    if (blockSupported.has(name)) blockAttributes[underscore(name)] = value === true ? (BOOLEAN_BLOCK.has(name) ? true : 'true') : value;
    else blockPossible = false;
  }
  if (state.accent) settings.unshift(['Accent colour', state.accent]);
  const open = `[${widget.shortcode}${parts.map((part) => ` ${part}`).join('')}]`;
  let content = '';
  if (widget.id === 'faq') {
    content = usableFaqItems(state)
      .map(
        (item) =>
          `<details><summary>${escapeShortcodeText(item.question.trim())}</summary><p>${escapeShortcodeText(item.answer.trim().replace(/\s*\n\s*/g, ' '))}</p></details>`,
      )
      .join('');
  } else if (widget.id === 'gallery') {
    content = usableCases(state)
      .map((item) => {
        const pairs: [string, string][] = [
          ['treatment', item.treatment],
          ['area', item.area],
          ['before', item.before],
          ['after', item.after],
          ['before_alt', item.beforeAlt],
          ['after_alt', item.afterAlt],
          ['caption', item.caption],
        ];
        return `[blush_before_after${pairs
          .filter(([, value]) => value.trim())
          .map(([name, value]) => ` ${name}="${escapeShortcode(value.trim())}"`)
          .join('')}]`;
      })
      .join('');
  }
  if (content) blockPossible = false;
  const shortcode = content ? `${open}${content}[/${widget.shortcode}]` : open;
  const json = Object.keys(blockAttributes).length ? ` ${jsonForMarkup(blockAttributes)}` : '';
  return {
    shortcode,
    block: blockPossible ? `<!-- wp:${widget.block}${json} /-->` : null,
    blockTitle: widget.blockTitle,
    settings,
    unsupported,
  };
}
