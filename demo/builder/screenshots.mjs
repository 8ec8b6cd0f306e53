#!/usr/bin/env node
// Screenshots of the built builder for the README: 375 and 1280 px wide, light and dark, 1x PNG,
// into docs/images/builder-<width>-<scheme>.png. Run after `npm run build`:
// node demo/builder/screenshots.mjs
import { launchChromium } from '../../scripts/chromium.mjs';
import { startStaticServer } from '../../scripts/static-server.mjs';

// A clinic setting up the consultation form to send to its email, as it shares the setup.
const SETUP = `#w=consult-form&d=email&da=${encodeURIComponent('https://formspree.io/f/mclinic1')}&a.privacy-url=${encodeURIComponent('https://www.maison-lumiere.example/privacy')}`;
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
      await page.locator('builder-destination-panel').waitFor();
      const frame = await (await page.locator('builder-preview-pane iframe').elementHandle()).contentFrame();
      await frame.waitForFunction(() => document.querySelector('blush-consult-form [name="email"]'));
      // "Where should requests go?" in view, with the preview beside it (wide) or stuck above it (phone).
      await page.evaluate(() => {
        const find = (root, selector) => {
          const found = root.querySelector(selector);
          if (found) return found;
          for (const element of root.querySelectorAll('*')) {
            const inner = element.shadowRoot && find(element.shadowRoot, selector);
            if (inner) return inner;
          }
          return null;
        };
        const settings = find(document, '.settings');
        const preview = find(document, '.preview');
        const wide = preview.getBoundingClientRect().left > settings.getBoundingClientRect().left;
        const top = find(document, 'builder-destination-panel').getBoundingClientRect().top + scrollY;
        scrollTo(0, top - (wide ? 24 : preview.getBoundingClientRect().height + 12));
      });
      await page.waitForTimeout(300);
      await page.screenshot({ path: `docs/images/builder-${width}-${scheme}.png` });
      await page.close();
    }
  }
} finally {
  await browser.close();
  server.close();
}
