// The WordPress plugin's view of the element API, made at build time from custom-elements.json:
// every attribute of every element with its type, fixed choices and two flags (`@url`, `@owner` on
// the property; see custom-elements-manifest.config.mjs). From it the build writes
// - element-api.php: what the shortcodes render, what kses lets authors write, which attributes
//   only users with `unfiltered_html` may save (includes/api.php reads it);
// - blocks/<name>/block.json: one block per element (apiVersion 3), its attributes the same list,
//   its title, description and search words from src/core/clinic-words.json (`$blocks`).
// Adding an attribute to an element therefore reaches the shortcode, the block, kses and the editor
// with no other edit.
import { unionValues } from './wordpress-fields.mjs';

/** `blush-consult-form` → `consult-form` (the block `blush/consult-form`, the shortcode `blush_consult_form`). */
export const slugOf = (tag) => tag.replace(/^blush-/, '');
/** `booking-url` → `booking_url`: how shortcodes and blocks name an attribute. */
export const snake = (name) => name.replace(/-/g, '_');

/** A manifest type's text → the one JSON type a shortcode or block stores. */
function storedType(text = '') {
  const parts = text
    .split('|')
    .map((part) => part.trim())
    .filter((part) => part !== 'undefined');
  if (parts.length && parts.every((part) => part === 'boolean')) return 'boolean';
  if (parts.length && parts.every((part) => part === 'number')) return 'number';
  return 'string';
}

/**
 * @param {object} manifest custom-elements.json
 * @returns {{ [tag: string]: { name: string, type: 'string' | 'boolean' | 'number', choices?: string[], url?: true, owner?: true }[] }}
 */
export function elementApi(manifest) {
  const api = {};
  for (const module of manifest.modules ?? [])
    for (const declaration of module.declarations ?? []) {
      if (!declaration.tagName?.startsWith('blush-')) continue;
      api[declaration.tagName] = (declaration.attributes ?? [])
        .filter((attribute) => /^[a-z][a-z0-9-]*$/.test(attribute.name))
        .map((attribute) => {
          const entry = { name: attribute.name, type: storedType(attribute.type?.text) };
          const choices = unionValues(attribute.type?.text);
          if (choices.length) entry.choices = choices;
          if (attribute.blush?.url) entry.url = true;
          if (attribute.blush?.owner) entry.owner = true;
          return entry;
        });
      // `lang` is HTML's own attribute, read by every element.
      if (!api[declaration.tagName].some((attribute) => attribute.name === 'lang'))
        api[declaration.tagName].push({ name: 'lang', type: 'string' });
    }
  return api;
}

const phpString = (text) => `'${String(text).replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
const phpValue = (value) =>
  Array.isArray(value) ? `array( ${value.map(phpValue).join(', ')} )` : typeof value === 'boolean' ? String(value) : phpString(value);

/**
 * The API as a PHP file: tag → attribute → its facts; and the attributes a gallery reads from its
 * case children (`<blush-before-after treatment="…" consent-expires="…">`).
 */
export function apiPhp(api, caseAttributes) {
  const attribute = ({ name, ...facts }) =>
    `\t\t\t${phpString(name)} => array( ${Object.entries(facts)
      .map(([key, value]) => `${phpString(key)} => ${phpValue(value)}`)
      .join(', ')} ),`;
  const elements = Object.entries(api)
    .map(([tag, list]) => `\t\t${phpString(tag)} => array(\n${list.map(attribute).join('\n')}\n\t\t),`)
    .join('\n');
  return `<?php\n/**\n * Made by scripts/wordpress-api.mjs from custom-elements.json; do not edit.\n *\n * @package BlushWidgets\n */\n\ndefined( 'ABSPATH' ) || exit;\n\nreturn array(\n\t'elements' => array(\n${elements}\n\t),\n\t'case'     => ${phpValue(caseAttributes)},\n);\n`;
}

/**
 * One block.json per element.
 *
 * @param {ReturnType<typeof elementApi>} api
 * @param {{ [tag: string]: { title: string, description: string, keywords: string[], example?: object } }} words clinic-words.json's `$blocks`
 * @returns {{ [slug: string]: object }}
 */
export function blockJson(api, words) {
  const problems = [];
  const blocks = {};
  for (const [tag, list] of Object.entries(api)) {
    const said = words?.[tag];
    if (!said?.title || !said?.description || !said?.keywords?.length) {
      problems.push(`$blocks.${tag} needs a title, a description and keywords`);
      continue;
    }
    const attributes = {};
    for (const attribute of list) {
      attributes[snake(attribute.name)] = { type: attribute.type };
      if (attribute.choices) attributes[snake(attribute.name)].enum = attribute.choices;
    }
    for (const name of Object.keys(said.example?.attributes ?? {}))
      if (!attributes[name]) problems.push(`$blocks.${tag}.example names "${name}", which the block lacks`);
    blocks[slugOf(tag)] = {
      $schema: 'https://schemas.wp.org/trunk/block.json',
      apiVersion: 3,
      name: `blush/${slugOf(tag)}`,
      title: said.title,
      category: 'widgets',
      description: said.description,
      keywords: said.keywords,
      textdomain: 'blush-widgets',
      attributes,
      supports: { html: false, className: true, anchor: true },
      ...(said.example ? { example: said.example } : {}),
      editorScript: 'blush-widgets-editor',
      render: 'file:./render.php',
    };
  }
  for (const tag of Object.keys(words ?? {})) if (!api[tag]) problems.push(`$blocks names ${tag}, which is not an element`);
  if (problems.length) throw new Error(`src/core/clinic-words.json does not match the element API:\n- ${problems.join('\n- ')}`);
  return blocks;
}

/** Each block's render.php: the shared renderer, which escapes everything it writes. */
export const renderPhp = `<?php\n/**\n * Made by scripts/wordpress-api.mjs; do not edit. WordPress gives $attributes, $content and $block.\n *\n * @package BlushWidgets\n */\n\ndefined( 'ABSPATH' ) || exit;\n\necho blush_widgets_render_block( $attributes, $content, $block ); // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- every value is escaped by the renderer (includes/render.php).\n`;
