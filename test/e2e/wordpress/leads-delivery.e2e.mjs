// Every stored request's notification reaches the clinic exactly once, whatever happens around the
// request (delivery.php): it goes after the visitor's answer, WP-Cron's sweep sends what failed or
// what a dying request left behind, a claim keeps two senders from mailing one lead twice, Leads
// says where each notification stands, and Site Health speaks up when mail keeps failing.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { waitUntil } from '../helpers.mjs';
import { startLeadSite } from './lead-site.mjs';

const SWEEP = 'blush_widgets_leads_mail_sweep';
let site;

before(async () => {
  site = await startLeadSite();
  // Test switches: a request that ends right after its answer, before its own sender runs (as when
  // PHP dies or the database goes away after the insert); and the sweep run over HTTP, so that
  // several can run at once.
  site.site.muPlugin(
    'blush-e2e-delivery',
    `add_action('shutdown', function () { if (get_option('blush_e2e_end_after_answer') && defined('REST_REQUEST')) { exit; } }, 50);
add_action('init', function () { if (isset($_GET['blush_e2e_sweep'])) { blush_widgets_leads_mail_sweep(); echo 'swept'; exit; } });`,
  );
});
after(() => site?.stop());

const mailsFor = (email) => site.mails().filter((message) => message.body.includes(email));
const setLeads = (email, sql) =>
  site.site.php(
    `global $wpdb; $wpdb->query($wpdb->prepare("UPDATE {$wpdb->prefix}blush_leads SET ${sql} WHERE email LIKE %s", '${email}'));`,
  );

/** WP-Cron as a visit runs it (GET /wp-cron.php), with the sweep due now; its effect is for the caller to wait for. */
async function cronSweep() {
  site.site.php(
    `$next = wp_next_scheduled('${SWEEP}'); if ($next) { wp_unschedule_event($next, '${SWEEP}'); } wp_schedule_event(time() - 1, 'blush_widgets_five_minutes', '${SWEEP}');`,
  );
  const response = await fetch(`${site.site.url}/wp-cron.php`);
  assert.equal(response.status, 200);
}

/** A lead stored by a request that ended before its own sender ran: left `pending`. */
async function strandedLead(email) {
  site.site.option('blush_e2e_end_after_answer', 1);
  try {
    const answer = await site.post(site.lead({ email }));
    assert.equal(answer.status, 201);
  } finally {
    site.site.option('blush_e2e_end_after_answer', 0);
  }
}

/** A lead whose notification failed once (the mail server refused it); its row. */
async function failedLead(email) {
  site.mailFails(true);
  try {
    assert.equal((await site.post(site.lead({ email }))).status, 201);
    const [row] = await site.mailSettled(email);
    assert.equal(row.mail_status, 'failed');
    return row;
  } finally {
    site.mailFails(false);
  }
}

describe('after the answer', () => {
  it('a slow mail server (1 s a message) does not hold the 201: the answer comes before the mail is handed over', async () => {
    site.mailSlow(1);
    try {
      const answer = await site.post(site.lead({ email: 'slow-mail@example.com' }));
      assert.equal(answer.status, 201);
      // Sent inside the request, the mail would be filed before the answer left.
      assert.equal(mailsFor('slow-mail@example.com').length, 0, 'the mail went before the answer');
      await site.mailFor('slow-mail@example.com');
      const [row] = await site.mailSettled('slow-mail@example.com');
      assert.deepEqual([row.mail_status, Number(row.mail_attempts)], ['sent', 1]);
    } finally {
      site.mailSlow(0);
    }
  });
});

describe('the sweep', () => {
  it('is scheduled every five minutes with WP-Cron', () => {
    const event = site.site
      .phpJson(`echo wp_json_encode(array('next' => wp_next_scheduled('${SWEEP}'), 'schedule' => wp_get_schedule('${SWEEP}'),
      'interval' => wp_get_schedules()['blush_widgets_five_minutes']['interval'] ?? null));`);
    assert.ok(event.next > 0, 'the sweep is not scheduled');
    assert.deepEqual([event.schedule, event.interval], ['blush_widgets_five_minutes', 300]);
  });

  it('a transport that fails once: recorded with its next try, left alone until then, then delivered once by WP-Cron', async () => {
    const row = await failedLead('fails-once@example.com');
    assert.deepEqual([row.mail_status, Number(row.mail_attempts)], ['failed', 1]);
    assert.ok(row.mail_error, 'no error recorded');
    const backOff = (Date.parse(`${row.mail_next_at}Z`) - Date.parse(`${row.mail_claimed_at}Z`)) / 1000;
    assert.ok(backOff >= 299 && backOff <= 301, `next try ${backOff} s after the first`);

    await site.adminGo('admin.php?page=blush-leads&s=fails-once');
    assert.equal(await site.admin.locator('#the-list tr .blush-mail-failed').innerText(), 'Failed after 1 try');
    assert.equal(await site.admin.locator('#the-list tr a', { hasText: 'Send again' }).count(), 1);

    // Before its back-off the sweep leaves it alone.
    site.site.php('blush_widgets_leads_mail_sweep();');
    assert.equal(site.rows('fails-once@example.com')[0].mail_status, 'failed');
    assert.equal(mailsFor('fails-once@example.com').length, 0);

    // Five minutes later.
    setLeads('fails-once@example.com', 'mail_next_at = DATE_SUB(UTC_TIMESTAMP(), INTERVAL 1 SECOND)');
    await cronSweep();
    await site.mailFor('fails-once@example.com');
    const [done] = await site.mailSettled('fails-once@example.com');
    assert.deepEqual([done.mail_status, Number(done.mail_attempts), done.mail_error], ['sent', 2, '']);
    assert.equal(mailsFor('fails-once@example.com').length, 1);
  });

  it('a lead whose request ended before its mail is shown as not sent yet, and the sweep mails it', async () => {
    await strandedLead('stranded@example.com');
    assert.equal(site.rows('stranded@example.com')[0].mail_status, 'pending');
    await site.adminGo('admin.php?page=blush-leads&s=stranded');
    assert.match(await site.admin.locator('#the-list tr').innerText(), /Not sent yet/);
    await cronSweep();
    await site.mailFor('stranded@example.com');
    const [row] = await site.mailSettled('stranded@example.com');
    assert.equal(row.mail_status, 'sent');
    await site.adminGo('admin.php?page=blush-leads&s=stranded');
    assert.match(await site.admin.locator('#the-list tr').innerText(), /\bSent\b/);
  });

  it('three sweeps at once mail each waiting lead exactly once', async () => {
    for (let n = 0; n < 6; n++) await strandedLead(`swept-${n}@example.com`);
    site.mailSlow(0.3);
    try {
      const answers = await Promise.all(
        Array.from({ length: 3 }, () => fetch(`${site.site.url}/?blush_e2e_sweep=1`).then((response) => response.text())),
      );
      assert.deepEqual(answers, ['swept', 'swept', 'swept']);
    } finally {
      site.mailSlow(0);
    }
    const rows = await site.mailSettled();
    for (let n = 0; n < 6; n++) {
      const email = `swept-${n}@example.com`;
      const row = rows.find((entry) => entry.email === email);
      assert.deepEqual([row.mail_status, Number(row.mail_attempts)], ['sent', 1], email);
      assert.equal(mailsFor(email).length, 1, `${email} was mailed ${mailsFor(email).length} times`);
    }
  });

  it('stops trying by itself after 8 tries, says so, and Send again still works', async () => {
    await failedLead('gives-up@example.com');
    setLeads('gives-up@example.com', 'mail_attempts = 8, mail_next_at = DATE_SUB(UTC_TIMESTAMP(), INTERVAL 1 SECOND)');
    site.mailFails(true);
    try {
      site.site.php('blush_widgets_leads_mail_sweep();');
    } finally {
      site.mailFails(false);
    }
    const [row] = site.rows('gives-up@example.com');
    assert.deepEqual([row.mail_status, Number(row.mail_attempts)], ['failed', 8]);
    await site.adminGo(`admin.php?page=blush-leads&lead=${row.id}`);
    const text = await site.admin.locator('.wrap').innerText();
    assert.match(text, /The email to admin@example\.com: Failed after 8 tries\. The site has stopped trying by itself\./);
    assert.match(text, /For your web developer, what the mail system said:/);
    await Promise.all([site.admin.waitForURL(/mailed=1/), site.admin.locator('a.button', { hasText: 'Send again' }).click()]);
    assert.equal(site.rows('gives-up@example.com')[0].mail_status, 'sent');
    assert.equal(mailsFor('gives-up@example.com').length, 1);
  });
});

describe('Site Health', () => {
  const health = () => site.site.phpJson('echo wp_json_encode(blush_widgets_site_health_mail());');

  it('warns once mail has been failing for an hour, in plain words with the way to Leads; a success clears it', async () => {
    const row = await failedLead('health@example.com');
    const since = Number(site.site.php("echo get_option('blush_widgets_mail_failing_since');"));
    assert.ok(Math.abs(since - Date.now() / 1000) < 120, `failing since ${since}`);
    assert.equal(health().status, 'good', 'a warning before an hour had passed');

    site.site.php(`update_option('blush_widgets_mail_failing_since', time() - 2 * HOUR_IN_SECONDS);`);
    assert.equal(health().status, 'critical');
    await site.adminGo('site-health.php');
    const issue = site.admin.locator('.health-check-accordion-trigger', {
      hasText: 'New consultation requests are not reaching your email',
    });
    await issue.waitFor({ timeout: 15_000 });
    await issue.click();
    const panel = site.admin.locator('.health-check-accordion-panel', { hasText: 'Every request is kept in Leads' });
    assert.match(await panel.innerText(), /has not been able to email new consultation requests to you \(\d+ requests? waiting\)\./);
    assert.match(await panel.innerText(), /Open Leads/);

    await site.adminGo(`admin.php?page=blush-leads&lead=${row.id}`);
    await Promise.all([site.admin.waitForURL(/mailed=1/), site.admin.locator('a.button', { hasText: 'Send again' }).click()]);
    assert.equal(site.site.php("echo (int) get_option('blush_widgets_mail_failing_since');").trim(), '0');
    assert.equal(health().status, 'good');
  });
});

it('no PHP warning, notice or error from the plugin in the logs', async () => {
  await waitUntil(() => site.rows().every((row) => row.mail_status !== 'sending'), 'every sender to finish');
  assert.deepEqual(site.pluginLogLines(), []);
});
