// The WordPress code the embed builder gives (plugin settings + shortcode), pasted into a real
// WordPress 6.1 with the built plugin (test/e2e/wordpress/site.mjs), renders the element the
// builder previewed: the clinic's own questions (quotes and brackets intact), its options and accent.
import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { launch, waitForUpgrade } from './helpers.mjs';
import { phpString, startWordPress } from './wordpress/site.mjs';
import { assertBuilt, openBuilder, startSite } from './builder/harness.mjs';

const QUESTION = 'Is the "baby Botox" [micro-dose] option right for me?';
// Typed as a clinic would: WordPress's typography filter must leave its -- and ... alone.
const ANSWER = "We decide together at your consultation & check your history -- it's quick...";
const log = (line) => console.log(`# ${line}`);
let browser;
let site;
let wordpress;

before(async () => {
  assertBuilt();
  site = await startSite();
  browser = await launch();
  wordpress = await startWordPress({ log });
});
after(async () => {
  await browser?.close();
  await wordpress?.stop();
  await site?.close();
});

it('the shortcode and settings copied from the builder render the same FAQ on WordPress', async () => {
  const { page, context } = await openBuilder(browser, site.url);
  await page.locator('#field-single').check();
  await page.locator('#field-heading-level').selectOption('2');
  await page.getByRole('button', { name: 'Add a question' }).click();
  await page.locator('#question-0').fill(QUESTION);
  await page.locator('#answer-0').fill(ANSWER);
  await page.locator('#accent-hex').fill('#0a6e62');
  await page.locator('builder-code-pane input[name="platform"][value="wordpress"]').check();
  await page.locator('builder-code-pane').getByRole('button', { name: 'Copy Shortcode' }).click();
  await page.locator('builder-code-pane #copy-status').filter({ hasText: 'Shortcode copied' }).waitFor();
  const shortcode = await page.evaluate(() => navigator.clipboard.readText());
  assert.match(shortcode, /^\[blush_faq pack="botox" single heading_level="2"\]<details>.*\[\/blush_faq\]$/);
  const settings = Object.fromEntries(
    await page
      .locator('builder-code-pane table')
      .first()
      .locator('tbody tr')
      .evaluateAll((rows) => rows.map((row) => [row.querySelector('th').textContent.trim(), row.querySelector('td').textContent.trim()])),
  );
  assert.deepEqual(settings, { 'Accent colour': '#0a6e62' });
  await context.close();

  // What the clinic does next: the accent under Settings › Blush Widgets, the shortcode on a page
  // (the classic editor's content, so wpautop and wptexturize run on it).
  const created = wordpress.php(`
    update_option('blush_widgets_options', blush_widgets_sanitize_options(array('accent' => ${phpString(settings['Accent colour'])})));
    wp_set_current_user(1);
    $id = wp_insert_post(wp_slash(array('post_title' => 'FAQ', 'post_content' => ${phpString(`Questions we hear most.\n\n${shortcode}\n\nStill unsure? Call us.`)}, 'post_status' => 'publish', 'post_type' => 'page')), true);
    echo is_wp_error($id) ? 'ERROR' : get_permalink($id);
  `);
  const url = created.trim().split('\n').at(-1);
  assert.match(url, /^http/, created);
  const visit = await browser.newPage();
  const errors = [];
  visit.on('pageerror', (error) => errors.push(String(error)));
  await visit.goto(url);
  await waitForUpgrade(visit, ['blush-faq']);
  const faq = visit.locator('blush-faq');
  assert.equal(await faq.getAttribute('single'), '');
  assert.equal(await faq.getAttribute('heading-level'), '2');
  const question = faq.locator('h2 [aria-expanded]').filter({ hasText: QUESTION });
  // The element renders the clinic's questions with the pack's, once the pack has arrived (a late
  // chunk): wait for the list, not for the first render.
  await faq
    .locator('h2 [aria-expanded]')
    .nth(5)
    .waitFor({ timeout: 10_000 })
    .catch(() => {});
  assert.equal(await question.count(), 1, `the clinic's question is not shown as written: ${await faq.locator('h2').allInnerTexts()}`);
  await question.click();
  await visit.getByText('check your history').filter({ visible: true }).first().waitFor();
  const answerText = await faq.evaluate((element) => element.textContent.match(/check your history.{0,20}/)?.[0].trim());
  assert.equal(answerText, "check your history -- it's quick...", 'WordPress changed the answer as typed');
  assert.ok((await faq.locator('h2 [aria-expanded]').count()) > 5, 'the Botox pack is missing');
  assert.equal(await faq.evaluate((element) => getComputedStyle(element).getPropertyValue('--blush-accent').trim()), '#0a6e62');
  assert.deepEqual(errors, []);
  await visit.close();
});

it('"My WordPress site": the builder tests the real site\'s inbox, and the copied shortcode sends there', async () => {
  const { page, context } = await openBuilder(browser, site.url, { width: 375 });
  await page.locator('builder-widget-picker input[value="consult-form"]').check();
  await page.getByRole('radio', { name: 'My WordPress site' }).check();
  // A form that sends to the clinic's WordPress goes on that site: the code turns to WordPress.
  assert.equal(await page.locator('builder-code-pane input[name="platform"][value="wordpress"]').isChecked(), true);
  await page.locator('#destination-address').fill(`${wordpress.url}/`);
  await page.getByRole('button', { name: 'Send a test request' }).click();
  await page.locator('builder-destination-panel .result').filter({ hasText: 'It arrived.' }).waitFor({ timeout: 15_000 });
  assert.equal(await page.locator('#not-ready').count(), 0);
  await page.locator('builder-code-pane').getByRole('button', { name: 'Copy Shortcode' }).click();
  await page.locator('builder-code-pane #copy-status').filter({ hasText: 'Shortcode copied' }).waitFor();
  const shortcode = await page.evaluate(() => navigator.clipboard.readText());
  assert.equal(shortcode, '[blush_consult_form]');
  await context.close();
  // The test request was checked and answered, and nothing was stored.
  const stored = wordpress.php(`global $wpdb; echo (int) $wpdb->get_var("SELECT COUNT(*) FROM {$wpdb->prefix}blush_leads");`);
  assert.equal(stored.trim().split('\n').at(-1), '0');
});
