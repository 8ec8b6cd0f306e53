#!/usr/bin/env node
// `npm run bench`: builds, then prints bundle sizes (raw, gzip, brotli; per element through the
// loader, against the budgets) and the runtime figures of every scripts/bench/*.bench.mjs,
// measured in headless Chromium. --no-build reuses dist/.
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { launchChromium } from './chromium.mjs';
import { collectSizes, formatSizes } from './sizes.mjs';
import { startStaticServer } from './static-server.mjs';

if (!process.argv.includes('--no-build')) execFileSync(process.execPath, ['scripts/build.mjs'], { stdio: ['ignore', 'ignore', 'inherit'] });

console.log('\nBundle sizes (bytes)\n');
console.log(formatSizes(collectSizes()));

const only = process.argv.find((arg) => arg.startsWith('--only='))?.slice(7);
const benches = readdirSync('scripts/bench')
  .filter((file) => file.endsWith('.bench.mjs') && (!only || file.startsWith(only)))
  .sort();
const { server, url } = await startStaticServer({ port: 0 });
const browser = await launchChromium();
const results = [];
let failed = false;
try {
  for (const file of benches) {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    try {
      const { default: bench } = await import(`./bench/${file}`);
      results.push(...(await bench({ page, baseUrl: url })));
    } catch (error) {
      failed = true;
      console.error(`bench ${file} failed: ${error.stack ?? error}`);
    } finally {
      await page.close();
    }
  }
} finally {
  await browser.close();
  server.close();
}
// The WordPress plugin's lead route, on a private WordPress (skipped where its packages cannot be installed).
if (!only || 'wordpress-leads'.startsWith(only)) {
  try {
    const { default: bench } = await import('./bench/wordpress-leads.mjs');
    results.push(...(await bench()));
  } catch (error) {
    failed = true;
    console.error(`bench wordpress-leads failed: ${error.stack ?? error}`);
  }
}

if (results.length) {
  console.log(`\nRuntime (headless Chromium ${browser.version?.() ?? ''}, medians)\n`);
  const width = Math.max(...results.map((result) => result.name.length)) + 2;
  for (const result of results)
    console.log(`${result.name.padEnd(width)}${String(Number(result.value).toFixed(2)).padStart(10)} ${result.unit}`);
}
process.exit(failed ? 1 : 0);
