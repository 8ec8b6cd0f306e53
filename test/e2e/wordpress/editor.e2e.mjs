// The plugin as a clinic's office manager meets it (WordPress 6.1, lead-site.mjs): a "Get started"
// notice and a Settings link after activation; blocks found by plain words in the inserter; a saved
// page reopened in the editor previews the real elements; the form in the editor never sends and
// says where requests go; a missing privacy page is pointed out; a test email says whether mail
// works; a request's details read as words and local dates.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { checkFaq, recordConsole, waitForUpgrade } from '../helpers.mjs';
import { startLeadSite } from './lead-site.mjs';
import { editorCanvas, phpString } from './site.mjs';

const TAGS = ['blush-faq', 'blush-before-after', 'blush-gallery', 'blush-consult-form', 'blush-next-due'];
const BLOCKS = [
  '<!-- wp:blush/faq {"pack":"botox"} /-->',
  '<!-- wp:blush/before-after {"before":"https://example.com/b.jpg","after":"https://example.com/a.jpg","before_alt":"Before","after_alt":"After"} /-->',
  '<!-- wp:blush/gallery /-->',
  '<!-- wp:blush/consult-form /-->',
  '<!-- wp:blush/next-due {"treatment":"botox"} /-->',
].join('\n\n');

let site;
let admin;
let saved;

before(async () => {
  site = await startLeadSite();
  admin = site.admin;
  // Leaving an editor with unsaved changes asks first; these tests leave without saving.
  admin.on('dialog', (dialog) => dialog.accept());
  saved = Number(
    site.site.php(`wp_set_current_user(1); echo wp_insert_post(wp_slash(array('post_title' => 'Botox', 'post_status' => 'publish',
      'post_type' => 'page', 'post_content' => ${phpString(BLOCKS)})));`),
  );
});
after(() => site?.stop());

/** Opens the block editor at `path` (under wp-admin) and waits until it and our blocks are ready. */
async function openEditor(path) {
  const errors = recordConsole(admin);
  await admin.goto(`${site.site.url}/wp-admin/${path}`);
  await admin.waitForFunction(() => window.wp?.blocks?.getBlockType?.('blush/faq') && window.wp.data.select('core/block-editor'), null, {
    timeout: 30_000,
  });
  await admin.evaluate(() => {
    // The welcome guide, shown once per user, would cover the editor.
    if (window.wp.data.select('core/edit-post').isFeatureActive('welcomeGuide'))
      window.wp.data.dispatch('core/edit-post').toggleFeature('welcomeGuide');
  });
  return errors;
}

describe('after activation', () => {
  it('one "Get started" notice says where requests go and links the settings, which the plugin list links too', async () => {
    await site.adminGo('index.php');
    const notice = admin.locator('#blush-get-started');
    assert.match(await notice.innerText(), /Blush Widgets is ready[\s\S]*search for "Blush", "FAQ" or "consultation"/);
    assert.match(await notice.innerText(), /Consultation requests are kept under Leads in this admin and emailed to admin@example\.com\./);
    await site.adminGo('plugins.php');
    const settings = admin.locator('tr[data-plugin="blush-widgets/blush-widgets.php"] .row-actions a', { hasText: 'Settings' });
    assert.match(await settings.getAttribute('href'), /options-general\.php\?page=blush-widgets$/);
    await settings.click();
    await admin.waitForURL(/page=blush-widgets/);
    await site.adminGo('index.php');
    assert.equal(await admin.locator('#blush-get-started').count(), 0, 'the notice stays after the settings were opened');
  });
});

describe('the block editor', () => {
  it('finds the blocks by plain words: "consultation", "booking", "contact", "FAQ", "before"', async () => {
    await openEditor('post-new.php?post_type=page');
    const found = await admin.evaluate(() => {
      const items = window.wp.data.select('core/block-editor').getInserterItems();
      const search = (term) =>
        items
          .filter((item) => item.name.startsWith('blush/'))
          .filter((item) => [item.title, item.description, ...(item.keywords ?? [])].some((text) => text?.toLowerCase().includes(term)))
          .map((item) => item.title);
      return Object.fromEntries(['consultation', 'booking', 'contact', 'faq', 'before'].map((term) => [term, search(term)]));
    });
    assert.ok(found.consultation.includes('Consultation request form'), JSON.stringify(found));
    assert.ok(found.booking.includes('Consultation request form'), JSON.stringify(found));
    assert.ok(found.contact.includes('Consultation request form'), JSON.stringify(found));
    assert.ok(found.faq.includes('Treatment FAQ'), JSON.stringify(found));
    assert.deepEqual(found.before.sort(), ['Before and after gallery', 'Before and after slider']);
    // And through the inserter itself.
    await admin.getByRole('button', { name: 'Toggle block inserter' }).click();
    await admin.getByRole('searchbox').fill('consultation');
    await admin.getByRole('option', { name: 'Consultation request form' }).waitFor({ timeout: 10_000 });
  });

  it('a saved page reopened previews every element as the real element, loaded once', async () => {
    const errors = await openEditor(`post.php?post=${saved}&action=edit`);
    const canvas = await editorCanvas(admin);
    for (const tag of TAGS)
      await canvas.waitForFunction(
        (name) => document.querySelector(`.editor-styles-wrapper ${name}`)?.shadowRoot?.childElementCount > 0,
        tag,
        {
          timeout: 30_000,
        },
      );
    const scripts = await canvas.evaluate(
      () => [...document.querySelectorAll('script[type="module"]')].filter((s) => /blush-widgets/.test(s.src)).length,
    );
    assert.equal(scripts, 1);
    assert.deepEqual(errors.pageErrors, []);
  });

  it('the form in the editor shows but cannot be typed into or sent, says so, and its settings say where requests go', async () => {
    await openEditor(`post.php?post=${saved}&action=edit`);
    const canvas = await editorCanvas(admin);
    const form = canvas.locator('.editor-styles-wrapper blush-consult-form');
    await form.locator('[name="email"]').waitFor({ timeout: 30_000 });
    assert.equal(await form.evaluate((host) => !!host.closest('[inert]')), true, 'the form in the editor is live');
    assert.equal(
      await form.evaluate((host) => {
        host.querySelector('[name="email"]').focus();
        return document.activeElement === host.querySelector('[name="email"]');
      }),
      false,
    );
    assert.match(
      await canvas.locator('.editor-styles-wrapper .blush-editor-note').innerText(),
      /Preview: the form does not send from the editor/,
    );
    const rows = site.rows().length;
    await admin.evaluate(() => {
      const block = window.wp.data
        .select('core/block-editor')
        .getBlocks()
        .find((entry) => entry.name === 'blush/consult-form');
      window.wp.data.dispatch('core/block-editor').selectBlock(block.clientId);
      window.wp.data.dispatch('core/edit-post').openGeneralSidebar('edit-post/block');
    });
    const panel = admin.locator('.blush-destination');
    await panel.waitFor({ timeout: 10_000 });
    assert.equal(await panel.innerText(), 'Consultation requests are kept under Leads in this admin and emailed to admin@example.com.');
    assert.equal(site.rows().length, rows, 'the editor stored a request');
  });
});

describe('block settings in plain words', () => {
  /** Opens the saved page and selects the block `name`, with its settings in the sidebar. */
  async function selectBlock(name) {
    await openEditor(`post.php?post=${saved}&action=edit`);
    await admin.evaluate((block) => {
      const found = window.wp.data
        .select('core/block-editor')
        .getBlocks()
        .find((entry) => entry.name === block);
      window.wp.data.dispatch('core/block-editor').selectBlock(found.clientId);
      window.wp.data.dispatch('core/edit-post').openGeneralSidebar('edit-post/block');
    }, name);
    const sidebar = admin.locator('.interface-complementary-area');
    await sidebar.getByText('Settings', { exact: true }).waitFor({ timeout: 10_000 });
    return sidebar;
  }
  const attribute = (name, key) =>
    admin.evaluate(
      ([block, field]) =>
        window.wp.data
          .select('core/block-editor')
          .getBlocks()
          .find((entry) => entry.name === block).attributes[field],
      [name, key],
    );

  it('the FAQ: choices from the packs and the catalog, help under each, a booking page refused until it is a web address', async () => {
    const sidebar = await selectBlock('blush/faq');
    const text = await sidebar.textContent();
    for (const words of [
      'Ready-made questions',
      'Show a search box',
      'Open one answer at a time',
      'Booking page',
      'Where visitors book, starting with https://',
    ])
      assert.ok(text.includes(words), `"${words}" is not in the settings:\n${text}`);
    assert.doesNotMatch(text, /\b(PACK|HEADING LEVEL|BOOKING URL|CTA|LANG)\b/);
    const pack = sidebar.getByLabel('Ready-made questions');
    assert.deepEqual(await pack.locator('option').allInnerTexts(), ['None', 'Botox®']);
    assert.equal(await pack.inputValue(), 'botox');
    await sidebar.getByLabel('Treatment', { exact: true }).selectOption({ label: 'Lip filler' });
    assert.equal(await attribute('blush/faq', 'treatment'), 'filler-lips');
    const booking = sidebar.getByLabel('Booking page');
    await booking.fill('www.clinic.example/book');
    assert.match(await sidebar.textContent(), /Enter a web address that starts with https:\/\//);
    assert.equal(await attribute('blush/faq', 'booking_url'), undefined, 'a value the element would refuse was kept');
    await booking.fill('https://clinic.example/book');
    assert.equal(await attribute('blush/faq', 'booking_url'), 'https://clinic.example/book');
    assert.doesNotMatch(await sidebar.textContent(), /Enter a web address/);
  });

  it('a value typed in before, which the element would refuse, is pointed out with what to do', async () => {
    const sidebar = await selectBlock('blush/faq');
    await admin.evaluate(() => {
      const found = window.wp.data
        .select('core/block-editor')
        .getBlocks()
        .find((entry) => entry.name === 'blush/faq');
      window.wp.data.dispatch('core/block-editor').updateBlockAttributes(found.clientId, { pack: 'filler' });
    });
    await sidebar
      .getByText('"filler" is not one of the choices, so visitors would see nothing here. Choose one from the list.')
      .waitFor({ timeout: 10_000 });
    assert.equal(await sidebar.getByLabel('Ready-made questions').inputValue(), 'filler');
  });

  it('the form: treatments and questions ticked from lists, written as the element reads them', async () => {
    const sidebar = await selectBlock('blush/consult-form');
    const text = await sidebar.textContent();
    for (const words of [
      'Where requests go',
      'Treatments to offer',
      'Questions to leave out',
      'Questions visitors must answer',
      'Thank-you page',
    ])
      assert.ok(text.includes(words), `"${words}" is not in the settings`);
    await sidebar.getByRole('checkbox', { name: 'Botox®' }).check();
    await sidebar.getByRole('checkbox', { name: 'Lip filler' }).check();
    assert.equal(await attribute('blush/consult-form', 'treatments'), 'botox filler-lips');
    await sidebar
      .locator('.blush-pick', { hasText: 'Questions to leave out' })
      .getByRole('checkbox', { name: 'How they heard about you' })
      .check();
    assert.equal(await attribute('blush/consult-form', 'hide'), 'referral');
  });

  it('the slider takes its photos from the Media Library', async () => {
    const sidebar = await selectBlock('blush/before-after');
    assert.match(await sidebar.textContent(), /Before photo[\s\S]*Choose it from the Media Library[\s\S]*What the before photo shows/);
    await sidebar.getByRole('button', { name: 'Replace photo' }).first().click();
    await admin.locator('.media-modal').waitFor({ timeout: 10_000 });
    await admin.keyboard.press('Escape');
  });
});

describe("the FAQ with the clinic's own questions", () => {
  it('a question written in the editor is saved, becomes an item of the FAQ on the page, and the page reopens valid', async () => {
    await openEditor('post-new.php?post_type=page');
    await admin.evaluate(() => {
      const { createBlock } = window.wp.blocks;
      window.wp.data.dispatch('core/editor').editPost({ title: 'Our FAQ', status: 'publish' });
      window.wp.data
        .dispatch('core/block-editor')
        .insertBlocks(
          createBlock('blush/faq', { pack: 'botox' }, [
            createBlock('blush/faq-item', { question: 'Do you offer payment plans?' }, [
              createBlock('core/paragraph', { content: 'Yes, spread over three or six months.' }),
            ]),
          ]),
        );
      window.wp.data.dispatch('core/editor').savePost();
    });
    await admin.waitForFunction(
      () => {
        const editor = window.wp.data.select('core/editor');
        return !editor.isSavingPost() && !editor.isEditedPostDirty() && editor.getCurrentPost().status === 'publish';
      },
      null,
      { timeout: 20_000 },
    );
    const { id, link } = await admin.evaluate(() => ({
      id: window.wp.data.select('core/editor').getCurrentPostId(),
      link: window.wp.data.select('core/editor').getCurrentPost().link,
    }));
    const page = await site.browser.newPage();
    try {
      await page.goto(link);
      await waitForUpgrade(page, ['blush-faq']);
      await checkFaq(page, 'blush-faq', { question: 'Do you offer payment plans?', answer: 'spread over three or six months' });
      assert.equal((await page.locator('blush-faq > details').count()) > 1, true, 'the pack and the own question are not both there');
    } finally {
      await page.close();
    }
    await openEditor(`post.php?post=${id}&action=edit`);
    const blocks = await admin.evaluate(() => {
      const all = (list) => list.flatMap((block) => [block, ...all(block.innerBlocks)]);
      return all(window.wp.data.select('core/block-editor').getBlocks()).map((block) => [block.name, block.isValid]);
    });
    assert.deepEqual(blocks, [
      ['blush/faq', true],
      ['blush/faq-item', true],
      ['core/paragraph', true],
    ]);
  });
});

describe('settings', () => {
  it('warn when the privacy page is not published, with the way to fix it, here and in Site Health', async () => {
    const page = Number(site.site.php("echo (int) get_option('wp_page_for_privacy_policy');"));
    site.site.php(`wp_update_post(array('ID' => ${page}, 'post_status' => 'draft'));`);
    try {
      await site.adminGo('options-general.php?page=blush-widgets');
      const warning = admin.locator('#blush-privacy-warning');
      assert.match(
        await warning.innerText(),
        /privacy policy page is not published yet, so the consultation form’s consent box links to nothing/,
      );
      assert.match(await warning.locator('a').getAttribute('href'), /options-privacy\.php$/);
      assert.equal(site.site.phpJson('echo wp_json_encode(blush_widgets_site_health_privacy());').status, 'recommended');
    } finally {
      site.site.php(`wp_update_post(array('ID' => ${page}, 'post_status' => 'publish'));`);
    }
    await site.adminGo('options-general.php?page=blush-widgets');
    assert.equal(await admin.locator('#blush-privacy-warning').count(), 0);
    assert.equal(site.site.phpJson('echo wp_json_encode(blush_widgets_site_health_privacy());').status, 'good');
  });

  it('link the embed builder, which the plugin serves from the site itself and which previews a widget', async () => {
    await site.adminGo('options-general.php?page=blush-widgets');
    const link = admin.locator('#blush-builder a');
    // It opens in a new tab, and says so to screen readers.
    assert.equal(await link.innerText(), 'Open the embed builder\n(opens in a new tab)');
    assert.equal(await link.locator('.screen-reader-text').innerText(), '(opens in a new tab)');
    assert.equal(await link.getAttribute('target'), '_blank');
    const [builder] = await Promise.all([admin.context().waitForEvent('page'), link.click()]);
    try {
      assert.match(builder.url(), /\/wp-content\/plugins\/blush-widgets\/builder\/index\.html$/);
      await builder.locator('builder-preview-pane iframe').waitFor({ timeout: 30_000 });
      const frame = await (await builder.locator('builder-preview-pane iframe').elementHandle()).contentFrame();
      // The preview's classic script comes from the plugin's assets/ and draws the chosen widget.
      await frame.waitForFunction(() => document.querySelector('#stage > *')?.shadowRoot?.childElementCount > 0, null, { timeout: 30_000 });
    } finally {
      await builder.close();
    }
  });

  it('say where requests go, and a test email says whether mail reaches the clinic, with the next step when it does not', async () => {
    await site.adminGo('options-general.php?page=blush-widgets');
    assert.match(await admin.locator('#blush-destination').innerText(), /Where requests go: Consultation requests are kept under Leads/);
    const before = site.mails().length;
    await Promise.all([
      admin.waitForURL(/test-email=sent/),
      admin.locator('#blush-test-email a', { hasText: 'Send a test email' }).click(),
    ]);
    assert.match(await admin.locator('#blush-test-email-result').innerText(), /A test email was sent to admin@example\.com/);
    assert.equal(site.mails().length, before + 1);
    assert.equal(site.mails().at(-1).subject, 'Test email from your website');
    site.mailFails(true);
    try {
      await Promise.all([
        admin.waitForURL(/test-email=failed/),
        admin.locator('#blush-test-email a', { hasText: 'Send a test email' }).click(),
      ]);
    } finally {
      site.mailFails(false);
    }
    assert.match(
      await admin.locator('#blush-test-email-result').innerText(),
      /The test email to admin@example\.com could not be sent\. Many hosts send no email from a website until it is set up: an email \(SMTP\) plugin/,
    );
  });
});

describe('a request in Leads', () => {
  it('reads as words and local dates, not the values the form sent', async () => {
    site.site.php(
      "update_option('timezone_string', 'America/Los_Angeles'); update_option('date_format', 'F j, Y'); update_option('time_format', 'g:i a');",
    );
    const sent = site.lead(
      {
        email: 'words@example.com',
        contactMethod: 'text',
        patientType: 'new',
        preferredDays: ['mon', 'sat'],
        preferredTimes: ['morning'],
        preferredDate: '2026-09-01',
        referral: 'friend',
      },
      {},
    );
    sent.consent.privacy.at = '2026-12-07T18:30:00.000Z';
    const answer = await site.post(sent);
    assert.equal(answer.status, 201, JSON.stringify(answer.body));
    await site.adminGo(`admin.php?page=blush-leads&lead=${answer.body.id}`);
    const text = await admin.locator('.wrap').innerText();
    for (const line of [
      /Contact by\s+Text message/,
      /Patient\s+New patient/,
      /Preferred days\s+Monday, Saturday/,
      /Preferred times\s+Morning/,
      /Preferred date\s+September 1, 2026/,
      /Heard about us\s+A friend or family member/,
      /Given \(version 1, December 7, 2026 10:30 am\)/,
    ])
      assert.match(text, line);
  });
});
