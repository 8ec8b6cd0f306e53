// Where consultation forms send their data (`action`, `success_url` in shortcodes and blocks) is
// decided when content is saved, by the saving user's rights (like kses): an Author's post and
// synced pattern, an administrator's post edited through REST by a manager without
// unfiltered_html, widgets saved through REST by each, and an administrator's template and widget
// shown on an Author's post.
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { phpString } from './site.mjs';

const EVIL = 'https://evil.example/steal';
const THANKS = 'https://evil.example/thanks';

/** Form destinations in a shortcode and in a nested block's attributes, which kses does not read. */
const routingPage = (action, success, from = 'from') =>
  [
    `<!-- wp:shortcode -->\n[blush_consult_form action="${action}" success_url="${success}" class="${from}-shortcode"]\n<!-- /wp:shortcode -->`,
    `<!-- wp:columns --><div class="wp-block-columns"><!-- wp:column --><div class="wp-block-column"><!-- wp:blush/consult-form {"action":"${action}","success_url":"${success}","class":"${from}-block"} /--></div><!-- /wp:column --></div><!-- /wp:columns -->`,
  ].join('\n\n');

/**
 * PHP for the site setup, run where `$make($title, $content, $user, $type)`, `$author` and `$ids`
 * exist: adds its pages to `$ids` and sets `$routing` (stored widget texts and pattern).
 */
export function routingPhp({ endpoint, site }) {
  return `
  $rest = function ($user, $method, $route, $params) {
    wp_set_current_user($user);
    $request = new WP_REST_Request($method, $route);
    foreach ($params as $name => $value) $request->set_param($name, $value);
    $response = rest_do_request($request);
    if ($response->is_error()) { echo 'ERROR ' . $route . ' ' . wp_json_encode($response->get_data()); exit; }
    return $response->get_data();
  };
  $ids['authorRouting'] = $make('Consultations (author)', ${phpString(routingPage(EVIL, THANKS))}, $author, 'post');
  $ids['authorGallery'] = $make('Results (author)', ${phpString(`[blush_gallery src="${EVIL}/cases.json" class="gallery-shortcode"]

<!-- wp:blush/gallery {"src":"${EVIL}/cases.json","class":"gallery-block"} /-->`)}, $author, 'post');
  $ids['authorFaq'] = $make('Questions (author)', ${phpString(`[blush_faq src="${EVIL}/faq.json" searchable class="faq-shortcode"]

<!-- wp:blush/faq {"src":"${EVIL}/faq.json","searchable":true,"className":"faq-block"} /-->`)}, $author, 'post');
  $ids['adminApi'] = $make('Every attribute (admin)', ${phpString(`[blush_faq src="${site}/faq.json" structured_data show_sources heading_level="2" class="api-faq"]
[blush_gallery src="${site}/cases.json" aspect_ratio="4/5" url_param="results" booking_url="${site}/book/{treatment}" class="api-gallery"]
[blush_consult_form encoding="form" retries="2" class="api-form"]`)}, 1);
  $ids['authorFlags'] = $make('Consultations (author, bare words)', '[blush_consult_form "Action!" Success_URL. "Headers?" class="flags"]', $author, 'post');
  $ids['adminRouting'] = $make('Consultations (admin)', ${phpString(routingPage(`${endpoint}/wp-leads-admin`, `${site}/thank-you/`))}, 1);
  $caps = get_role('editor')->capabilities;
  unset($caps['unfiltered_html']);
  add_role('clinic_manager', 'Clinic manager', $caps + array('edit_theme_options' => true));
  $manager = wp_insert_user(array('user_login' => 'manager', 'user_pass' => 'manager-password-1', 'user_email' => 'manager@example.com', 'role' => 'clinic_manager'));
  $pattern = $rest($author, 'POST', '/wp/v2/blocks', array('title' => 'Consult form (author)', 'status' => 'publish', 'content' => ${phpString(routingPage(EVIL, THANKS, 'pattern'))}));
  $ids['pattern'] = $make('Consultations (pattern)', '<!-- wp:block {"ref":' . $pattern['id'] . '} /-->', 1);
  $ids['managerRouting'] = $make('Consultations (edited)', ${phpString(routingPage(`${endpoint}/wp-leads-admin`, `${site}/thank-you/`))}, 1, 'post');
  $rest($manager, 'POST', '/wp/v2/posts/' . $ids['managerRouting'], array('content' => ${phpString(routingPage(EVIL, THANKS, 'edit'))}));
  $widget = function ($user, $text) use ($rest) {
    $saved = $rest($user, 'POST', '/wp/v2/widgets', array('id_base' => 'text', 'sidebar' => 'wp_inactive_widgets', 'instance' => array('raw' => array('title' => '', 'text' => $text, 'filter' => true, 'visual' => true))));
    return $saved['id'];
  };
  $adminWidget = $widget(1, ${phpString(`[blush_consult_form action="${endpoint}/wp-leads-widget" class="widget-admin"]`)});
  $managerWidget = $widget($manager, ${phpString(`[blush_consult_form action="${EVIL}" success_url="${THANKS}" class="widget-manager"]`)});
  $ids['authorTemplate'] = $make('Consultations (author, template)', ${phpString(routingPage(EVIL, THANKS))}, $author, 'post');
  wp_set_current_user(1);
  $single = wp_insert_post(wp_slash(array('post_type' => 'wp_template', 'post_name' => 'single-post-' . get_post($ids['authorTemplate'])->post_name, 'post_title' => 'Consultations', 'post_status' => 'publish', 'post_content' =>
    ${phpString(`<!-- wp:shortcode -->
[blush_consult_form action="${endpoint}/wp-leads-template" success_url="${site}/thank-you/" class="template"]
<!-- /wp:shortcode -->`)}
    . '<!-- wp:legacy-widget {"id":"' . $adminWidget . '"} /--><!-- wp:legacy-widget {"id":"' . $managerWidget . '"} /--><!-- wp:post-content /-->')), true);
  if (is_wp_error($single)) { echo 'ERROR single template'; exit; }
  wp_set_post_terms($single, 'twentytwentythree', 'wp_theme');
  $routing = array(
    'widgets' => array_values(array_map(function ($instance) { return $instance['text']; }, array_filter(get_option('widget_text'), 'is_array'))),
    'patternStored' => get_post($pattern['id'])->post_content,
  );
`;
}

/** The `<blush-consult-form>` tags of a page as the server sent them. */
async function renderedForms(url) {
  const html = await (await fetch(url)).text();
  const attribute = (tag, name) => tag.match(new RegExp(`\\s${name}="([^"]*)"`))?.[1] ?? null;
  return [...html.matchAll(/<blush-consult-form\b[^>]*>/g)].map(([tag]) => ({
    class: attribute(tag, 'class'),
    action: attribute(tag, 'action'),
    success: attribute(tag, 'success-url'),
  }));
}

/** The tests, given `context()` → { pages, endpoint, site } once the site is set up. */
export function describeRouting(context) {
  describe('form destinations (action, success_url) are decided when content is saved', () => {
    let pages;
    let endpoint;
    let site;
    before(() => ({ pages, endpoint, site } = context()));

    const settings = (from) => [
      { class: `${from}-shortcode`, action: `${endpoint.url}/wp-leads`, success: null },
      { class: `${from}-block`, action: `${endpoint.url}/wp-leads`, success: null },
    ];
    const assertStripped = (stored, from) => {
      for (const removed of ['evil.example', 'action', 'success_url'])
        assert.ok(!stored.includes(removed), `stored content kept ${removed}: ${stored}`);
      for (const kept of [`class="${from}-shortcode"`, `"class":"${from}-block"`, '<!-- wp:column -->'])
        assert.ok(stored.includes(kept), `stored content lost ${kept}: ${stored}`);
    };

    it("an Author's shortcode and nested block lose them when saved, and send to the clinic's endpoint", async () => {
      assert.deepEqual(await renderedForms(pages.authorRouting.url), settings('from'));
      assertStripped(pages.authorRouting.stored, 'from');
    });
    it('an Author\'s bare words that read as a destination ("Action!") never become one', async () => {
      assert.deepEqual(await renderedForms(pages.authorFlags.url), [{ class: 'flags', action: `${endpoint.url}/wp-leads`, success: null }]);
    });
    it("an Author's gallery shortcode and block lose the src they would fetch from; an administrator's keeps it", async () => {
      const html = await (await fetch(pages.authorGallery.url)).text();
      const galleries = [...html.matchAll(/<blush-gallery\b[^>]*>/g)].map(([tag]) => tag);
      assert.equal(galleries.length, 2, html.slice(0, 500));
      for (const tag of galleries) assert.ok(!/\ssrc=/.test(tag), `an Author's gallery kept its src: ${tag}`);
      assert.ok(!pages.authorGallery.stored.includes('evil.example'), pages.authorGallery.stored);
      assert.match(pages.block.stored, /"src":"http/, "the administrator's gallery block lost its src");
    });
    it("an Author's FAQ shortcode and block lose the src they would fetch from, and keep the rest", async () => {
      const html = await (await fetch(pages.authorFaq.url)).text();
      const faqs = [...html.matchAll(/<blush-faq\b[^>]*>/g)].map(([tag]) => tag);
      assert.equal(faqs.length, 2, html.slice(0, 500));
      for (const tag of faqs) {
        assert.ok(!/\ssrc=/.test(tag), `an Author's FAQ kept its src: ${tag}`);
        assert.match(tag, /\ssearchable[\s>]/, `an Author's FAQ lost searchable: ${tag}`);
      }
      assert.ok(!pages.authorFaq.stored.includes('evil.example'), pages.authorFaq.stored);
    });
    it("an administrator's shortcodes reach every attribute of the element API (FAQ src, structured data, sources; gallery shape, address key)", async () => {
      const html = await (await fetch(pages.adminApi.url)).text();
      const tag = (name) => html.match(new RegExp(`<${name}\\b[^>]*>`))?.[0] ?? '';
      const faq = tag('blush-faq');
      for (const expected of [`src="${site.url}/faq.json"`, ' structured-data', ' show-sources', 'heading-level="2"', 'class="api-faq"'])
        assert.ok(faq.includes(expected), `FAQ lacks ${expected}: ${faq}`);
      const gallery = tag('blush-gallery');
      for (const expected of [
        `src="${site.url}/cases.json"`,
        'aspect-ratio="4/5"',
        'url-param="results"',
        `booking-url="${site.url}/book/{treatment}"`,
      ])
        assert.ok(gallery.includes(expected), `gallery lacks ${expected}: ${gallery}`);
      const form = tag('blush-consult-form');
      for (const expected of ['encoding="form"', 'retries="2"']) assert.ok(form.includes(expected), `form lacks ${expected}: ${form}`);
    });
    it("an Author's synced pattern loses them, also inside an administrator's page", async () => {
      assert.deepEqual(await renderedForms(pages.pattern.url), settings('pattern'));
      assertStripped(pages.patternStored, 'pattern');
    });
    it("a manager without unfiltered_html editing an administrator's post through REST cannot reroute it", async () => {
      assert.deepEqual(await renderedForms(pages.managerRouting.url), settings('edit'));
      assertStripped(pages.managerRouting.stored, 'edit');
    });
    it("an administrator's shortcode and nested block keep their own action and success_url", async () => {
      assert.deepEqual(await renderedForms(pages.adminRouting.url), [
        { class: 'from-shortcode', action: `${endpoint.url}/wp-leads-admin`, success: `${site.url}/thank-you/` },
        { class: 'from-block', action: `${endpoint.url}/wp-leads-admin`, success: `${site.url}/thank-you/` },
      ]);
    });
    it("on an Author's post, the administrator's template and widget keep theirs, the manager's widget and the Author's content do not", async () => {
      assert.deepEqual(await renderedForms(pages.authorTemplate.url), [
        { class: 'template', action: `${endpoint.url}/wp-leads-template`, success: `${site.url}/thank-you/` },
        { class: 'widget-admin', action: `${endpoint.url}/wp-leads-widget`, success: null },
        { class: 'widget-manager', action: `${endpoint.url}/wp-leads`, success: null },
        ...settings('from'),
      ]);
      const widget = (name) => pages.widgets.find((text) => text.includes(`class="${name}"`)) ?? '';
      assert.ok(
        widget('widget-admin').includes(`action="${endpoint.url}/wp-leads-widget"`),
        `admin's widget stored as ${widget('widget-admin')}`,
      );
      assert.ok(!/evil|action|success_url/.test(widget('widget-manager')), `manager's widget stored as ${widget('widget-manager')}`);
    });
  });
}
