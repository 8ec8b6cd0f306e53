// The one failure policy of the parts fetched on first need, over a real network that fails:
// the element shows a visible fallback, warns once, and tries again on the visitor's next action.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { launch, recordConsole, startServer, visible, waitForUpgrade } from './helpers.mjs';

const UNAVAILABLE = /could not be loaded/;

let browser;
let site;
before(async () => {
  browser = await launch();
  site = await startServer();
});
after(async () => {
  await browser?.close();
  await site?.close();
});

/**
 * Runs `check` on the loader page while requests for the chunk named `name` fail (a network
 * error) until `restore()`; `retried()` resolves at the chunk's next failed request. Afterwards
 * the page must have had no uncaught error and exactly one "could not load" warning, `warning`.
 */
async function withoutChunk(name, warning, check) {
  const page = await browser.newPage({ viewport: { width: 1000, height: 800 } });
  try {
    const log = recordConsole(page);
    const pattern = new RegExp(`/cdn/chunks/${name.replace('.', '\\.')}-[\\w-]+\\.js$`);
    await page.route(pattern, (route) => route.abort('internetdisconnected'));
    await page.goto(`${site.url}/test/e2e/pages/loader.html`);
    await waitForUpgrade(page, ['blush-gallery', 'blush-next-due', 'blush-consult-form']);
    const retried = () => page.waitForEvent('requestfailed', { predicate: (request) => pattern.test(request.url()), timeout: 5000 });
    await check({ page, retried, restore: () => page.unroute(pattern) });
    const warnings = log.warnings.filter((text) => text.includes('could not load its'));
    assert.equal(warnings.length, 1, warnings.join('\n'));
    assert.match(warnings[0], warning);
    assert.deepEqual(log.pageErrors, []);
  } finally {
    await page.close();
  }
}

describe('a part fetched on first need fails', () => {
  it('FAQ: a booking button whose code cannot load is a plain link to the booking page, and becomes the button on a later toggle', () =>
    withoutChunk('faq.cta', /^\[blush-faq\] could not load its booking button/, async ({ page, retried, restore }) => {
      const faq = page.locator('#faq');
      const questions = faq.locator('[part~="question"]');
      await questions.first().scrollIntoViewIfNeeded();
      const failed = retried();
      await faq.evaluate((element) => element.setAttribute('booking-url', 'https://example.com/book'));
      await failed;
      const again = retried();
      await questions.nth(0).click();
      await again;
      const link = faq.locator('[part~="cta"]').first();
      await visible(link, 'the booking link in the opened answer');
      assert.equal(await link.getAttribute('href'), 'https://example.com/book');
      assert.equal(await link.getAttribute('data-id'), null, 'the fallback is a plain link, not the button');
      // Back online: the next toggle brings the button (styled, with its click handling).
      await restore();
      await questions.nth(1).click();
      const button = faq.locator('[part~="cta"][data-id]').nth(1);
      await visible(button, 'the booking button once back online');
      assert.notEqual(await button.evaluate((element) => getComputedStyle(element).borderTopLeftRadius), '0px');
    }));

  it('gallery: the case says its enlarged view could not load, warns once, and opens on a later click', () =>
    withoutChunk(
      'gallery.dialog',
      /^\[blush-gallery\] could not load its enlarged view \(a network error\?\); check that/,
      async ({ page, retried, restore }) => {
        const gallery = page.locator('#gallery');
        const firstCase = gallery.locator('[part~="case"]').first();
        await firstCase.scrollIntoViewIfNeeded();
        await firstCase.click();
        const error = gallery.locator('li.case [part="error"]', { hasText: UNAVAILABLE });
        await visible(error, 'the message under the clicked case');
        assert.equal(await gallery.locator('dialog[open]').count(), 0);
        // A second click tries again (and fails again) without a second warning.
        const again = retried();
        await firstCase.click();
        await again;
        assert.equal(await error.count(), 1);
        // Back online: the next click opens the case, and the message is gone.
        await restore();
        await firstCase.click();
        await visible(gallery.locator('dialog[open]'), 'the enlarged view once back online');
        assert.equal(await error.count(), 0);
      },
    ));

  it('next-due: says the result could not load where it would show, warns once, and shows it after the next change', () =>
    withoutChunk('next-due.result', /^\[blush-next-due\] could not load its result view/, async ({ page, retried, restore }) => {
      const nextDue = page.locator('#next-due');
      const input = nextDue.locator('input[type="date"]');
      await input.scrollIntoViewIfNeeded();
      await input.fill('2026-09-01');
      const message = nextDue.locator('[part="message"]');
      await visible(message.filter({ hasText: UNAVAILABLE }), 'the message where the result would be');
      assert.equal(await nextDue.locator('[part~="result"]').count(), 0);
      assert.equal(await input.getAttribute('aria-invalid'), 'false', 'the date itself is fine');
      const again = retried();
      await input.fill('2026-09-02');
      await again;
      await restore();
      await input.fill('2026-09-03');
      await visible(nextDue.locator('[part~="result"]'), 'the result once back online');
      assert.ok(await message.isHidden(), 'the message stayed after the result came');
    }));

  it('consultation form: the status line says it could not load, what was typed stays, and it checks once back online', () =>
    withoutChunk('consult-form.session', /^\[blush-consult-form\] could not load its form handling/, async ({ page, retried, restore }) => {
      const form = page.locator('#consult');
      const email = form.locator('input[type="email"]');
      await email.scrollIntoViewIfNeeded();
      await email.fill('ana@example');
      const status = form.locator('.bcf-status');
      await visible(status.filter({ hasText: UNAVAILABLE }), 'the status line');
      const again = retried();
      await email.press('m');
      await again;
      assert.equal(await email.inputValue(), 'ana@examplem', 'what was typed was lost');
      await restore();
      await form.locator('button[type="submit"]').click();
      await form.locator('[aria-invalid="true"]').first().waitFor({ timeout: 5000 });
      assert.doesNotMatch((await status.textContent()) ?? '', UNAVAILABLE);
      assert.equal(await email.inputValue(), 'ana@examplem');
    }));
});
