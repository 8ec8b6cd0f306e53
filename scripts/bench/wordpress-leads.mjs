#!/usr/bin/env node
// Leads stored per second by the WordPress plugin's REST route (POST /wp-json/blush-widgets/v1/leads)
// on a private WordPress (test/e2e/wordpress/site.mjs: Debian's WordPress, php-fpm with 4 workers,
// MariaDB, nginx). Each request is a full valid lead with its own idempotency key, sent 8 at a time;
// each is validated, inserted and handed to wp_mail (delivery short-circuited by `pre_wp_mail`, so the
// figure is the route's, not a mail server's). Median of 3 runs of 200 leads, after 20 to warm up;
// every run checks that exactly its leads were stored. Part of `npm run bench`, or run alone:
// `node scripts/bench/wordpress-leads.mjs`.
import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { median } from './bench-utils.mjs';
import { startWordPress } from '../../test/e2e/wordpress/site.mjs';

const ROOT = resolve(import.meta.dirname, '../..');
const PLUGIN = resolve(ROOT, process.env.BLUSH_WP_OUT ?? 'dist', 'wordpress/blush-widgets');
const RUNS = 3;
const LEADS = 200;
const WARM_UP = 20;
const CONCURRENCY = 8;

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

/** Sends leads `from`…`to - 1`, CONCURRENCY at a time; throws on any answer but 201. */
async function send(route, site, from, to) {
  let next = from;
  const worker = async () => {
    while (next < to) {
      const body = JSON.stringify(lead(next++, site));
      const response = await fetch(route, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
        body,
      });
      if (response.status !== 201) throw new Error(`lead route answered ${response.status}: ${await response.text()}`);
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
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
    site.muPlugin(
      'bench',
      `add_filter('pre_wp_mail', '__return_true');
add_filter('blush_widgets_lead_rate_limit', function () { return array('requests' => 0); });`,
    );
    const route = site.php(`echo rest_url('blush-widgets/v1/leads');`).trim();
    const stored = () => Number(site.php(`global $wpdb; echo $wpdb->get_var("SELECT COUNT(*) FROM {$wpdb->prefix}blush_leads");`).trim());
    await send(route, site, 0, WARM_UP);
    const rates = [];
    let total = WARM_UP;
    for (let run = 0; run < RUNS; run++) {
      const start = performance.now();
      await send(route, site, total, total + LEADS);
      const seconds = (performance.now() - start) / 1000;
      total += LEADS;
      if (stored() !== total) throw new Error(`${stored()} leads stored, ${total} sent`);
      rates.push(LEADS / seconds);
    }
    return [{ name: `WordPress lead route: leads stored per second (${CONCURRENCY} at a time)`, value: median(rates), unit: 'leads/s' }];
  } finally {
    await site.stop();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  for (const result of await bench()) console.log(`${result.name}: ${result.value.toFixed(1)} ${result.unit}`);
}
