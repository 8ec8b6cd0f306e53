// Leads under load, replays, spam and a database outage (lead-site.mjs): a request is stored exactly
// once however often and however many arrive at once; forms keep trying through a database restart,
// keeping every value, and each lead is mailed once; spam is counted, not stored; every request counts against its visitor's rate limit, atomically.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { formValues, quickFill, startLeadSite } from './lead-site.mjs';

let site;

before(async () => {
  site = await startLeadSite();
});
after(() => site?.stop());

describe('exactly once', () => {
  it('the same key sent twice gives one row and the same answer', async () => {
    const sent = site.lead({ email: 'twice@example.com' });
    const first = await site.post(sent, { headers: { 'Idempotency-Key': sent.meta.idempotencyKey } });
    const second = await site.post(sent, { headers: { 'Idempotency-Key': sent.meta.idempotencyKey } });
    assert.equal(first.status, 201);
    assert.deepEqual([second.status, second.body], [first.status, first.body]);
    assert.equal(second.headers.get('idempotent-replayed'), 'true');
    // The key only in the body (a back end's CORS may not allow the header), and form-encoded.
    const third = await site.post(sent, { form: true });
    assert.deepEqual([third.status, third.body], [first.status, first.body]);
    assert.equal(site.rows('twice@example.com').length, 1);
  });
  it('the same key arriving six times at once still gives one row', async () => {
    const sent = site.lead({ email: 'at-once@example.com' });
    const answers = await Promise.all(Array.from({ length: 6 }, () => site.post(sent)));
    assert.deepEqual(
      new Set(answers.map((answer) => JSON.stringify([answer.status, answer.body]))).size,
      1,
      JSON.stringify(answers.map((answer) => answer.body)),
    );
    assert.equal(site.rows('at-once@example.com').length, 1);
  });
  it('40 requests from 40 visitors at once, 16 in flight, give 40 rows, nothing lost or doubled', async () => {
    const sent = Array.from({ length: 40 }, (_, n) => site.lead({ email: `burst-${n}@example.com` }));
    const queue = [...sent];
    const answers = [];
    await Promise.all(
      Array.from({ length: 16 }, async () => {
        while (queue.length) answers.push(await site.post(queue.shift()));
      }),
    );
    assert.deepEqual(new Set(answers.map((answer) => answer.status)), new Set([201]));
    const stored = site.rows().filter((row) => row.email.startsWith('burst-'));
    assert.equal(stored.length, 40);
    assert.equal(new Set(stored.map((row) => row.idempotency_key)).size, 40);
  });
  it('10 visitors submitting at once from 10 pages give 10 rows, none set aside as too fast', async () => {
    const context = await site.browser.newContext({ viewport: { width: 1280, height: 900 } });
    try {
      const tooFastBefore = site.counters().too_fast;
      const visitors = await Promise.all(
        Array.from({ length: 10 }, async (_, n) => {
          const { page } = await site.openForm(context);
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
      );
      // All filled, then all sent at the same moment.
      await Promise.all(visitors.map((page) => page.locator('blush-consult-form button[type="submit"]').click()));
      await Promise.all(visitors.map((page) => page.locator('blush-consult-form .bcf-sent').waitFor({ timeout: 60_000 })));
      assert.equal(site.counters().too_fast, tooFastBefore, 'a visitor was set aside as too fast');
    } finally {
      await context.close();
    }
    const stored = site.rows().filter((row) => row.email.startsWith('crowd-'));
    assert.equal(stored.length, 10);
    assert.equal(new Set(stored.map((row) => row.idempotency_key)).size, 10);
  });
  it('MariaDB stopped for 8 s while 20 visitors send: each form keeps trying and says so, all 20 are thanked, stored once and mailed once', async () => {
    const context = await site.browser.newContext({ viewport: { width: 1280, height: 900 } });
    try {
      const visitors = await Promise.all(
        Array.from({ length: 20 }, async (_, n) => {
          const { page } = await site.openForm(context);
          await quickFill(page, {
            firstName: `Visitor${n}`,
            lastName: 'Restart',
            email: `restart-${n}@example.com`,
            phone: '(310) 555-0199',
            treatments: 'botox',
            message: `Kept through the restart ${n}`,
            adult: true,
            privacy: true,
          });
          return page;
        }),
      );
      const filled = await Promise.all(visitors.map(formValues));
      await site.site.stopDatabase();
      const stoppedAt = Date.now();
      try {
        await Promise.all(visitors.map((page) => page.locator('blush-consult-form button[type="submit"]').click()));
        // WordPress answers 500 with an HTML page while its database is away; the forms keep at it, in words.
        await Promise.all(
          visitors.map((page) =>
            page.locator('blush-consult-form .bcf-status', { hasText: 'Still trying to send your request' }).waitFor({ timeout: 20_000 }),
          ),
        );
        assert.deepEqual(await Promise.all(visitors.map(formValues)), filled, 'a value was lost while retrying');
        assert.equal(await visitors[0].locator('blush-consult-form .bcf-retry').count(), 0, '"Try again" offered while still trying');
        // The outage itself is the subject: it lasts 8 s of real time.
        await new Promise((resolve) => setTimeout(resolve, Math.max(0, 8000 - (Date.now() - stoppedAt))));
      } finally {
        await site.site.startDatabase();
      }
      await Promise.all(visitors.map((page) => page.locator('blush-consult-form .bcf-sent').waitFor({ timeout: 90_000 })));
    } finally {
      await context.close();
    }
    const stored = site.rows().filter((row) => row.email.startsWith('restart-'));
    assert.equal(stored.length, 20);
    assert.equal(new Set(stored.map((row) => row.idempotency_key)).size, 20);
    assert.equal(new Set(stored.map((row) => row.email)).size, 20);
    // Any notification whose own sender lost the database is the sweep's.
    site.site.php('blush_widgets_leads_mail_sweep();');
    const mailed = (await site.mailSettled()).filter((row) => row.email.startsWith('restart-'));
    assert.deepEqual(new Set(mailed.map((row) => row.mail_status)), new Set(['sent']));
    for (let n = 0; n < 20; n++) {
      const count = site.mails().filter((message) => message.body.includes(`restart-${n}@example.com`)).length;
      assert.equal(count, 1, `restart-${n}@example.com mailed ${count} times`);
    }
  });
});

describe('spam and floods', () => {
  it('the honeypot and a too-fast request get 200, are not stored, and are counted on the Leads screen', async () => {
    const before = site.counters();
    const trap = await site.post(site.lead({ email: 'bot-trap@example.com', bcf_trap: 'http://spam.example' }));
    const fast = await site.post(site.lead({ email: 'bot-fast@example.com' }, { fillTimeMs: 180 }));
    const fastForm = await site.post(site.lead({ email: 'bot-fast@example.com' }, { fillTimeMs: 90 }), { form: true });
    assert.deepEqual([trap.status, fast.status, fastForm.status], [200, 200, 200]);
    assert.deepEqual(site.rows('bot-trap@example.com'), []);
    assert.deepEqual(site.rows('bot-fast@example.com'), []);
    assert.deepEqual(site.counters(), { honeypot: before.honeypot + 1, too_fast: before.too_fast + 2 });
    await site.adminGo('admin.php?page=blush-leads');
    assert.match(
      await site.admin.locator('#blush-spam-count').innerText(),
      new RegExp(
        `not stored: ${before.honeypot + before.too_fast + 3} \\(hidden field filled: ${before.honeypot + 1}; sent faster than a person could: ${before.too_fast + 2}\\)`,
      ),
    );
  });
  /** Sets the filter's budget and empties the counters, for one test; lifted again after it. */
  const budget = (requests) => {
    site.site.option('blush_e2e_rate_limit', { requests, seconds: 600 });
    site.site.php(`global $wpdb; $wpdb->query("DELETE FROM {$wpdb->prefix}blush_rate_limits");`);
  };
  const lift = () => site.site.option('blush_e2e_rate_limit', { requests: 100000, seconds: 600 });
  const trust = (proxies) =>
    site.site.php(
      `$o = get_option('blush_widgets_options'); $o['trusted_proxies'] = ${JSON.stringify(proxies)}; update_option('blush_widgets_options', $o);`,
    );

  it('every request counts, refused, spam and tests included; over the budget 429 with Retry-After; a repeated key still gets its answer', async () => {
    budget(100000);
    const earlier = site.lead({ email: 'before-flood@example.com' });
    assert.equal((await site.post(earlier)).status, 201);
    budget(6);
    try {
      const statuses = [
        (await site.post(site.lead({ email: 'not-an-email' }))).status,
        (await site.post(site.lead({ email: 'not-an-email' }))).status,
        (await site.post(site.lead({ email: 'flood-trap@example.com', bcf_trap: 'x' }))).status,
        (await site.post(site.lead({ email: 'flood-test@example.com' }, { test: true }))).status,
        (await site.post(site.lead({ email: 'flood-0@example.com' }))).status,
        (await site.post(site.lead({ email: 'flood-1@example.com' }))).status,
        (await site.post(site.lead({ email: 'flood-2@example.com' }))).status,
        (await site.post(site.lead({ email: 'not-an-email' }))).status,
      ];
      assert.deepEqual(statuses, [422, 422, 200, 200, 201, 201, 429, 429]);
      const refused = await site.post(site.lead({ email: 'flood-late@example.com' }));
      assert.equal(refused.status, 429);
      const wait = Number(refused.headers.get('retry-after'));
      assert.ok(wait > 500 && wait <= 600, `Retry-After: ${wait}`);
      assert.match(refused.body.errors[0].message, /Too many requests/);
      const replay = await site.post(earlier);
      assert.equal(replay.status, 201, 'a retry of an accepted request was refused');
      assert.equal(replay.headers.get('idempotent-replayed'), 'true');
      assert.deepEqual(site.rows('flood-2@example.com'), []);
    } finally {
      lift();
    }
  });
  it('a visitor over the budget is told within seconds when to try again, every value kept', async () => {
    budget(1);
    try {
      assert.equal((await site.post(site.lead({ email: 'first-of-budget@example.com' }))).status, 201);
      const { page } = await site.openForm();
      try {
        await quickFill(page, {
          firstName: 'Rita',
          lastName: 'Limit',
          email: 'over-budget@example.com',
          phone: '(310) 555-0199',
          treatments: 'botox',
          adult: true,
          privacy: true,
        });
        const filled = await formValues(page);
        await page.locator('blush-consult-form button[type="submit"]').click();
        const status = page.locator('blush-consult-form .bcf-status.failed');
        await status.waitFor({ timeout: 10_000 });
        assert.match(
          await status.innerText(),
          /Too many requests have come from this connection\. Please try again in about 10 minutes; everything you entered is still here\./,
        );
        assert.deepEqual(await formValues(page), filled);
      } finally {
        await page.close();
      }
      assert.deepEqual(site.rows('over-budget@example.com'), []);
    } finally {
      lift();
    }
  });
  it('the count holds when requests race: 40 at once, 16 in flight, against a budget of 30 store exactly 30', async () => {
    budget(30);
    try {
      const queue = Array.from({ length: 40 }, (_, n) => site.lead({ email: `race-${n}@example.com` }));
      const statuses = [];
      await Promise.all(
        Array.from({ length: 16 }, async () => {
          while (queue.length) statuses.push((await site.post(queue.shift())).status);
        }),
      );
      assert.deepEqual([statuses.filter((status) => status === 201).length, statuses.filter((status) => status === 429).length], [30, 10]);
      assert.equal(site.rows().filter((row) => row.email.startsWith('race-')).length, 30);
    } finally {
      lift();
    }
  });
  it('behind a trusted proxy each visitor counts alone (IPv6 by /64); a forwarded address from anyone else is ignored', async () => {
    const from = (address) => ({ headers: { 'X-Forwarded-For': `198.51.100.7, ${address}` } });
    const send = async (address) => (await site.post(site.lead({ email: `proxy-${Math.random()}@example.com` }), from(address))).status;
    budget(2);
    try {
      // Not trusted (the default): the header is the visitor's own claim, and 127.0.0.1 is the one visitor.
      assert.deepEqual([await send('203.0.113.5'), await send('203.0.113.6'), await send('203.0.113.7')], [201, 201, 429]);
      trust('127.0.0.1');
      budget(2);
      assert.deepEqual([await send('203.0.113.5'), await send('203.0.113.5'), await send('203.0.113.5')], [201, 201, 429]);
      assert.equal(await send('203.0.113.6'), 201, 'another visitor behind the proxy was refused');
      assert.deepEqual([await send('2001:db8:1:2::1'), await send('2001:db8:1:2::ffff'), await send('2001:db8:1:2::9')], [201, 201, 429]);
      assert.equal(await send('2001:db8:1:3::1'), 201, 'another /64 was refused');
    } finally {
      trust('');
      lift();
    }
  });
  it('the counters hold no address that can be read back: HMAC keys, no transient named after the address', () => {
    const stored = site.site.phpJson(`global $wpdb; echo wp_json_encode(array(
      'buckets' => $wpdb->get_col("SELECT bucket FROM {$wpdb->prefix}blush_rate_limits"),
      'transients' => $wpdb->get_col("SELECT option_name FROM {$wpdb->options} WHERE option_name LIKE '%blush_rl_%'"),
      'plain' => array(md5('127.0.0.1'), hash('sha256', '127.0.0.1'), hash('sha256', 'v4|127.0.0.1')),
    ));`);
    assert.ok(stored.buckets.length > 0);
    for (const bucket of stored.buckets) assert.match(bucket, /^[0-9a-f]{64}$/);
    assert.deepEqual(
      stored.buckets.filter((bucket) => stored.plain.includes(bucket)),
      [],
    );
    assert.deepEqual(stored.transients, []);
  });
  it('with no filter the budget is 30 requests per 10 minutes', () => {
    const limit = site.site.phpJson(
      `remove_all_filters('blush_widgets_lead_rate_limit'); echo wp_json_encode(blush_widgets_lead_rate_limit());`,
    );
    assert.deepEqual(limit, { requests: 30, seconds: 600 });
  });
});

it('no PHP warning, notice or error from the plugin in the logs', () => assert.deepEqual(site.pluginLogLines(), []));
