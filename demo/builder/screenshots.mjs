#!/usr/bin/env node
// Screenshots of the built builder for the README: 375 and 1280 px wide, light and dark, 1x PNG,
// into docs/images/builder-<width>-<scheme>.png. Run after `npm run build`:
// node demo/builder/screenshots.mjs
import { launchChromium } from '../../scripts/chromium.mjs';
import { startStaticServer } from '../../scripts/static-server.mjs';

// A setup a clinic might share: its own question and the Squarespace code.
const SETUP =
  '#w=faq&a.pack=botox&a.single=&p=squarespace-71&faq=%5B%5B%22Do+you+offer+payment+plans%3F%22%2C%22Yes%2C+through+our+financing+partner.%22%5D%5D';
const { server, url } = await startStaticServer({ root: 'dist' });
const browser = await launchChromium();
try {
  for (const width of [375, 1280]) {
    for (const scheme of ['light', 'dark']) {
      const page = await browser.newPage({
        viewport: { width, height: width < 600 ? 1000 : 860 },
        colorScheme: scheme,
        deviceScaleFactor: 1,
      });
      await page.goto(`${url}/builder/${SETUP}${scheme === 'dark' ? '&vp=dark' : ''}`);
      await page.locator('builder-settings-panel').waitFor();
      const frame = await (await page.locator('builder-preview-pane iframe').elementHandle()).contentFrame();
      await frame.waitForFunction(() => document.querySelector('blush-faq')?.shadowRoot?.querySelector('[aria-expanded]'));
      // The first screen, as a clinic first sees it (kept small for the README).
      await page.screenshot({ path: `docs/images/builder-${width}-${scheme}.png` });
      await page.close();
    }
  }
} finally {
  await browser.close();
  server.close();
}
