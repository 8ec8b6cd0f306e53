// How much a clinic's page moves while a widget arrives: Chromium's layout-shift entries (the
// numbers CLS adds up), on a phone-sized page with text below the widget and every script held
// back, so the page is painted before the script runs. Shared by `npm run bench` and the e2e check.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The README's first snippet ("Add it to a site"), its script served from `base` instead of the
 * example CDN: `head` (the script and style lines) and `embed` (the elements).
 */
export function readmeSnippet(base) {
  const root = join(import.meta.dirname, '../..');
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const example = `https://cdn.example.com/blush-widgets/${version}/`;
  let code = /```html\n([^]*?)```/.exec(readme.slice(readme.indexOf('## Add it to a site')))[1];
  if (!code.includes(example)) throw new Error(`the README's first snippet no longer loads its script from ${example}`);
  code = code.replace(example, base);
  const start = code.indexOf('<blush-');
  return { head: code.slice(0, start), embed: code.slice(start) };
}

/** The page a clinic has: a heading, the embed, then text that a shift would push down. */
export const clinicPage = ({ head = '', embed }) => `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>Botox at our clinic</title>
    ${head}
  </head>
  <body style="margin: 0 auto; max-width: 42rem; padding: 1rem; font: 16px/1.5 Georgia, serif">
    <h1>Botox at our clinic</h1>
    ${embed}
    <section id="below">
      <h2>Why patients choose us</h2>
      <p>Our nurse injectors have treated frown lines for twelve years. Book a consultation to talk about what suits you, what it costs and how long it lasts.</p>
      <p>Every treatment starts with a conversation about your goals, your medical history and the results you can expect, with photos of real cases.</p>
      <h2>Visit us</h2>
      <p>We are open Monday to Saturday, with evening appointments on Thursdays. Parking is free behind the building.</p>
    </section>
  </body>
</html>`;

/**
 * Opens `html` at `url` (served by the test, so the page's scripts come from `url`'s origin) in a
 * page of `viewport` (a phone held upright by default) with each script held back `delay` ms, waits until every `blush-faq` has rendered its
 * questions, every other widget has drawn, and nothing has moved for `quiet` ms, and returns each shift (value, ms since
 * navigation, whether it came after the first paint) and their sum.
 */
export async function measureLayoutShift(browser, { url, html, delay = 300, quiet = 600, viewport = { width: 375, height: 667 } }) {
  const page = await browser.newPage({ viewport });
  try {
    await page.route(url, (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body: html }));
    await page.route(/\.js(\?|$)/, async (route) => {
      await new Promise((done) => setTimeout(done, delay));
      await route.continue();
    });
    await page.addInitScript(() => {
      window.__shifts = [];
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries())
          if (!entry.hadRecentInput)
            window.__shifts.push({
              value: entry.value,
              time: Math.round(entry.startTime),
              moved: entry.sources.map((source) => source.node?.id || source.node?.localName || source.node?.nodeName || '?'),
            });
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto(url);
    await page.waitForFunction(
      () => {
        const faqs = [...document.querySelectorAll('blush-faq')];
        const others = [...document.querySelectorAll('blush-before-after, blush-gallery, blush-consult-form, blush-next-due')];
        return (
          faqs.length &&
          faqs.every((faq) => faq.shadowRoot?.querySelector('[part="question"]')) &&
          others.every((element) => element.shadowRoot?.childElementCount > 0)
        );
      },
      null,
      { timeout: 30_000 },
    );
    // Until nothing has moved for `quiet` ms: a late part (search, booking button) may still arrive.
    let count = -1;
    while (count !== (count = await page.evaluate(() => window.__shifts.length))) await page.waitForTimeout(quiet);
    const shifts = await page.evaluate(() => window.__shifts);
    return { shifts, total: shifts.reduce((sum, shift) => sum + shift.value, 0) };
  } finally {
    await page.close();
  }
}
