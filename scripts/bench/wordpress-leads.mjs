#!/usr/bin/env node
// The WordPress plugin's capacity: leads stored by its REST route (POST /wp-json/blush-widgets/v1/leads)
// on a private WordPress (test/e2e/wordpress/site.mjs: Debian's WordPress, php-fpm with 4 workers,
// MariaDB, nginx), with mail on: each lead's notification goes through wp_mail to a local sendmail
// (test/e2e/wordpress/mail.mjs), after the answer. Each request is a full valid lead with its own
// idempotency key; they are sent 8 and 32 at a time, and 8 at a time to a mail server that takes
// 250 ms a message. Per setting: leads answered per second and the 95th percentile of the answer
// time, medians of 3 runs of 200 leads after 20 to warm up; every run checks that exactly its leads
// were stored and, once the mail settles, that each was mailed once. Part of `npm run bench`, or run
// alone: `node scripts/bench/wordpress-leads.mjs`.
import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { median } from './bench-utils.mjs';
import { captureMail } from '../../test/e2e/wordpress/mail.mjs';
import { startWordPress } from '../../test/e2e/wordpress/site.mjs';

const ROOT = resolve(import.meta.dirname, '../..');
const PLUGIN = resolve(ROOT, process.env.BLUSH_WP_OUT ?? 'dist', 'wordpress/blush-widgets');
const RUNS = 3;
const LEADS = 200;
const WARM_UP = 20;
const SETTINGS = [
  { concurrency: 8, mailSeconds: 0 },
  { concurrency: 32, mailSeconds: 0 },
  { concurrency: 8, mailSeconds: 0.25 },
];

const lead = (index, site) => ({
  firstName: 'Olivia',
  lastName: `Bench${index}`,
  email: `bench-${index}@example.com`,
  phone: '+13105550142',
  treatments: ['botox', 'filler-lips'],
  message: 'Forehead lines and a little more volume in the lips.',
  adult: true,
  consent: {
    privacy: {
      given: true,
      text: 'I have read the privacy policy and agree to be contacted about this request.',
      version: '1',
      at: new Date().toISOString(),
    },
  },
  meta: {
    language: 'en',
    submittedAt: new Date().toISOString(),
    fillTimeMs: 9000,
    page: `${site.url}/consultation/`,
    idempotencyKey: randomUUID(),
  },
});

/** Sends leads `from`…`to - 1`, `concurrency` at a time; returns each answer's time in ms; throws on any answer but 201. */
async function send(route, site, from, to, concurrency) {
  let next = from;
  const times = [];
  const worker = async () => {
    while (next < to) {
      const body = JSON.stringify(lead(next++, site));
      const started = performance.now();
      const response = await fetch(route, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
        body,
      });
      if (response.status !== 201) throw new Error(`lead route answered ${response.status}: ${await response.text()}`);
      times.push(performance.now() - started);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return times;
}

const percentile = (values, share) => [...values].sort((a, b) => a - b)[Math.ceil(share * values.length) - 1];

/** Resolves once `count` mails are filed and no lead's notification is still waiting or being sent. */
async function mailSettled(site, mail, count) {
  const deadline = Date.now() + 120_000;
  for (;;) {
    const open = Number(
      site
        .php(
          `global $wpdb; echo $wpdb->get_var("SELECT COUNT(*) FROM {$wpdb->prefix}blush_leads WHERE mail_status IN ('pending', 'sending')");`,
        )
        .trim(),
    );
    const filed = mail.mails().length;
    if (!open && filed >= count) {
      if (filed !== count) throw new Error(`${filed} mails for ${count} leads`);
      return;
    }
    if (Date.now() > deadline) throw new Error(`mail did not settle: ${filed} of ${count} filed, ${open} waiting`);
    await new Promise((done) => setTimeout(done, 250));
  }
}

export default async function bench() {
  const missing = !existsSync('/usr/share/wordpress/wp-load.php') || !existsSync('/usr/sbin/mariadbd');
  if (missing && process.getuid?.() !== 0) {
    console.warn(
      'bench wordpress-leads: skipped (needs the Debian WordPress, MariaDB, php-fpm and nginx packages, or root to install them)',
    );
    return [];
  }
  if (!existsSync(join(PLUGIN, 'blush-widgets.php')))
    execFileSync(process.execPath, ['scripts/wordpress-zip.mjs'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  const site = await startWordPress({
    plugin: PLUGIN,
    title: 'Bench Clinic',
    log: (line) => console.warn(`bench wordpress-leads: ${line}`),
  });
  try {
    const mail = captureMail(site);
    site.muPlugin('bench', `add_filter('blush_widgets_lead_rate_limit', function () { return array('requests' => 0); });`);
    const route = site.php(`echo rest_url('blush-widgets/v1/leads');`).trim();
    const stored = () => Number(site.php(`global $wpdb; echo $wpdb->get_var("SELECT COUNT(*) FROM {$wpdb->prefix}blush_leads");`).trim());
    await send(route, site, 0, WARM_UP, 8);
    let total = WARM_UP;
    await mailSettled(site, mail, total);
    const results = [];
    for (const { concurrency, mailSeconds } of SETTINGS) {
      mail.mailSlow(mailSeconds);
      const rates = [];
      const p95s = [];
      for (let run = 0; run < RUNS; run++) {
        const start = performance.now();
        const times = await send(route, site, total, total + LEADS, concurrency);
        const seconds = (performance.now() - start) / 1000;
        total += LEADS;
        if (stored() !== total) throw new Error(`${stored()} leads stored, ${total} sent`);
        rates.push(LEADS / seconds);
        p95s.push(percentile(times, 0.95));
        await mailSettled(site, mail, total);
      }
      const setting = `${concurrency} at a time, mail ${mailSeconds ? `server taking ${mailSeconds * 1000} ms` : 'on'}`;
      results.push(
        { name: `WordPress lead route (${setting}): leads answered per second`, value: median(rates), unit: 'leads/s' },
        { name: `WordPress lead route (${setting}): 95th percentile answer`, value: median(p95s), unit: 'ms' },
      );
    }
    mail.mailSlow(0);
    return results;
  } finally {
    await site.stop();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  for (const result of await bench()) console.log(`${result.name}: ${result.value.toFixed(1)} ${result.unit}`);
}
