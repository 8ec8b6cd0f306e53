// The WordPress plugin as the clinic's lead inbox (lead-site.mjs): with no endpoint in Settings,
// forms post to the plugin's own REST route, which checks a request as the form does and stores it
// as one row; the Leads screen lists, filters, changes and deletes requests, each change with its nonce.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { ROOT, waitForUpgrade } from '../helpers.mjs';
import { CONSENT, fillForm, formBody, startLeadSite, submitAsVisitor } from './lead-site.mjs';

const SHOTS = process.env.BLUSH_WP_SHOTS ?? join(ROOT, 'dist/wordpress-screenshots');
let site;

before(async () => {
  site = await startLeadSite();
});
after(() => site?.stop());

describe('a fresh install takes leads with no setup', () => {
  it("forms post to the plugin's own REST route and link WordPress's privacy page", async () => {
    assert.ok(site.pages.privacy, 'WordPress has no published privacy page');
    for (const key of ['shortcode', 'tag']) {
      const html = await (await fetch(site.pages[key].url)).text();
      const tag = html.match(/<blush-consult-form\b[^>]*>/)?.[0] ?? '';
      const attribute = (name) => tag.match(new RegExp(`\\s${name}="([^"]*)"`))?.[1]?.replace(/&amp;/g, '&') ?? null;
      assert.equal(attribute('action'), site.route, `${key}: ${tag}`);
      assert.equal(attribute('privacy-url'), site.pages.privacy, `${key}: ${tag}`);
    }
  });
});

describe('the route checks what the element checks', () => {
  it('missing and malformed fields come back as 422 in the shape the element shows', async () => {
    const empty = await site.post(site.lead({ firstName: '', lastName: ' ', email: '', consent: {} }));
    assert.equal(empty.status, 422);
    assert.deepEqual(Object.keys(empty.body.errors).sort(), ['email', 'firstName', 'lastName', 'privacy']);
    assert.equal(empty.body.errors.email, 'Enter your email address');
    const malformed = await site.post(
      site.lead({
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
    const spanish = await site.post(site.lead({ email: 'nope' }, { language: 'es-US' }));
    assert.deepEqual(spanish.body.errors, { email: 'Escriba un correo como nombre@ejemplo.com' });
    assert.deepEqual(site.rows('ana@example'), []);
  });
  it('a form-encoded request (encoding="form") is read like JSON, lists and consent included', async () => {
    const sent = site.lead({ email: 'form-encoded@example.com', treatments: ['botox', 'filler-lips'], preferredDays: ['mon'] });
    const answer = await site.post(sent, { form: true });
    assert.equal(answer.status, 201, JSON.stringify(answer.body));
    const [row] = site.rows('form-encoded@example.com');
    assert.deepEqual(row.treatments, ['botox', 'filler-lips']);
    assert.deepEqual(row.fields.preferredDays, ['mon']);
    assert.equal(row.fields.adult, true);
    assert.equal(row.consent.privacy.given, true);
    assert.equal(row.idempotency_key, sent.meta.idempotencyKey);
    const refused = await site.post(site.lead({ consent: {} }), { form: true });
    assert.equal(refused.body.errors.privacy, 'Agree to the privacy policy to send your request');
  });
  it('an unreadable body gets a clear 400, not a PHP error', async () => {
    for (const raw of ['{"firstName":', 'null', '"text"']) {
      const answer = await site.post(null, { raw });
      assert.equal(answer.status, 400, raw);
      assert.match(answer.body.errors[0].message, /JSON or form-encoded/);
    }
    const binary = await site.post(null, { raw: Buffer.from([0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xff, 0x22, 0x7d]) });
    assert.equal(binary.status, 400);
  });
  it('a body nested deeper than any form sends is refused whole, not stored with its fields lost', async () => {
    const valid = site.lead({ email: 'deep@example.com' });
    const deepForm = `${formBody(valid)}&${'a.'.repeat(20_000)}b=1`;
    const deepJson = JSON.stringify({ ...valid, extra: JSON.parse(`${'{"a":'.repeat(40)}1${'}'.repeat(40)}`) });
    for (const [raw, form] of [
      [deepForm, true],
      [deepJson, false],
    ]) {
      const answer = await site.post(null, { raw, form });
      assert.equal(answer.status, 400, JSON.stringify(answer.body).slice(0, 200));
    }
    assert.deepEqual(site.rows('deep@example.com'), []);
  });
});

describe("a visitor's request", () => {
  it('becomes exactly one row, with the values and the consent evidence', async () => {
    const console = await submitAsVisitor(site, { email: 'visitor@example.com' });
    assert.deepEqual(console.errors, []);
    // The notification goes after the answer (delivery.php): wait for it to be tried.
    const stored = await site.mailSettled('visitor@example.com');
    assert.equal(stored.length, 1);
    const [row] = stored;
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
    assert.equal(row.page_url, site.pages.shortcode.url);
    assert.equal(row.ip, '127.0.0.0', 'the address is kept anonymised by default');
    assert.equal(row.mail_status, 'sent');
  });
  it('is shown in the Leads list and on its own page', async () => {
    await site.adminGo('admin.php?page=blush-leads');
    const line = site.admin.locator('#the-list tr', { hasText: 'visitor@example.com' });
    assert.equal(await line.count(), 1);
    assert.match(await line.innerText(), /Ana García[\s\S]*\(310\) 555-0199[\s\S]*Botox®, Lip filler[\s\S]*New[\s\S]*Sent/);
    await line.locator('a.row-title').click();
    await site.admin.waitForURL(/lead=\d+/);
    assert.equal(await site.admin.locator('h1.blush-lead-name').innerText(), 'Ana García');
    assert.match(await site.admin.locator('.wrap').innerText(), /Forehead lines, first time\.[\s\S]*I have read the privacy policy/);
  });
  it('is in the CSV export: UTF-8 with a BOM, CRLF line ends', async () => {
    await site.adminGo('admin.php?page=blush-leads');
    const href = await site.admin.locator('a.page-title-action', { hasText: 'Export CSV' }).getAttribute('href');
    const response = await site.admin.request.get(new URL(href, site.site.url).href);
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

describe('where the visit came from', () => {
  it('an ad click kept on landing goes with a request sent from another visit of the page, and Leads names it as Source', async () => {
    const page = await site.browser.newPage();
    try {
      // Lands from an ad, reads on, then asks from the same page without the campaign in its address.
      await page.goto(`${site.pages.shortcode.url}${site.pages.shortcode.url.includes('?') ? '&' : '?'}gclid=Cj0KCQ&utm_campaign=spring`);
      await waitForUpgrade(page, ['blush-consult-form']);
      await page.goto(site.pages.shortcode.url);
      await waitForUpgrade(page, ['blush-consult-form']);
      await page.evaluate(() => (window.__formSeenAt = performance.now()));
      await fillForm(page, { email: 'from-an-ad@example.com' });
      await page.locator('blush-consult-form button[type="submit"]').click();
      await page.locator('blush-consult-form .bcf-sent').waitFor({ timeout: 15_000 });
      assert.deepEqual(await page.evaluate(() => Object.keys(sessionStorage)), ['blush-attribution']);
    } finally {
      await page.close();
    }
    const [row] = await site.mailSettled('from-an-ad@example.com');
    assert.equal(row.fields.attribution.gclid, 'Cj0KCQ');
    assert.equal(row.fields.attribution.utm_campaign, 'spring');
    await site.adminGo('admin.php?page=blush-leads');
    const line = site.admin.locator('#the-list tr', { hasText: 'from-an-ad@example.com' });
    assert.equal(await line.locator('td.column-source').innerText(), 'Google Ads (spring)');
  });
});

describe('a test request (the embed builder\'s "Test endpoint")', () => {
  it('is checked like a lead and answered 200 {"ok":true,"test":true}, as JSON or form-encoded; nothing is stored or mailed', async () => {
    const before = { rows: site.rows().length, mails: site.mails().length };
    const json = await site.post(site.lead({ email: 'builder-test@example.com' }, { test: true }));
    assert.deepEqual([json.status, json.body], [200, { ok: true, test: true }]);
    const form = await site.post(site.lead({ email: 'builder-test@example.com' }, { test: true }), { form: true });
    assert.deepEqual([form.status, form.body], [200, { ok: true, test: true }]);
    // What the builder sends (demo/builder/model/endpoint.ts): names, an example.com email, consent, meta.test, a key.
    const builder = await site.post({
      firstName: 'Blush',
      lastName: 'Builder test',
      email: 'test@example.com',
      consent: { privacy: { given: true, text: 'test', version: 'test', at: new Date().toISOString() } },
      meta: { test: true, source: 'blush-builder', idempotencyKey: randomUUID() },
    });
    assert.deepEqual([builder.status, builder.body], [200, { ok: true, test: true }]);
    const invalid = await site.post(site.lead({ email: 'no-at-sign', firstName: '' }, { test: true }));
    assert.equal(invalid.status, 422);
    assert.ok(invalid.body.errors.email && invalid.body.errors.firstName, JSON.stringify(invalid.body));
    assert.deepEqual(site.rows('builder-test@example.com'), []);
    assert.deepEqual(site.rows('test@example.com'), []);
    assert.equal(site.rows().length, before.rows, 'a test request added a row');
    assert.equal(site.mails().length, before.mails, 'a test request was mailed');
  });
});

describe('the Leads screen', () => {
  before(async () => {
    for (const email of ['bulk-0@example.com', 'bulk-1@example.com', 'bulk-2@example.com', 'keep-me@example.com'])
      assert.equal((await site.post(site.lead({ email }))).status, 201);
  });
  it('status changes, the status filter and search work; each needs its nonce', async () => {
    const { admin } = site;
    const [row] = site.rows('visitor@example.com');
    await site.adminGo(`admin.php?page=blush-leads&lead=${row.id}`);
    await admin.selectOption('#blush-lead-status', 'booked');
    await Promise.all([admin.waitForURL(/updated=1/), admin.locator('button', { hasText: 'Save status' }).click()]);
    assert.equal(site.rows('visitor@example.com')[0].status, 'booked');
    await site.adminGo('admin.php?page=blush-leads');
    // Wait for the filtered page itself: reading the list while it navigates finds the old or no rows.
    await Promise.all([admin.waitForURL(/[?&]status=booked/), admin.locator('.subsubsub a', { hasText: 'Booked' }).click()]);
    assert.deepEqual(await admin.locator('#the-list td.column-email').allInnerTexts(), ['visitor@example.com']);
    await site.adminGo('admin.php?page=blush-leads');
    await admin.fill('#blush-leads-search-input', 'keep-me');
    await Promise.all([admin.waitForURL(/[?&]s=keep-me/), admin.locator('#search-submit').click()]);
    assert.deepEqual(await admin.locator('#the-list td.column-email').allInnerTexts(), ['keep-me@example.com']);
    // The same change without its nonce is refused.
    const forged = await admin.request.post(`${site.site.url}/wp-admin/admin-post.php`, {
      form: { action: 'blush_lead_status', lead: String(row.id), status: 'closed' },
      maxRedirects: 0,
    });
    assert.equal(forged.status(), 403);
    assert.equal(site.rows('visitor@example.com')[0].status, 'booked');
  });
  it('bulk delete removes the chosen leads only', async () => {
    const { admin } = site;
    await site.adminGo('admin.php?page=blush-leads&s=bulk-');
    assert.equal((await admin.locator('#the-list td.column-email').allInnerTexts()).length, 3);
    for (const index of [0, 1]) await admin.locator('#the-list tr').nth(index).locator('th.check-column input').check();
    await admin.selectOption('#bulk-action-selector-top', 'delete');
    await Promise.all([admin.waitForURL(/deleted=2/), admin.locator('#doaction').click()]);
    assert.equal(site.rows().filter((row) => row.email.startsWith('bulk-')).length, 1);
    const forged = await admin.request.get(
      `${site.site.url}/wp-admin/admin.php?page=blush-leads&action=delete&lead[]=${site.rows('keep-me@example.com')[0].id}`,
      { maxRedirects: 0 },
    );
    assert.equal(forged.status(), 403);
    assert.equal(site.rows('keep-me@example.com').length, 1);
  });
  it('screenshots of the list, a lead and the settings at 1280 px', async () => {
    mkdirSync(SHOTS, { recursive: true });
    await site.adminGo('admin.php?page=blush-leads');
    await site.admin.screenshot({ path: join(SHOTS, 'wordpress-leads-list-1280.png'), fullPage: false });
    await site.adminGo(`admin.php?page=blush-leads&lead=${site.rows('visitor@example.com')[0].id}`);
    await site.admin.screenshot({ path: join(SHOTS, 'wordpress-lead-detail-1280.png'), fullPage: true });
    await site.adminGo('options-general.php?page=blush-widgets');
    await site.admin.screenshot({ path: join(SHOTS, 'wordpress-settings-1280.png'), fullPage: true });
  });
});

it('no PHP warning, notice or error from the plugin in the logs', () => assert.deepEqual(site.pluginLogLines(), []));
