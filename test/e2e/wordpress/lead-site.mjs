// Shared by the lead-inbox suites (leads-*.e2e.mjs): a site as a clinic installs it (no endpoint in
// Settings, so forms post to the plugin's own REST route; only the phone set; the privacy page
// published), its mail captured, and the requests a form sends, by API or by a visitor in Chromium.
import { randomUUID } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { launch, recordConsole, waitForUpgrade, waitUntil } from '../helpers.mjs';
import { captureMail } from './mail.mjs';
import { phpString, startWordPress } from './site.mjs';

export const PHONE = '(310) 555-0142';
export const CONSENT = 'I have read the privacy policy and agree to be contacted about this request.';
const log = (line) => console.log(`# ${line}`);

/**
 * Starts the site with an Author and an Editor, pages with the form (`shortcode`, `tag`), a browser,
 * and an administrator logged in (`admin`, a page). The rate limit is lifted (100 000 requests) through
 * the filter sites use, read from the `blush_e2e_rate_limit` option, which a test may set for itself.
 */
export async function startLeadSite() {
  const started = Date.now();
  const site = await startWordPress({ roles: ['author', 'editor'], log });
  const mail = captureMail(site);
  site.muPlugin(
    'blush-e2e-rate-limit',
    `add_filter('blush_widgets_lead_rate_limit', function ($limit) { $custom = get_option('blush_e2e_rate_limit'); return is_array($custom) ? $custom : $limit; });`,
  );
  const created = site.phpJson(`
    update_option('blush_widgets_options', blush_widgets_sanitize_options(array('phone' => ${phpString(PHONE)})));
    update_option('blush_e2e_rate_limit', array('requests' => 100000, 'seconds' => 600));
    wp_update_post(array('ID' => (int) get_option('wp_page_for_privacy_policy'), 'post_status' => 'publish'));
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
  const browser = await launch();
  const admin = await site.loginPage(browser);
  log(`WordPress ${site.url} ready in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return new LeadSite(site, mail, created, browser, admin);
}

class LeadSite {
  constructor(site, mail, pages, browser, admin) {
    Object.assign(this, {
      site,
      pages,
      browser,
      admin,
      route: pages.route,
      mails: mail.mails,
      mailFails: mail.mailFails,
      mailSlow: mail.mailSlow,
    });
  }

  async stop() {
    await this.browser?.close();
    await this.site?.stop();
  }

  /** A request as `<blush-consult-form>` builds it (consult-form.payload.ts), with a fresh key. */
  lead(fields = {}, meta = {}) {
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
        page: `${this.site.url}/consultation/`,
        idempotencyKey: randomUUID(),
        ...meta,
      },
    };
  }

  /** POSTs `payload` to the route as JSON or (`form`) in the element's form encoding; `raw` sends a body as is. */
  async post(payload, { headers = {}, form = false, raw } = {}) {
    const response = await fetch(this.route, {
      method: 'POST',
      headers: { 'Content-Type': form ? 'application/x-www-form-urlencoded' : 'application/json', Accept: 'application/json', ...headers },
      body: raw ?? (form ? formBody(payload) : JSON.stringify(payload)),
    });
    const text = await response.text();
    let body = text;
    try {
      body = JSON.parse(text);
    } catch {
      /* not JSON: kept as text */
    }
    return { status: response.status, headers: response.headers, body };
  }

  /** Stored leads, optionally only those sent with `email` (JSON columns decoded). */
  rows(email) {
    const query =
      email === undefined
        ? '$wpdb->get_results("SELECT * FROM {$table} ORDER BY id", ARRAY_A)'
        : `$wpdb->get_results($wpdb->prepare("SELECT * FROM {$table} WHERE email = %s ORDER BY id", ${phpString(email)}), ARRAY_A)`;
    return this.site.phpJson(`
      global $wpdb;
      $table = $wpdb->prefix . 'blush_leads';
      $rows = ${query};
      echo wp_json_encode(array_map('blush_widgets_lead_decode', $rows ? $rows : array()));
    `);
  }

  /** The first captured mail whose body contains `text`, waited for (notifications go after the answer). */
  async mailFor(text, timeout = 10_000) {
    let found;
    await waitUntil(
      () => (found = this.mails().find((message) => message.body.includes(text))),
      `a mail containing ${JSON.stringify(text)}`,
      timeout,
    );
    return found;
  }

  /** The rows (`email`'s, or all) once none of their notifications is still waiting or being sent. */
  async mailSettled(email, timeout = 15_000) {
    let rows;
    await waitUntil(
      () => (rows = this.rows(email)).every((row) => !['pending', 'sending'].includes(row.mail_status)),
      `the notifications${email ? ` for ${email}` : ''} to be tried`,
      timeout,
    );
    return rows;
  }

  /** The spam counters the Leads screen shows. */
  counters() {
    return this.site.phpJson(
      `echo wp_json_encode(array('honeypot' => (int) get_option('blush_widgets_spam_honeypot'), 'too_fast' => (int) get_option('blush_widgets_spam_too_fast')));`,
    );
  }

  /** A visitor's page with the form (the shortcode page), upgraded. */
  async openForm(context = this.browser) {
    const page = await context.newPage();
    await page.setViewportSize({ width: 1280, height: 900 });
    const console = recordConsole(page);
    await page.goto(this.pages.shortcode.url);
    await waitForUpgrade(page, ['blush-consult-form']);
    // The form started its fill-time clock no later than now (pastFillTime).
    await page.evaluate(() => (window.__formSeenAt = performance.now()));
    return { page, console };
  }

  /** Lines of the PHP logs that name the plugin (warnings, notices, errors). */
  pluginLogLines() {
    return ['debug.log', 'php-fpm.log']
      .map((name) => join(this.site.work, name))
      .filter(existsSync)
      .flatMap((file) => readFileSync(file, 'utf8').split('\n'))
      .filter((line) => /blush-widgets|blush_widgets|Blush Widgets/.test(line));
  }

  /** The admin page at a wp-admin address. */
  adminGo(path) {
    return this.admin.goto(`${this.site.url}/wp-admin/${path}`);
  }
}

/** The element's form encoding (toFormBody in consult-form.rules.ts): `a.b=1`, lists as repeated names. */
export function formBody(payload) {
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

/**
 * Waits until the form has been on the page for 1.2 s: the route sets aside, as a bot's, a request
 * filled in under a second (`too_fast`), and people take longer. A real delay, on the page's clock.
 */
export const pastFillTime = (page) =>
  page.waitForFunction(() => performance.now() > (window.__formSeenAt ?? Infinity) + 1200, null, { polling: 100 });

/** Fills the page's form as a visitor types it. */
export async function fillForm(
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
  await pastFillTime(page);
}

/** The same in one step, for many pages at once: values set on the controls, with the events typing sends. */
export async function quickFill(page, values) {
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
  await pastFillTime(page);
}

/** What the form holds: every named text value and every ticked box. */
export const formValues = (page) =>
  page
    .locator('blush-consult-form')
    .evaluate((host) =>
      Object.fromEntries(
        [...host.querySelectorAll('input, textarea')]
          .filter((input) => input.name && input.name !== 'bcf_trap' && (!['checkbox', 'radio'].includes(input.type) || input.checked))
          .map((input) => [`${input.name}${['checkbox', 'radio'].includes(input.type) ? `=${input.value}` : ''}`, input.value]),
      ),
    );

/** A visitor fills and sends the form; resolves when the thank-you shows. */
export async function submitAsVisitor(site, fields) {
  const { page, console } = await site.openForm();
  try {
    await fillForm(page, fields);
    await page.locator('blush-consult-form button[type="submit"]').click();
    await page.locator('blush-consult-form .bcf-sent').waitFor({ timeout: 15_000 });
    return console;
  } finally {
    await page.close();
  }
}
