#!/usr/bin/env node
// `node scripts/screenshots.mjs [outDir] [path]`: full-page screenshots of the demo (after a build)
// at desktop size and on a phone held upright and sideways, light and dark, with headless Chromium — for looking at what we ship.
import { mkdirSync } from 'node:fs';
import { launchChromium } from './chromium.mjs';
import { startStaticServer } from './static-server.mjs';

const outDir = process.argv[2] ?? '/tmp/blush-shots';
const path = process.argv[3] ?? '/demo/';
mkdirSync(outDir, { recursive: true });

const { server, url } = await startStaticServer({ port: 0 });
const browser = await launchChromium();
const problems = [];
try {
  for (const [name, width, height] of [
    ['desktop', 1280, 900],
    ['phone', 375, 667],
    ['phone-sideways', 844, 390],
  ]) {
    for (const scheme of ['light', 'dark']) {
      const page = await browser.newPage({ viewport: { width, height }, colorScheme: scheme, deviceScaleFactor: 1 });
      page.on('console', (message) =>
        message.type() === 'warning' || message.type() === 'error'
          ? problems.push(`${name}/${scheme} ${message.type()}: ${message.text()}`)
          : undefined,
      );
      page.on('pageerror', (error) => problems.push(`${name}/${scheme} pageerror: ${error.message}`));
      await page.goto(url + path, { waitUntil: 'networkidle' });
      await page.waitForTimeout(600);
      const file = `${outDir}/${name}-${scheme}.png`;
      await page.screenshot({ path: file, fullPage: true });
      console.log(file);
      await page.close();
    }
  }
} finally {
  await browser.close();
  server.close();
}
if (problems.length) console.log(`\nConsole:\n${[...new Set(problems)].join('\n')}`);
