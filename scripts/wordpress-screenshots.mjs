#!/usr/bin/env node
// `node scripts/wordpress-screenshots.mjs [outDir]` (after `npm run build`): the WordPress plugin as
// a clinic meets it, on a throwaway WordPress (the e2e suites' fixture; BLUSH_WP_CORE=6.5 for the
// newer one): the block editor with each block selected and its settings in the sidebar, a result
// being added, and the results list. Writes wordpress-<name>.png (1280×900) to docs/images/ by default.
import { mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { launchChromium } from './chromium.mjs';
import { editorCanvas, phpString, startWordPress } from '../test/e2e/wordpress/site.mjs';

const root = resolve(import.meta.dirname, '..');
const outDir = resolve(process.argv[2] ?? join(root, 'docs/images'));
mkdirSync(outDir, { recursive: true });
const log = (line) => console.log(line);

const site = await startWordPress({ title: 'Maison Lumière Aesthetics', log });
const browser = await launchChromium();
try {
  // The demo's illustrations as the clinic's photos: rasterized, then added to the Media Library.
  const draw = await browser.newPage({ viewport: { width: 600, height: 750 } });
  const uploads = join(site.work, 'wp-content/uploads/2026/12');
  mkdirSync(uploads, { recursive: true });
  for (const side of ['before', 'after']) {
    const svg = readFileSync(join(root, `demo/images/before-after/forehead-${side}.svg`), 'utf8');
    await draw.setContent(`<body style="margin:0">${svg.replace('<svg', '<svg width="600" height="750"')}</body>`);
    await draw.screenshot({ path: join(uploads, `forehead-${side}.png`) });
  }
  await draw.close();
  const made = site.phpJson(`
    require_once ABSPATH . 'wp-admin/includes/image.php';
    wp_set_current_user(1);
    $photo = function ($side) {
      $file = wp_upload_dir()['basedir'] . '/2026/12/forehead-' . $side . '.png';
      $id = wp_insert_attachment(array('post_title' => 'Forehead ' . $side, 'post_mime_type' => 'image/png', 'post_status' => 'inherit'), $file);
      wp_update_attachment_metadata($id, wp_generate_attachment_metadata($id, $file));
      update_post_meta($id, '_wp_attachment_image_alt', 'Forehead lines ' . $side . ' treatment (illustration)');
      return $id;
    };
    $before = $photo('before');
    $after = $photo('after');
    $result = wp_insert_post(wp_slash(array('post_type' => 'blush_result', 'post_status' => 'publish', 'post_title' => 'Forehead lines, two sessions',
      'post_content' => '<!-- wp:paragraph --><p>Two sessions, three months apart.</p><!-- /wp:paragraph -->',
      'meta_input' => array('before_image' => $before, 'after_image' => $after, 'treatment' => 'botox', 'sessions' => 2, 'illustration' => true,
        'consent_expires' => gmdate('Y-m-d', strtotime('+300 days')), 'taken_on' => '2026-09-14'))));
    wp_insert_post(wp_slash(array('post_type' => 'blush_result', 'post_status' => 'publish', 'post_title' => 'Frown lines, one session',
      'meta_input' => array('before_image' => $before, 'after_image' => $after, 'treatment' => 'botox', 'consent_expires' => gmdate('Y-m-d', strtotime('+20 days'))))));
    $page = wp_insert_post(wp_slash(array('post_type' => 'page', 'post_status' => 'publish', 'post_title' => 'Botox', 'post_content' => ${phpString(
      [
        '<!-- wp:blush/faq {"pack":"botox","searchable":true} /-->',
        '<!-- wp:blush/before-after {"before":"BEFORE","after":"AFTER","before_alt":"Forehead lines before treatment","after_alt":"Forehead lines after treatment"} /-->',
        '<!-- wp:blush/gallery /-->',
        '<!-- wp:blush/consult-form {"treatments":"botox filler-lips"} /-->',
        '<!-- wp:blush/next-due {"treatment":"botox"} /-->',
      ].join('\n\n'),
    )})));
    $content = str_replace(array('BEFORE', 'AFTER'), array(wp_get_attachment_url($before), wp_get_attachment_url($after)), get_post($page)->post_content);
    wp_update_post(wp_slash(array('ID' => $page, 'post_content' => $content)));
    echo wp_json_encode(array('page' => $page, 'result' => $result));
  `);
  const admin = await site.loginPage(browser, { viewport: { width: 1280, height: 900 } });
  const openEditor = async (path) => {
    await admin.goto(`${site.url}/wp-admin/${path}`);
    await admin.waitForFunction(() => window.wp?.data?.select('core/editor')?.getCurrentPostId(), null, { timeout: 30_000 });
    await admin.evaluate(() => {
      if (window.wp.data.select('core/edit-post').isFeatureActive('welcomeGuide'))
        window.wp.data.dispatch('core/edit-post').toggleFeature('welcomeGuide');
    });
  };
  for (const [block, tag] of [
    ['blush/faq', 'blush-faq'],
    ['blush/before-after', 'blush-before-after'],
    ['blush/gallery', 'blush-gallery'],
    ['blush/consult-form', 'blush-consult-form'],
    ['blush/next-due', 'blush-next-due'],
  ]) {
    await openEditor(`post.php?post=${made.page}&action=edit`);
    const canvas = await editorCanvas(admin);
    await canvas.waitForFunction((name) => document.querySelector(name)?.shadowRoot?.childElementCount > 0, tag, { timeout: 30_000 });
    await admin.evaluate((name) => {
      const found = window.wp.data
        .select('core/block-editor')
        .getBlocks()
        .find((entry) => entry.name === name);
      window.wp.data.dispatch('core/block-editor').selectBlock(found.clientId);
      window.wp.data.dispatch('core/edit-post').openGeneralSidebar('edit-post/block');
    }, block);
    await canvas.locator(tag).first().scrollIntoViewIfNeeded();
    await admin.waitForTimeout(1200);
    await admin.screenshot({ path: join(outDir, `wordpress-${block.slice('blush/'.length)}.png`) });
    log(`wordpress-${block.slice('blush/'.length)}.png`);
  }
  await openEditor(`post.php?post=${made.result}&action=edit`);
  await admin.evaluate(() => window.wp.data.dispatch('core/edit-post').openGeneralSidebar('edit-post/document'));
  const panel = admin.locator('.blush-result-panel');
  await panel.waitFor({ timeout: 20_000 });
  // A result that has its photos opens with the panel folded, as WordPress keeps it; the picture shows it open.
  if (!(await panel.evaluate((node) => node.classList.contains('is-opened'))))
    await panel.locator('.components-panel__body-toggle').click();
  await panel.locator('img').nth(1).waitFor({ timeout: 20_000 });
  await panel.scrollIntoViewIfNeeded();
  await admin.waitForTimeout(800);
  await admin.screenshot({ path: join(outDir, 'wordpress-result.png') });
  await admin.goto(`${site.url}/wp-admin/edit.php?post_type=blush_result`);
  await admin.screenshot({ path: join(outDir, 'wordpress-results-list.png') });
  log('wordpress-result.png, wordpress-results-list.png');
} finally {
  await browser.close();
  await site.stop();
}
