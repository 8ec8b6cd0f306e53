// The WordPress plugin as the clinic's lead inbox, on a real WordPress 6.1 (wordpress/site.mjs):
// with no endpoint in Settings, forms post to the plugin's own REST route; each request becomes one
// row (idempotency key, 30 at once, a database outage and "Try again"), is mailed as plain text
// through WordPress's own wp_mail and PHPMailer (into a fake sendmail), and is listed, exported
// (CSV) and erased only by users with the plugin's capability. Spam is counted, not stored.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { ROOT, launch, recordConsole, waitForUpgrade } from './helpers.mjs';
import { ensurePackages, phpString, startWordPress } from './wordpress/site.mjs';

const PLUGIN = resolve(ROOT, process.env.BLUSH_WP_OUT ?? 'dist', 'wordpress/blush-widgets');
const SHOTS = process.env.BLUSH_WP_SHOTS ?? join(ROOT, 'dist/wordpress-screenshots');
const PHONE = '(310) 555-0142';
const CONSENT = 'I have read the privacy policy and agree to be contacted about this request.';
const log = (line) => console.log(`# ${line}`);

let site;
let browser;
let admin; // a logged-in browser page
let route; // the REST route's URL
let pages;
let mailDir;

/** A request as `<blush-consult-form>` builds it (consult-form.payload.ts), with a fresh key. */
function lead(fields = {}, meta = {}) {
  return {
    firstName: 'Ana',
    lastName: 'García',
    email: 'ana@example.com',
    phone: '+13105550199',
    treatments: ['botox'],
    adult: true,
    consent: { privacy: { given: true, text: CONSENT, version: '1', at: new Date().toISOString() } },
    ...fields,
    meta: {
      language: 'en',
      submittedAt: new Date().toISOString(),
      fillTimeMs: 8000,
      page: `${site.url}/consultation/`,
      idempotencyKey: randomUUID(),
      ...meta,
    },
  };
}

/** The element's form encoding (toFormBody in consult-form.rules.ts): `a.b=1`, lists as repeated names. */
function formBody(payload) {
  const body = new URLSearchParams();
  const add = (key, value) => {
    if (value == null) return;
    if (Array.isArray(value)) for (const item of value) add(key, item);
    else if (typeof value === 'object') for (const [name, inner] of Object.entries(value)) add(key ? `${key}.${name}` : name, inner);
    else body.append(key, String(value));
  };
  add('', payload);
  return body.toString();
}

async function post(payload, { headers = {}, form = false, raw } = {}) {
  const response = await fetch(route, {
    method: 'POST',
    headers: { 'Content-Type': form ? 'application/x-www-form-urlencoded' : 'application/json', Accept: 'application/json', ...headers },
    body: raw ?? (form ? formBody(payload) : JSON.stringify(payload)),
  });
  const text = await response.text();
  let body = null;
  try {
    body = JSON.parse(text);
  } catch {
    body = text;
  }
  return { status: response.status, headers: response.headers, body };
}

/** PHP's JSON output (after any notices WordPress printed first). */
function phpJson(code) {
  const out = site.php(code);
  return JSON.parse(out.slice(out.search(/[[{]/)));
}

/** Stored leads, optionally only those sent with `email` (JSON columns decoded). */
function rows(email) {
  return phpJson(`
    global $wpdb;
    $table = $wpdb->prefix . 'blush_leads';
    $rows = ${email === undefined ? '$wpdb->get_results("SELECT * FROM {$table} ORDER BY id", ARRAY_A)' : `$wpdb->get_results($wpdb->prepare("SELECT * FROM {$table} WHERE email = %s ORDER BY id", ${phpString(email)}), ARRAY_A)`};
    echo wp_json_encode(array_map('blush_widgets_lead_decode', $rows ? $rows : array()));
  `);
}

const option = (name, value) => site.php(`update_option(${phpString(name)}, json_decode(${phpString(JSON.stringify(value))}, true));`);
const counters = () =>
  phpJson(
    `echo wp_json_encode(array('honeypot' => (int) get_option('blush_widgets_spam_honeypot'), 'too_fast' => (int) get_option('blush_widgets_spam_too_fast')));`,
  );

/** Mail delivered to the fake sendmail: { headers (lower-case names), subject, body }. */
function mails() {
  if (!existsSync(mailDir)) return [];
  const decodeWords = (text) =>
    text.replace(/=\?UTF-8\?([QB])\?([^?]*)\?=\s*/gi, (_, kind, data) =>
      kind.toUpperCase() === 'B'
        ? Buffer.from(data, 'base64').toString('utf8')
        : Buffer.from(
            data.replace(/_/g, ' ').replace(/=([0-9A-F]{2})/gi, (__, hex) => String.fromCharCode(parseInt(hex, 16))),
            'latin1',
          ).toString('utf8'),
    );
  return readdirSync(mailDir)
    .sort()
    .map((file) => {
      const raw = readFileSync(join(mailDir, file), 'utf8').replace(/\r\n/g, '\n');
      const split = raw.indexOf('\n\n');
      const headers = {};
      for (const line of raw
        .slice(0, split)
        .replace(/\n[ \t]+/g, ' ')
        .split('\n')) {
        const colon = line.indexOf(':');
        headers[line.slice(0, colon).toLowerCase()] = decodeWords(line.slice(colon + 1).trim());
      }
      let body = raw.slice(split + 2);
      if (/quoted-printable/i.test(headers['content-transfer-encoding'] ?? ''))
        body = Buffer.from(
          body.replace(/=\n/g, '').replace(/=([0-9A-F]{2})/gi, (_, hex) => String.fromCharCode(parseInt(hex, 16))),
          'latin1',
        ).toString('utf8');
      if (/base64/i.test(headers['content-transfer-encoding'] ?? '')) body = Buffer.from(body, 'base64').toString('utf8');
      return { headers, subject: headers.subject ?? '', body };
    });
}

/** Fills the page's form as a visitor would; `extra` names more values by control name. */
async function fillForm(
  page,
  {
    first = 'Ana',
    last = 'García',
    email,
    phone = '(310) 555-0199',
    treatments = ['botox', 'filler-lips'],
    message = 'Forehead lines, first time.',
  } = {},
) {
  const form = page.locator('blush-consult-form');
  await form.scrollIntoViewIfNeeded();
  await form.locator('[name="firstName"]').fill(first);
  await form.locator('[name="lastName"]').fill(last);
  await form.locator('[name="email"]').fill(email);
  await form.locator('[name="phone"]').fill(phone);
  for (const id of treatments) await form.locator(`[name="treatments"][value="${id}"]`).check();
  await form.locator('[name="message"]').fill(message);
  await form.locator('[name="adult"]').check();
  await form.locator('[name="privacy"]').check();
  // A person takes more than a second from load to submit (the route's fill-time check).
  await page.waitForFunction(() => performance.now() > 1500, null, { polling: 100 });
}

/** The same in one step, for many pages at once: values set on the controls, with the events typing sends. */
async function quickFill(page, values) {
  await page.locator('blush-consult-form [name="email"]').waitFor();
  await page.locator('blush-consult-form').evaluate((host, values) => {
    for (const [name, value] of Object.entries(values)) {
      const control =
        host.querySelector(`[name="${name}"]${typeof value === 'boolean' ? '' : ':not([type="checkbox"])'}`) ??
        host.querySelector(`[name="${name}"][value="${value}"]`);
      if (control.type === 'checkbox') control.click();
      else {
        control.focus();
        control.value = value;
        control.dispatchEvent(new Event('input', { bubbles: true }));
        control.dispatchEvent(new Event('change', { bubbles: true }));
        control.blur();
      }
    }
  }, values);
  await page.waitForFunction(() => performance.now() > 1500, null, { polling: 100 });
}

async function openForm(context = browser) {
  const page = await context.newPage({ viewport: { width: 1280, height: 900 } });
  const console = recordConsole(page);
  await page.goto(pages.shortcode.url);
  await waitForUpgrade(page, ['blush-consult-form']);
  return { page, console };
}

const formValues = (page) =>
  page
    .locator('blush-consult-form')
    .evaluate((host) =>
      Object.fromEntries(
        [...host.querySelectorAll('input, textarea')]
          .filter((input) => input.name && input.name !== 'bcf_trap' && (!['checkbox', 'radio'].includes(input.type) || input.checked))
          .map((input) => [`${input.name}${['checkbox', 'radio'].includes(input.type) ? `=${input.value}` : ''}`, input.value]),
      ),
    );

before(async () => {
  const started = Date.now();
  ensurePackages(log);
  if (!existsSync(join(PLUGIN, 'packs'))) execFileSync(process.execPath, ['scripts/wordpress-zip.mjs'], { cwd: ROOT, stdio: 'inherit' });
  site = await startWordPress({ plugin: PLUGIN, log });
  // Mail goes through wp_mail and PHPMailer into a fake sendmail that files each message (or fails
  // while `mail-fails` exists); another plugin makes HTML the default content type.
  mailDir = join(site.work, 'mail');
  mkdirSync(mailDir);
  const sendmail = join(site.work, 'fake-sendmail');
  writeFileSync(sendmail, `#!/bin/sh\n[ -e ${site.work}/mail-fails ] && exit 75\ncat > ${mailDir}/$(date +%s%N)-$$.eml\n`);
  chmodSync(sendmail, 0o755);
  mkdirSync(join(site.work, 'wp-content/mu-plugins'));
  writeFileSync(
    join(site.work, 'wp-content/mu-plugins/blush-e2e.php'),
    `<?php
add_action('phpmailer_init', function ($mailer) { $mailer->Mailer = 'sendmail'; $mailer->Sendmail = '${sendmail}'; });
add_filter('wp_mail_from', function () { return 'wordpress@clinic.example'; });
add_filter('wp_mail_content_type', function () { return 'text/html'; });
add_filter('blush_widgets_lead_rate_limit', function ($limit) { $custom = get_option('blush_e2e_rate_limit'); return is_array($custom) ? $custom : $limit; });
`,
  );
  site.php(`wp_install('Maison Lumière Aesthetics', 'admin', 'admin@example.com', true, '', 'admin-password-1'); echo 'installed';`, {
    installing: true,
  });
  const activated = site.php(`
    switch_theme('twentytwentythree');
    $result = activate_plugin('blush-widgets/blush-widgets.php');
    echo is_wp_error($result) ? 'ERROR ' . $result->get_error_message() : 'active';
  `);
  assert.match(activated, /active$/, `plugin activation: ${activated}`);
  // Only the phone in Settings: no endpoint, no privacy URL. The privacy page WordPress made at install is published.
  const created = phpJson(`
    update_option('blush_widgets_options', blush_widgets_sanitize_options(array('phone' => ${phpString(PHONE)})));
    update_option('blush_e2e_rate_limit', array('requests' => 100000, 'seconds' => 600));
    wp_update_post(array('ID' => (int) get_option('wp_page_for_privacy_policy'), 'post_status' => 'publish'));
    wp_insert_user(array('user_login' => 'author', 'user_pass' => 'author-password-1', 'user_email' => 'author@example.com', 'role' => 'author'));
    wp_insert_user(array('user_login' => 'editor', 'user_pass' => 'editor-password-1', 'user_email' => 'editor@example.com', 'role' => 'editor'));
    wp_set_current_user(1);
    $make = function ($title, $content) {
      $id = wp_insert_post(wp_slash(array('post_title' => $title, 'post_content' => $content, 'post_status' => 'publish', 'post_type' => 'page')), true);
      return array('id' => $id, 'url' => get_permalink($id));
    };
    echo wp_json_encode(array(
      'shortcode' => $make('Consultation', "Tell us what you would like to change.\\n\\n[blush_consult_form]"),
      'tag' => $make('Consultation (tag)', "<!-- wp:html -->\\n<blush-consult-form></blush-consult-form>\\n<!-- /wp:html -->"),
      'route' => rest_url('blush-widgets/v1/leads'),
      'privacy' => get_privacy_policy_url(),
    ));
  `);
  pages = created;
  route = created.route;
  browser = await launch();
  admin = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await admin.goto(`${site.url}/wp-login.php`);
  await admin.fill('#user_login', 'admin');
  await admin.fill('#user_pass', 'admin-password-1');
  await Promise.all([admin.waitForURL(/wp-admin/), admin.click('#wp-submit')]);
  log(`WordPress ${site.url} ready in ${((Date.now() - started) / 1000).toFixed(1)} s`);
});

after(async () => {
  await browser?.close();
  await site?.stop();
});

describe('a fresh install takes leads with no setup', () => {
  it("forms post to the plugin's own REST route and link WordPress's privacy page", async () => {
    assert.ok(pages.privacy, 'WordPress has no published privacy page');
    for (const key of ['shortcode', 'tag']) {
      const html = await (await fetch(pages[key].url)).text();
      const tag = html.match(/<blush-consult-form\b[^>]*>/)?.[0] ?? '';
      const attribute = (name) => tag.match(new RegExp(`\\s${name}="([^"]*)"`))?.[1]?.replace(/&amp;/g, '&') ?? null;
      assert.equal(attribute('action'), route, `${key}: ${tag}`);
      assert.equal(attribute('privacy-url'), pages.privacy, `${key}: ${tag}`);
    }
  });
});

describe('the route checks what the element checks', () => {
  it('missing and malformed fields come back as 422 in the shape the element shows', async () => {
    const empty = await post(lead({ firstName: '', lastName: ' ', email: '', consent: {} }));
    assert.equal(empty.status, 422);
    assert.deepEqual(Object.keys(empty.body.errors).sort(), ['email', 'firstName', 'lastName', 'privacy']);
    assert.equal(empty.body.errors.email, 'Enter your email address');
    const malformed = await post(
      lead({
        email: 'ana@example',
        phone: '555-0199',
        adult: false,
        consent: { privacy: { given: false, text: CONSENT, version: '1', at: '' } },
      }),
    );
    assert.equal(malformed.status, 422);
    assert.deepEqual(malformed.body.errors, {
      email: 'Enter an email address like name@example.com',
      phone: 'Enter a phone number with 10 digits, like (310) 555-0142',
      adult: 'Confirm that you are 18 or older',
      privacy: 'Agree to the privacy policy to send your request',
    });
    const spanish = await post(lead({ email: 'nope' }, { language: 'es-US' }));
    assert.deepEqual(spanish.body.errors, { email: 'Escriba un correo como nombre@ejemplo.com' });
    assert.deepEqual(rows('ana@example'), []);
  });
  it('a form-encoded request (encoding="form") is read like JSON, lists and consent included', async () => {
    const sent = lead({ email: 'form-encoded@example.com', treatments: ['botox', 'filler-lips'], preferredDays: ['mon'] });
    const answer = await post(sent, { form: true });
    assert.equal(answer.status, 201, JSON.stringify(answer.body));
    const [row] = rows('form-encoded@example.com');
    assert.deepEqual(row.treatments, ['botox', 'filler-lips']);
    assert.deepEqual(row.fields.preferredDays, ['mon']);
    assert.equal(row.fields.adult, true);
    assert.equal(row.consent.privacy.given, true);
    assert.equal(row.idempotency_key, sent.meta.idempotencyKey);
    assert.equal(
      (await post(lead({ consent: {} }), { form: true })).body.errors.privacy,
      'Agree to the privacy policy to send your request',
    );
  });
  it('an unreadable body gets a clear 400, not a PHP error', async () => {
    for (const raw of ['{"firstName":', 'null', '"text"']) {
      const answer = await post(null, { raw });
      assert.equal(answer.status, 400, raw);
      assert.match(answer.body.errors[0].message, /JSON or form-encoded/);
    }
    const binary = await post(null, { raw: Buffer.from([0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xff, 0x22, 0x7d]) });
    assert.equal(binary.status, 400);
  });
});

describe("a visitor's request", () => {
  let row;
  it('becomes exactly one row, with the values and the consent evidence', async () => {
    const { page, console } = await openForm();
    try {
      await fillForm(page, { email: 'visitor@example.com' });
      await page.locator('blush-consult-form button[type="submit"]').click();
      await page.locator('blush-consult-form .bcf-sent').waitFor({ timeout: 15_000 });
      assert.deepEqual(console.errors, []);
    } finally {
      await page.close();
    }
    const stored = rows('visitor@example.com');
    assert.equal(stored.length, 1);
    [row] = stored;
    assert.equal(row.first_name, 'Ana');
    assert.equal(row.last_name, 'García');
    assert.equal(row.phone, '+13105550199');
    assert.deepEqual(row.treatments, ['botox', 'filler-lips']);
    assert.equal(row.fields.message, 'Forehead lines, first time.');
    assert.equal(row.status, 'new');
    assert.equal(row.consent.privacy.given, true);
    assert.match(row.consent.privacy.text, /privacy policy/);
    assert.equal(row.consent_version, '1');
    assert.ok(row.consent_at, 'no consent time');
    assert.equal(row.page_url, pages.shortcode.url);
    assert.equal(row.ip, '127.0.0.0', 'the address is kept anonymised by default');
    assert.equal(row.mail_status, 'sent');
  });
  it('is mailed to the admin email as plain text, naming the visitor and the treatments', () => {
    const mail = mails().find((message) => message.body.includes('visitor@example.com'));
    assert.ok(mail, 'no mail for the lead');
    assert.equal(mail.headers.to, 'admin@example.com');
    assert.equal(mail.subject, 'Consultation request from Ana García: Botox, Filler lips');
    assert.match(mail.headers['content-type'], /^text\/plain; charset=UTF-8/);
    assert.match(mail.headers['reply-to'], /visitor@example\.com/);
    assert.match(mail.body, /Phone: \(310\) 555-0199/);
    assert.match(mail.body, /Message: Forehead lines, first time\./);
  });
  it('is shown in the Leads list and on its own page', async () => {
    await admin.goto(`${site.url}/wp-admin/admin.php?page=blush-leads`);
    const line = admin.locator('#the-list tr', { hasText: 'visitor@example.com' });
    assert.equal(await line.count(), 1);
    assert.match(await line.innerText(), /Ana García[\s\S]*\(310\) 555-0199[\s\S]*Botox, Filler lips[\s\S]*New[\s\S]*Sent/);
    await line.locator('a.row-title').click();
    await admin.waitForURL(/lead=\d+/);
    assert.equal(await admin.locator('h1.blush-lead-name').innerText(), 'Ana García');
    assert.match(await admin.locator('.wrap').innerText(), /Forehead lines, first time\.[\s\S]*I have read the privacy policy/);
  });
  it('is in the CSV export: UTF-8 with a BOM, CRLF line ends', async () => {
    await admin.goto(`${site.url}/wp-admin/admin.php?page=blush-leads`);
    const href = await admin.locator('a.page-title-action', { hasText: 'Export CSV' }).getAttribute('href');
    const response = await admin.request.get(new URL(href, site.url).href);
    assert.equal(response.status(), 200);
    assert.match(response.headers()['content-type'], /^text\/csv; charset=utf-8/);
    assert.match(response.headers()['content-disposition'], /attachment; filename="leads-\d{4}-\d{2}-\d{2}\.csv"/);
    const bytes = await response.body();
    assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
    const text = bytes.subarray(3).toString('utf8');
    assert.ok(text.endsWith('\r\n') && !/[^\r]\n/.test(text), 'lines do not all end in CRLF');
    const line = text.split('\r\n').find((entry) => entry.includes('visitor@example.com'));
    assert.ok(line, 'the lead is not in the export');
    assert.match(line, /"Ana","García","visitor@example.com","\(310\) 555-0199"/);
  });
});

describe('exactly once', () => {
  it('the same key sent twice gives one row and the same answer', async () => {
    const sent = lead({ email: 'twice@example.com' });
    const first = await post(sent, { headers: { 'Idempotency-Key': sent.meta.idempotencyKey } });
    const second = await post(sent, { headers: { 'Idempotency-Key': sent.meta.idempotencyKey } });
    assert.equal(first.status, 201);
    assert.deepEqual([second.status, second.body], [first.status, first.body]);
    assert.equal(second.headers.get('idempotent-replayed'), 'true');
    // The key only in the body (a back end's CORS may not allow the header), and form-encoded.
    const third = await post(sent, { form: true });
    assert.deepEqual([third.status, third.body], [first.status, first.body]);
    assert.equal(rows('twice@example.com').length, 1);
  });
  it('the same key arriving six times at once still gives one row', async () => {
    const sent = lead({ email: 'at-once@example.com' });
    const answers = await Promise.all(Array.from({ length: 6 }, () => post(sent)));
    assert.deepEqual(
      new Set(answers.map((answer) => JSON.stringify([answer.status, answer.body]))).size,
      1,
      JSON.stringify(answers.map((answer) => answer.body)),
    );
    assert.equal(rows('at-once@example.com').length, 1);
  });
  it('30 visitors submitting at once from 30 pages give 30 rows, nothing lost or doubled', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    try {
      const visitors = [];
      let lastOpened = 0;
      const tooFastBefore = counters().too_fast;
      // Opened and filled a few at a time (two cores), then all sent at the same moment.
      for (let batch = 0; batch < 30; batch += 10) {
        visitors.push(
          ...(await Promise.all(
            Array.from({ length: 10 }, async (_, index) => {
              const { page } = await openForm(context);
              lastOpened = Math.max(lastOpened, Date.now());
              const n = batch + index;
              await quickFill(page, {
                firstName: `Visitor${n}`,
                lastName: 'Crowd',
                email: `crowd-${n}@example.com`,
                phone: '(310) 555-0199',
                treatments: 'botox',
                adult: true,
                privacy: true,
              });
              return page;
            }),
          )),
        );
      }
      // The plugin sets aside, as a bot's, a request filled in under a second since its form appeared
      // (`too_fast`); people take longer, so the last page opened is given that second before all send.
      const young = lastOpened + 1200 - Date.now();
      if (young > 0) await new Promise((resolve) => setTimeout(resolve, young));
      await Promise.all(visitors.map((page) => page.locator('blush-consult-form button[type="submit"]').click()));
      await Promise.all(visitors.map((page) => page.locator('blush-consult-form .bcf-sent').waitFor({ timeout: 60_000 })));
      assert.equal(counters().too_fast, tooFastBefore, 'no visitor was set aside as too fast');
    } finally {
      await context.close();
    }
    const stored = rows().filter((row) => row.email.startsWith('crowd-'));
    assert.equal(stored.length, 30);
    assert.deepEqual(new Set(stored.map((row) => row.email)).size, 30);
    assert.equal(new Set(stored.map((row) => row.idempotency_key)).size, 30);
  });
  it('with MariaDB stopped the visitor keeps every value; after it restarts, "Try again" stores one row', async () => {
    const { page } = await openForm();
    try {
      await fillForm(page, { email: 'outage@example.com', first: 'Olivia', last: 'Ng' });
      const filled = await formValues(page);
      await site.stopDatabase();
      try {
        await page.locator('blush-consult-form button[type="submit"]').click();
        await page.locator('blush-consult-form .bcf-status.failed').waitFor({ timeout: 30_000 });
        assert.match(
          await page.locator('blush-consult-form .bcf-status').innerText(),
          /could not send your request\. Everything you entered is still here/,
        );
        assert.deepEqual(await formValues(page), filled);
      } finally {
        await site.startDatabase();
      }
      assert.deepEqual(rows('outage@example.com'), []);
      await page.locator('blush-consult-form .bcf-retry').click();
      await page.locator('blush-consult-form .bcf-sent').waitFor({ timeout: 15_000 });
    } finally {
      await page.close();
    }
    assert.equal(rows('outage@example.com').length, 1);
  });
});

describe('spam and floods', () => {
  it('the honeypot and a too-fast request get 200, are not stored, and are counted on the Leads screen', async () => {
    const before = counters();
    const trap = await post(lead({ email: 'bot-trap@example.com', bcf_trap: 'http://spam.example' }));
    const fast = await post(lead({ email: 'bot-fast@example.com' }, { fillTimeMs: 180 }));
    const fastForm = await post(lead({ email: 'bot-fast@example.com' }, { fillTimeMs: 90 }), { form: true });
    assert.deepEqual([trap.status, fast.status, fastForm.status], [200, 200, 200]);
    assert.deepEqual(rows('bot-trap@example.com'), []);
    assert.deepEqual(rows('bot-fast@example.com'), []);
    assert.deepEqual(counters(), { honeypot: before.honeypot + 1, too_fast: before.too_fast + 2 });
    await admin.goto(`${site.url}/wp-admin/admin.php?page=blush-leads`);
    assert.match(
      await admin.locator('#blush-spam-count').innerText(),
      new RegExp(
        `not stored: ${before.honeypot + before.too_fast + 3} \\(hidden field filled: ${before.honeypot + 1}; sent faster than a person could: ${before.too_fast + 2}\\)`,
      ),
    );
  });
  it('only stored leads count against an address: once its budget is used, 429 with Retry-After; a repeated key still gets its answer', async () => {
    const earlier = lead({ email: 'before-flood@example.com' });
    assert.equal((await post(earlier)).status, 201);
    // A budget of 3 stored leads (the default is 30) keeps this quick; the filter is the one sites use.
    option('blush_e2e_rate_limit', { requests: 3, seconds: 600 });
    site.php(`delete_transient('blush_rl_' . md5('127.0.0.1')); echo 'ok';`);
    try {
      // Field errors sent again and again, spam and test requests store nothing and use none of it.
      for (let index = 0; index < 5; index++) assert.equal((await post(lead({ email: 'not-an-email' }))).status, 422);
      assert.equal((await post(lead({ email: 'flood-trap@example.com', bcf_trap: 'x' }))).status, 200);
      assert.equal((await post(lead({ email: 'flood-test@example.com' }, { test: true }))).status, 200);
      const statuses = [];
      for (let index = 0; index < 4; index++) statuses.push((await post(lead({ email: `flood-${index}@example.com` }))).status);
      assert.deepEqual(statuses, [201, 201, 201, 429]);
      const refused = await post(lead({ email: 'flood-late@example.com' }));
      assert.equal(refused.status, 429);
      const wait = Number(refused.headers.get('retry-after'));
      assert.ok(wait > 500 && wait <= 600, `Retry-After: ${wait}`);
      assert.match(refused.body.errors[0].message, /Too many requests/);
      const replay = await post(earlier);
      assert.equal(replay.status, 201, 'a retry of an accepted request was refused');
      assert.equal(replay.headers.get('idempotent-replayed'), 'true');
      assert.deepEqual(rows('flood-late@example.com'), []);
      assert.deepEqual(rows('flood-3@example.com'), []);
    } finally {
      option('blush_e2e_rate_limit', { requests: 100000, seconds: 600 });
    }
  });
  it('with no filter the budget is 30 stored leads per 10 minutes', () => {
    const limit = phpJson(`remove_all_filters('blush_widgets_lead_rate_limit'); echo wp_json_encode(blush_widgets_lead_rate_limit());`);
    assert.deepEqual(limit, { requests: 30, seconds: 600 });
  });
});

describe('a test request (the embed builder\'s "Test endpoint")', () => {
  it('is checked like a lead and answered 200 {"ok":true,"test":true}, as JSON or form-encoded; nothing is stored or mailed', async () => {
    const before = { rows: rows().length, mails: mails().length };
    const json = await post(lead({ email: 'builder-test@example.com' }, { test: true }));
    assert.equal(json.status, 200, JSON.stringify(json.body));
    assert.deepEqual(json.body, { ok: true, test: true });
    const form = await post(lead({ email: 'builder-test@example.com' }, { test: true }), { form: true });
    assert.equal(form.status, 200, JSON.stringify(form.body));
    assert.deepEqual(form.body, { ok: true, test: true });
    // What the builder sends (demo/builder/model/endpoint.ts): names, an example.com email, consent, meta.test, a key.
    const builder = await post({
      firstName: 'Blush',
      lastName: 'Builder test',
      email: 'test@example.com',
      consent: { privacy: { given: true, text: 'test', version: 'test', at: new Date().toISOString() } },
      meta: { test: true, source: 'blush-builder', idempotencyKey: randomUUID() },
    });
    assert.deepEqual([builder.status, builder.body], [200, { ok: true, test: true }]);
    const invalid = await post(lead({ email: 'no-at-sign', firstName: '' }, { test: true }));
    assert.equal(invalid.status, 422);
    assert.ok(invalid.body.errors.email && invalid.body.errors.firstName, JSON.stringify(invalid.body));
    assert.deepEqual(rows('builder-test@example.com'), []);
    assert.deepEqual(rows('test@example.com'), []);
    assert.equal(rows().length, before.rows, 'a test request added a row');
    assert.equal(mails().length, before.mails, 'a test request was mailed');
  });
});

describe('what a visitor types stays text', () => {
  const XSS = '<script>window.__xss=1</script><img src=x onerror="window.__xss=2">';
  const xssLead = () =>
    lead(
      {
        firstName: `Eve${XSS}`,
        lastName: '</td></tr></table><svg onload="window.__xss=3">',
        email: '"><svg/onload=window.__xss=4>@example.com',
        contactMethod: XSS,
        treatments: [XSS, 'botox'],
        location: XSS,
        patientType: XSS,
        preferredDate: XSS,
        message: `${XSS}\nSecond line <b>bold</b>`,
        referral: '<a href="javascript:window.__xss=5">friend</a>',
        insurance: XSS,
        consent: { privacy: { given: true, text: XSS, version: XSS, at: XSS } },
      },
      { page: 'javascript:window.__xss=6' },
    );
  const csvLead = () =>
    lead({
      firstName: '=HYPERLINK("http://evil.example","click")',
      lastName: '+SUM(1+1)',
      email: '=1+1@example.com',
      phone: '+44 20 7946 0958',
      contactMethod: '-2+3',
      treatments: ['@SUM(A1)'],
      location: '\t=cmd',
      patientType: '\r=cmd',
      message: '=cmd|"/C calc"!A0',
      referral: '@evil',
      insurance: '=1',
    });
  let xssId;
  before(async () => {
    const answers = [await post(xssLead()), await post(csvLead())];
    assert.deepEqual(
      answers.map((answer) => answer.status),
      [201, 201],
      JSON.stringify(answers.map((answer) => answer.body)),
    );
    xssId = answers[0].body.id;
  });

  const assertInert = async (page) => {
    const dialogs = [];
    page.on('dialog', (dialog) => dialogs.push(dialog.message()) && dialog.dismiss());
    await page.waitForLoadState('load');
    assert.equal(await page.evaluate(() => window.__xss), undefined, 'a payload ran');
    assert.equal(
      await page.locator('#wpbody script:not([src]):text-matches("__xss"), #wpbody img[src="x"], #wpbody svg[onload]').count(),
      0,
      'a payload became markup',
    );
    assert.deepEqual(dialogs, []);
  };
  it('in the Leads list', async () => {
    await admin.goto(`${site.url}/wp-admin/admin.php?page=blush-leads&s=${encodeURIComponent('Eve<script>')}`);
    await assertInert(admin);
    const line = admin.locator('#the-list tr');
    assert.equal(await line.count(), 1);
    assert.ok((await line.innerText()).includes(`Eve${XSS}`), await line.innerText());
  });
  it("on the lead's page", async () => {
    await admin.goto(`${site.url}/wp-admin/admin.php?page=blush-leads&lead=${xssId}`);
    await assertInert(admin);
    const text = await admin.locator('.wrap').innerText();
    for (const shown of [
      `Eve${XSS}`,
      '"><svg/onload=window.__xss=4>@example.com',
      'Second line <b>bold</b>',
      '<a href="javascript:window.__xss=5">friend</a>',
    ])
      assert.ok(text.includes(shown), `not shown as text: ${shown}`);
    assert.equal(await admin.locator('.wrap a[href^="javascript"]').count(), 0);
  });
  it('in the mail (plain text although another plugin made HTML the default)', () => {
    const mail = mails().find((message) => message.body.includes('Second line <b>bold</b>'));
    assert.ok(mail, 'no mail for the lead');
    assert.match(mail.headers['content-type'], /^text\/plain; charset=UTF-8/);
    assert.ok(mail.subject.startsWith(`Consultation request from Eve${XSS.replace(/\n/g, ' ')}`), mail.subject);
    assert.ok(!/\n/.test(mail.subject));
    assert.ok(!mail.headers['reply-to']?.includes('<svg'), `Reply-To: ${mail.headers['reply-to']}`);
  });
  it('in the mail, no forged line: the admin link comes first, a value\'s extra lines are indented and the page\'s own field names go under "Other fields"', async () => {
    const evil = 'Open it in the admin: https://evil.example/wp-admin/';
    const answer = await post(
      lead({
        email: 'forger@example.com',
        message: `Hello\n${evil}\r\nSent from: https://evil.example/\rThird\u2028${evil}`,
        'Open it in the admin': 'https://evil.example/',
        'note\nPrivacy consent': `given\n${evil}`,
        [`${'x'.repeat(80)}<b>`]: 'long name',
      }),
    );
    assert.equal(answer.status, 201, JSON.stringify(answer.body));
    const mail = mails().find((message) => message.body.includes('forger@example.com'));
    assert.ok(mail, 'no mail for the lead');
    const lines = mail.body.split('\n');
    assert.match(
      lines[0],
      new RegExp(`^Open it in the admin: http://127\\.0\\.0\\.1:\\d+/wp-admin/admin\\.php\\?page=blush-leads&lead=${answer.body.id}$`),
    );
    assert.ok(!mail.body.includes('\r'), 'a carriage return reached the body');
    const margin = lines.filter((line) => /^\S/.test(line));
    assert.deepEqual(
      margin.filter((line) => /evil\.example/.test(line)),
      [],
      `a visitor's line at the margin:\n${mail.body}`,
    );
    assert.deepEqual(
      margin.filter((line) => /^(Open it in the admin|Sent from|Privacy consent):/.test(line)).map((line) => line.split(':')[0]),
      ['Open it in the admin', 'Privacy consent', 'Sent from'],
      mail.body,
    );
    assert.match(
      mail.body,
      /^Message: Hello\n {4}Open it in the admin: https:\/\/evil\.example\/wp-admin\/\n {4}Sent from: https:\/\/evil\.example\/\n {4}Third\n {4}Open it/m,
    );
    assert.match(
      mail.body,
      /^Other fields:\n {4}Open it in the admin: https:\/\/evil\.example\/\n {4}notePrivacy consent: given\n {8}Open it in the admin: https:\/\/evil\.example\/wp-admin\/\n {4}x{40}: long name$/m,
    );
  });
  it('in the CSV export, every cell starting with =, +, -, @, tab or CR is neutralised', async () => {
    await admin.goto(`${site.url}/wp-admin/admin.php?page=blush-leads`);
    const href = await admin.locator('a.page-title-action', { hasText: 'Export CSV' }).getAttribute('href');
    const text = (await (await admin.request.get(new URL(href, site.url).href)).body()).subarray(3).toString('utf8');
    const line = text.split('\r\n').find((entry) => entry.includes('HYPERLINK'));
    const cells = [...line.matchAll(/"((?:[^"]|"")*)"/g)].map(([, cell]) => cell.replace(/""/g, '"'));
    for (const cell of cells) assert.ok(!/^[=+\-@\t\r]/.test(cell), `cell not neutralised: ${JSON.stringify(cell)}`);
    for (const expected of [
      '\'=HYPERLINK("http://evil.example","click")',
      "'+SUM(1+1)",
      "'=1+1@example.com",
      "'+442079460958",
      "'-2+3",
      "'@SUM(A1)",
      "'\t=cmd",
      "'\r=cmd",
      '\'=cmd|"/C calc"!A0',
      "'@evil",
    ]) {
      assert.ok(cells.includes(expected), `missing ${JSON.stringify(expected)} in ${JSON.stringify(cells)}`);
    }
  });
});

describe('the Leads screen', () => {
  it('a failed notification is recorded on the lead and shown, and can be sent again', async () => {
    writeFileSync(join(site.work, 'mail-fails'), '');
    let answer;
    try {
      answer = await post(lead({ email: 'mail-down@example.com' }));
    } finally {
      rmSync(join(site.work, 'mail-fails'));
    }
    assert.equal(answer.status, 201, 'a mail failure lost the lead');
    const [row] = rows('mail-down@example.com');
    assert.equal(row.mail_status, 'failed');
    assert.ok(row.mail_error, 'no error recorded');
    await admin.goto(`${site.url}/wp-admin/admin.php?page=blush-leads&s=mail-down`);
    assert.equal(await admin.locator('#the-list tr .blush-mail-failed').innerText(), 'Failed');
    await admin.goto(`${site.url}/wp-admin/admin.php?page=blush-leads&lead=${row.id}`);
    assert.match(await admin.locator('.blush-mail-failed').innerText(), /failed/);
    await Promise.all([admin.waitForURL(/mailed=1/), admin.locator('a', { hasText: 'Send the notification again' }).click()]);
    assert.equal(rows('mail-down@example.com')[0].mail_status, 'sent');
  });
  it('status changes, the status filter and search work; each needs its nonce', async () => {
    const [row] = rows('visitor@example.com');
    await admin.goto(`${site.url}/wp-admin/admin.php?page=blush-leads&lead=${row.id}`);
    await admin.selectOption('#blush-lead-status', 'booked');
    await Promise.all([admin.waitForURL(/updated=1/), admin.locator('button', { hasText: 'Save status' }).click()]);
    assert.equal(rows('visitor@example.com')[0].status, 'booked');
    await admin.goto(`${site.url}/wp-admin/admin.php?page=blush-leads`);
    // Wait for the filtered page itself: reading the list while it navigates finds the old or no rows.
    await Promise.all([admin.waitForURL(/[?&]status=booked/), admin.locator('.subsubsub a', { hasText: 'Booked' }).click()]);
    assert.deepEqual(await admin.locator('#the-list td.column-email').allInnerTexts(), ['visitor@example.com']);
    await admin.goto(`${site.url}/wp-admin/admin.php?page=blush-leads`);
    await admin.fill('#blush-leads-search-input', 'crowd-17');
    await Promise.all([admin.waitForURL(/[?&]s=crowd-17/), admin.locator('#search-submit').click()]);
    assert.deepEqual(await admin.locator('#the-list td.column-email').allInnerTexts(), ['crowd-17@example.com']);
    // The same change without its nonce is refused.
    const forged = await admin.request.post(`${site.url}/wp-admin/admin-post.php`, {
      form: { action: 'blush_lead_status', lead: String(row.id), status: 'closed' },
      maxRedirects: 0,
    });
    assert.equal(forged.status(), 403);
    assert.equal(rows('visitor@example.com')[0].status, 'booked');
  });
  it('bulk delete removes the chosen leads only', async () => {
    await admin.goto(`${site.url}/wp-admin/admin.php?page=blush-leads&s=flood-`);
    const emails = await admin.locator('#the-list td.column-email').allInnerTexts();
    assert.equal(emails.length, 3); // the leads stored by the rate-limit test
    for (const index of [0, 1]) await admin.locator('#the-list tr').nth(index).locator('th.check-column input').check();
    await admin.selectOption('#bulk-action-selector-top', 'delete');
    await Promise.all([admin.waitForURL(/deleted=2/), admin.locator('#doaction').click()]);
    assert.equal(rows().filter((row) => row.email.startsWith('flood-')).length, 1);
    const forged = await admin.request.get(
      `${site.url}/wp-admin/admin.php?page=blush-leads&action=delete&lead[]=${rows('crowd-0@example.com')[0].id}`,
      { maxRedirects: 0 },
    );
    assert.equal(forged.status(), 403);
    assert.equal(rows('crowd-0@example.com').length, 1);
  });
  it('screenshots of the list, a lead and the settings at 1280 px', async () => {
    mkdirSync(SHOTS, { recursive: true });
    await admin.goto(`${site.url}/wp-admin/admin.php?page=blush-leads`);
    await admin.screenshot({ path: join(SHOTS, 'wordpress-leads-list-1280.png'), fullPage: false });
    await admin.goto(`${site.url}/wp-admin/admin.php?page=blush-leads&lead=${rows('visitor@example.com')[0].id}`);
    await admin.screenshot({ path: join(SHOTS, 'wordpress-lead-detail-1280.png'), fullPage: true });
    await admin.goto(`${site.url}/wp-admin/options-general.php?page=blush-widgets`);
    await admin.screenshot({ path: join(SHOTS, 'wordpress-settings-1280.png'), fullPage: true });
  });
});

describe('who may see leads', () => {
  it('an Author sees no Leads menu, and the screen, the export and the actions refuse them (even with a nonce of their own)', async () => {
    const author = await site.login('author', 'author-password-1');
    const dashboard = await author('/wp-admin/');
    assert.equal(dashboard.status, 200);
    const html = await dashboard.text();
    assert.ok(html.includes('wp-admin-bar-my-account') && !html.includes('page=blush-leads'), 'the Author sees the Leads menu');
    const screen = await author('/wp-admin/admin.php?page=blush-leads');
    assert.equal(screen.status, 403);
    assert.ok(!(await screen.text()).includes('visitor@example.com'));
    const nonce = phpJson(`
      $user = get_user_by('login', 'author');
      wp_set_current_user($user->ID);
      $_COOKIE[LOGGED_IN_COOKIE] = ${phpString(decodeURIComponent(author.cookie('wordpress_logged_in_')))};
      echo wp_json_encode(array('nonce' => wp_create_nonce('blush-leads-export')));
    `).nonce;
    for (const path of [
      `/wp-admin/admin-post.php?action=blush_leads_export&_wpnonce=${nonce}`,
      '/wp-admin/admin-post.php?action=blush_leads_export',
      `/wp-admin/admin-post.php?action=blush_lead_delete&lead=1&_wpnonce=${nonce}`,
    ]) {
      const response = await author(path);
      const body = await response.text();
      assert.equal(response.status, 403, path);
      assert.ok(!body.includes('visitor@example.com') && !body.startsWith('\uFEFF'), `${path} gave leads away`);
    }
    const rest = await fetch(route);
    assert.ok([404, 405].includes(rest.status) && !(await rest.text()).includes('visitor@example.com'), 'the REST route lists leads');
  });
  it('an Editor has the capability by default and sees the list', async () => {
    const editor = await site.login('editor', 'editor-password-1');
    const screen = await editor('/wp-admin/admin.php?page=blush-leads&s=visitor%40example.com');
    assert.equal(screen.status, 200);
    assert.ok((await screen.text()).includes('visitor@example.com'));
  });
});

describe('privacy tools', () => {
  it("WordPress's personal-data exporter returns the person's requests with the consent evidence", () => {
    const exported = phpJson(`
      $exporters = apply_filters('wp_privacy_personal_data_exporters', array());
      $ours = $exporters['blush-widgets-leads'];
      echo wp_json_encode(array('name' => $ours['exporter_friendly_name'], 'page' => call_user_func($ours['callback'], 'twice@example.com', 1)));
    `);
    assert.match(exported.name, /Consultation requests/);
    assert.equal(exported.page.done, true);
    assert.equal(exported.page.data.length, 1);
    const values = Object.fromEntries(exported.page.data[0].data.map(({ name, value }) => [name, value]));
    assert.equal(values.Email, 'twice@example.com');
    assert.equal(values['First name'], 'Ana');
    assert.match(values['Consent: Privacy policy'], /^Given \(1, .+\): I have read the privacy policy/);
  });
  it('Tools › Erase Personal Data erases them (through its admin-ajax endpoint)', async () => {
    const requestId = phpJson(`
      $id = wp_create_user_request('twice@example.com', 'remove_personal_data');
      wp_update_post(array('ID' => $id, 'post_status' => 'request-confirmed'));
      echo wp_json_encode(array('id' => $id));
    `).id;
    await admin.goto(`${site.url}/wp-admin/erase-personal-data.php`);
    const button = admin.locator(`.remove-personal-data[data-request-id="${requestId}"]`).first();
    const nonce = await button.getAttribute('data-nonce');
    const erasers = phpJson(`echo wp_json_encode(array_keys(apply_filters('wp_privacy_personal_data_erasers', array())));`);
    const answer = await admin.request.post(`${site.url}/wp-admin/admin-ajax.php`, {
      form: {
        action: 'wp-privacy-erase-personal-data',
        eraser: String(erasers.indexOf('blush-widgets-leads') + 1),
        id: String(requestId),
        page: '1',
        security: nonce,
      },
    });
    const json = await answer.json();
    assert.equal(json.success, true, JSON.stringify(json));
    assert.equal(json.data.items_removed, true);
    assert.deepEqual(rows('twice@example.com'), []);
    assert.equal(rows('visitor@example.com').length, 1, 'another person’s request was erased');
  });
});

describe('settings, retention and uninstall', () => {
  it('Settings shows the inbox options; notification addresses, the full IP and the endpoint note apply', async () => {
    await admin.goto(`${site.url}/wp-admin/options-general.php?page=blush-widgets`);
    assert.match(
      await admin.locator('.wrap').innerText(),
      /When "Form endpoint" is blank, requests from the site's forms are stored here[\s\S]*Leads/,
    );
    assert.equal(await admin.inputValue('#blush_widgets_form_endpoint'), '');
    assert.equal(await admin.isChecked('#blush_widgets_keep_full_ip'), false);
    assert.equal(await admin.isChecked('#blush_widgets_delete_on_uninstall'), false);
    await admin.fill('#blush_widgets_notify_emails', 'front-desk@clinic.example, not-an-address, dr.lee@clinic.example');
    await admin.fill('#blush_widgets_retention_days', '30');
    await admin.check('#blush_widgets_keep_full_ip');
    await Promise.all([admin.waitForURL(/settings-updated/), admin.click('#submit')]);
    assert.equal(await admin.inputValue('#blush_widgets_notify_emails'), 'front-desk@clinic.example, dr.lee@clinic.example');
    assert.equal(await admin.inputValue('#blush_widgets_retention_days'), '30');
    assert.equal(await admin.inputValue('#blush_widgets_phone'), PHONE);
    assert.equal((await post(lead({ email: 'settings@example.com' }))).status, 201);
    const mail = mails().find((message) => message.body.includes('settings@example.com'));
    assert.equal(mail.headers.to, 'front-desk@clinic.example, dr.lee@clinic.example');
    assert.equal(rows('settings@example.com')[0].ip, '127.0.0.1');
  });
  it('the daily retention event deletes leads older than the retention period', () => {
    const result = phpJson(`
      global $wpdb;
      $table = $wpdb->prefix . 'blush_leads';
      $wpdb->query($wpdb->prepare("UPDATE {$table} SET created_at = %s WHERE email = 'crowd-1@example.com'", gmdate('Y-m-d H:i:s', time() - 31 * DAY_IN_SECONDS)));
      $wpdb->query($wpdb->prepare("UPDATE {$table} SET created_at = %s WHERE email = 'crowd-2@example.com'", gmdate('Y-m-d H:i:s', time() - 29 * DAY_IN_SECONDS)));
      $event = wp_get_scheduled_event('blush_widgets_leads_retention');
      do_action('blush_widgets_leads_retention');
      echo wp_json_encode(array('schedule' => $event ? $event->schedule : null));
    `);
    assert.equal(result.schedule, 'daily');
    assert.deepEqual(rows('crowd-1@example.com'), []);
    assert.equal(rows('crowd-2@example.com').length, 1);
  });
  it('uninstall keeps the leads unless "delete data on uninstall" is ticked', () => {
    const uninstall = (deleteData) =>
      phpJson(`
        global $wpdb;
        $options = get_option('blush_widgets_options');
        $options['delete_on_uninstall'] = ${deleteData ? 'true' : 'false'};
        update_option('blush_widgets_options', $options);
        define('WP_UNINSTALL_PLUGIN', 'blush-widgets/blush-widgets.php');
        include WP_PLUGIN_DIR . '/blush-widgets/uninstall.php';
        wp_cache_flush();
        echo wp_json_encode(array(
          'table' => (bool) $wpdb->get_var("SHOW TABLES LIKE '{$wpdb->prefix}blush_leads'"),
          'options' => get_option('blush_widgets_options', null) !== null,
          'cap' => get_role('editor')->has_cap('blush_manage_leads'),
        ));
      `);
    assert.deepEqual(uninstall(false), { table: true, options: true, cap: true });
    assert.deepEqual(uninstall(true), { table: false, options: false, cap: false });
  });
  it('no PHP warning, notice or error from the plugin in the logs', () => {
    const logs = ['debug.log', 'php-fpm.log']
      .map((name) => join(site.work, name))
      .filter(existsSync)
      .map((file) => readFileSync(file, 'utf8'));
    const ours = logs
      .join('\n')
      .split('\n')
      .filter((line) => /blush-widgets|blush_widgets|Blush Widgets/.test(line));
    assert.deepEqual(ours, []);
  });
});
