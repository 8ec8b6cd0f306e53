#!/usr/bin/env node
// `npm run screenshots` (after a build): full-page pictures of the demo clinic page in English,
// French and Persian, on a desktop (1280 px), a phone held upright (375×667) and sideways
// (844×390), light and dark, with headless Chromium. They replace the set in docs/images/demo/,
// so a review compares against the last one: `git diff --stat docs/images/demo` shows what moved.
// `node scripts/screenshots.mjs [outDir] [path]` writes elsewhere, or pictures another page.
import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { launchChromium } from './chromium.mjs';
import { startStaticServer } from './static-server.mjs';

const root = resolve(import.meta.dirname, '..');
const outDir = resolve(process.argv[2] ?? join(root, 'docs/images/demo'));
const path = process.argv[3] ?? '/demo/';
const SIZES = [
  ['1280', 1280, 900],
  ['375', 375, 667],
  ['844x390', 844, 390],
];
// The elements follow the page's language; the demo's own copy stays in English.
const LANGUAGES = { en: 'ltr', fr: 'ltr', fa: 'rtl' };

mkdirSync(outDir, { recursive: true });
for (const file of readdirSync(outDir)) if (/^demo-.*\.png$/.test(file)) rmSync(join(outDir, file));

/** Scrolls through the page so lazy images and below-the-fold parts load, then waits for the images. */
async function settle(page) {
  await page.evaluate(async () => {
    const pause = () => new Promise((done) => setTimeout(done, 120));
    for (let y = 0; y < document.documentElement.scrollHeight; y += innerHeight / 2) {
      scrollTo(0, y);
      await pause();
    }
    // Images in the page and in every shadow root, however deep (the gallery's slider is two down).
    // Parts that skip painting off screen (content-visibility: auto, the gallery's cases) are
    // drawn: a full-page picture is taken from the top, and shows them as a visitor scrolling does.
    const images = [];
    const walk = (root) => {
      for (const node of root.querySelectorAll('*')) {
        if (node.localName === 'img') images.push(node);
        if (getComputedStyle(node).contentVisibility === 'auto') node.style.contentVisibility = 'visible';
        if (node.shadowRoot) walk(node.shadowRoot);
      }
    };
    walk(document);
    const loaded = (image) =>
      new Promise((done) => {
        image.addEventListener('load', done, { once: true });
        image.addEventListener('error', done, { once: true });
      });
    await Promise.race([Promise.all(images.filter((image) => !image.complete).map(loaded)), new Promise((done) => setTimeout(done, 5000))]);
    scrollTo(0, 0);
  });
  await page.waitForTimeout(400);
}

const { server, url } = await startStaticServer({ root, port: 0 });
const browser = await launchChromium();
const problems = [];
try {
  for (const [language, dir] of Object.entries(LANGUAGES)) {
    for (const [size, width, height] of SIZES) {
      for (const scheme of ['light', 'dark']) {
        const name = `${language}/${size}/${scheme}`;
        const page = await browser.newPage({ viewport: { width, height }, colorScheme: scheme, deviceScaleFactor: 1 });
        page.on('console', (message) =>
          message.type() === 'warning' || message.type() === 'error'
            ? problems.push(`${name} ${message.type()}: ${message.text()}`)
            : undefined,
        );
        page.on('pageerror', (error) => problems.push(`${name} pageerror: ${error.message}`));
        // The page as a clinic in that language would serve it: <html lang dir>.
        await page.route(url + path, async (route) => {
          const response = await route.fetch();
          const body = (await response.text()).replace(/<html\b[^>]*>/, `<html lang="${language}" dir="${dir}">`);
          await route.fulfill({ response, body });
        });
        await page.goto(url + path, { waitUntil: 'networkidle' });
        await settle(page);
        const file = join(outDir, `demo-${language}-${size}-${scheme}.png`);
        await page.screenshot({ path: file, fullPage: true });
        console.log(file);
        await page.close();
      }
    }
  }
} finally {
  await browser.close();
  server.close();
}
if (problems.length) console.log(`\nConsole:\n${[...new Set(problems)].join('\n')}`);
