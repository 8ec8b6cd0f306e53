// The WordPress plugin's element API (scripts/wordpress-api.mjs): every attribute of every element,
// read from custom-elements.json (which npm test writes first), becomes a block attribute, a
// shortcode attribute and a kses entry with no list typed by hand; `@url` and `@owner` travel with it.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { apiPhp, blockJson, elementApi, renderPhp, snake } from '../../scripts/wordpress-api.mjs';

const read = (path) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');
const manifest = JSON.parse(read('custom-elements.json'));
const words = JSON.parse(read('src/core/clinic-words.json')).$blocks;
const names = (api, tag) => api[tag].map((attribute) => attribute.name);

describe('element API for WordPress', () => {
  const api = elementApi(manifest);

  it('holds every attribute of every element, including those the hand-typed lists missed', () => {
    assert.deepEqual(Object.keys(api).sort(), ['blush-before-after', 'blush-consult-form', 'blush-faq', 'blush-gallery', 'blush-next-due']);
    for (const name of ['src', 'structured-data', 'show-sources', 'pack', 'lang']) assert.ok(names(api, 'blush-faq').includes(name), name);
    for (const name of ['aspect-ratio', 'url-param', 'booking-url']) assert.ok(names(api, 'blush-gallery').includes(name), name);
    for (const module of manifest.modules)
      for (const declaration of module.declarations ?? [])
        if (declaration.tagName)
          for (const attribute of declaration.attributes ?? []) assert.ok(names(api, declaration.tagName).includes(attribute.name));
  });

  it('types each attribute as a block stores it, with fixed choices from its type', () => {
    const faq = Object.fromEntries(api['blush-faq'].map((attribute) => [attribute.name, attribute]));
    assert.equal(faq.single.type, 'boolean');
    assert.equal(faq.pack.type, 'string');
    assert.equal(faq['heading-level'].type, 'string', 'number | string is stored as text');
    assert.deepEqual(faq.theme.choices, ['light', 'dark']);
    const form = Object.fromEntries(api['blush-consult-form'].map((attribute) => [attribute.name, attribute]));
    assert.equal(form.timeout.type, 'number');
  });

  it('carries @url and @owner: where data goes and what is fetched are the owner’s', () => {
    const flagged = (flag) =>
      Object.entries(api)
        .flatMap(([tag, list]) => list.filter((attribute) => attribute[flag]).map((attribute) => `${tag} ${attribute.name}`))
        .sort();
    assert.deepEqual(flagged('owner'), [
      'blush-consult-form action',
      'blush-consult-form encoding',
      'blush-consult-form headers',
      'blush-consult-form idempotency-header',
      'blush-consult-form phone',
      'blush-consult-form privacy-url',
      'blush-consult-form success-url',
      'blush-faq src',
      'blush-gallery src',
    ]);
    for (const url of ['blush-before-after before', 'blush-faq booking-url', 'blush-consult-form action', 'blush-gallery src'])
      assert.ok(flagged('url').includes(url), url);
  });

  it('an attribute added to an element reaches the PHP API and its block with no other edit', () => {
    const grown = structuredClone(manifest);
    const faq = grown.modules.flatMap((module) => module.declarations ?? []).find((declaration) => declaration.tagName === 'blush-faq');
    faq.attributes.push({ name: 'collapse-after', type: { text: 'number | undefined' } });
    faq.attributes.push({ name: 'feed', type: { text: 'string' }, blush: { url: true, owner: true } });
    const next = elementApi(grown);
    const php = apiPhp(next, ['treatment']);
    assert.match(php, /'collapse-after' => array\( 'type' => 'number' \)/);
    assert.match(php, /'feed' => array\( 'type' => 'string', 'url' => true, 'owner' => true \)/);
    const block = blockJson(next, words).faq;
    assert.deepEqual(block.attributes.collapse_after, { type: 'number' });
    assert.deepEqual(block.attributes.feed, { type: 'string' });
  });

  it('writes apiVersion 3 blocks named as before, with plain words and a render file', () => {
    const blocks = blockJson(api, words);
    assert.deepEqual(Object.keys(blocks).sort(), ['before-after', 'consult-form', 'faq', 'gallery', 'next-due']);
    for (const [slug, block] of Object.entries(blocks)) {
      assert.equal(block.apiVersion, 3);
      assert.equal(block.name, `blush/${slug}`);
      assert.equal(block.render, 'file:./render.php');
      assert.equal(block.editorScript, 'blush-widgets-editor');
      assert.equal(block.textdomain, 'blush-widgets');
      assert.deepEqual(Object.keys(block.attributes).sort(), api[`blush-${slug}`].map((attribute) => snake(attribute.name)).sort());
      assert.doesNotMatch(`${block.title} ${block.description}`, /blush|attribute|json|endpoint/i, 'clinic words');
    }
    assert.ok(blocks['consult-form'].keywords.includes('consultation'));
    assert.ok(blocks['consult-form'].keywords.includes('booking'));
    assert.match(renderPhp, /blush_widgets_render_block\( \$attributes, \$content, \$block \)/);
  });

  it('fails the build when a block has no words, or its preview names an attribute it lacks', () => {
    const { 'blush-gallery': _, ...missing } = words;
    assert.throws(() => blockJson(api, missing), /\$blocks\.blush-gallery needs a title/);
    const wrong = { ...words, 'blush-faq': { ...words['blush-faq'], example: { attributes: { packs: 'botox' } } } };
    assert.throws(() => blockJson(api, wrong), /names "packs", which the block lacks/);
  });
});
