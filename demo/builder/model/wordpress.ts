// The WordPress plugin's shortcode and block for a setup. The plugin's shortcodes and blocks take
// every attribute of the element API (the build writes both from custom-elements.json, as this
// builder reads it), so an attribute the builder offers is always one they pass on; the form's
// destination, privacy page and phone are the plugin's settings, set once for the site.
import { escapeShortcode, escapeShortcodeText, jsonForMarkup } from './escape.js';
import { controlFor } from './manifest.js';
import { usableAttributes, usableCases, usableFaqItems } from './markup.js';
import type { BuilderState } from './state.js';
import { widgetById } from './widgets.js';

/** Set once for the whole site under Settings › Blush Widgets (settings.php), not per shortcode. */
export const SETTINGS_ATTRIBUTES: Record<string, string> = {
  action: 'Send requests to another service',
  'privacy-url': 'Privacy policy page',
  phone: 'Clinic phone',
};

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
  const settings: [string, string][] = [];
  const unsupported: string[] = [];
  const parts: string[] = [];
  const blockAttributes: Record<string, string | number | boolean> = {};
  let blockPossible = true;
  for (const [name, value] of usableAttributes(state)) {
    if (widget.id === 'consult-form' && SETTINGS_ATTRIBUTES[name]) {
      settings.push([SETTINGS_ATTRIBUTES[name], value === true ? '' : value]);
      continue;
    }
    const control = controlFor(widget.tag, name);
    if (!control && name !== 'lang') {
      unsupported.push(name);
      continue;
    }
    parts.push(value === true ? underscore(name) : `${underscore(name)}="${escapeShortcode(value)}"`);
    // A block stores each attribute with its type (block.json): flags as true, numbers as numbers.
    blockAttributes[underscore(name)] =
      value === true ? true : control?.kind === 'number' && Number.isFinite(Number(value)) ? Number(value) : value;
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
