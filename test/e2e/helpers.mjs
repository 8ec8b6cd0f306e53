// Shared by the end-to-end suites: one Chromium per suite, a static server for the repo root
// with the fixture pages, and the checks that prove each element renders and works.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { startStaticServer } from '../../scripts/static-server.mjs';

export const ROOT = resolve(import.meta.dirname, '../..');
/** Where the built CDN files are; `BLUSH_CDN_DIR` points the suites at another build. */
export const CDN_DIR = resolve(ROOT, process.env.BLUSH_CDN_DIR ?? 'dist/cdn');
export const TAGS = ['blush-faq', 'blush-before-after', 'blush-gallery', 'blush-consult-form', 'blush-next-due'];
export const FRAGMENT = readFileSync(join(import.meta.dirname, 'pages/widgets.fragment.html'), 'utf8');

/** A fixture page with each `<!--#name-->` replaced by `pages/name.fragment.html`, so shared markup is written once. */
function includeFragments(page) {
  return page.replace(/<!--#([\w-]+)-->/g, (_, name) =>
    name === 'widgets' ? FRAGMENT : readFileSync(join(import.meta.dirname, `pages/${name}.fragment.html`), 'utf8'),
  );
}

export { launchChromium as launch } from '../../scripts/chromium.mjs';

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
/** axe-core's tags for WCAG 2.2 level A and AA. */
export const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** axe-core's WCAG 2.2 A/AA violations under `selector` on the page (shadow roots included), one line each. */
export async function axeViolations(page, selector) {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: AXE });
  return page.evaluate(
    async ({ tags, selector }) => {
      const result = await window.axe.run(document.querySelector(selector), {
        runOnly: { type: 'tag', values: tags },
        resultTypes: ['violations'],
      });
      return result.violations.map((violation) => {
        const nodes = violation.nodes
          .slice(0, 3)
          .map((node) => `${JSON.stringify(node.target)}${node.any[0]?.message ? ` (${node.any[0].message})` : ''}`);
        return `${violation.id}: ${violation.help}, on ${violation.nodes.length} element(s): ${nodes.join('; ')}`;
      });
    },
    { tags: WCAG_22_AA, selector },
  );
}

const TYPES = { '.js': 'text/javascript; charset=utf-8', '.map': 'application/json', '.json': 'application/json' };

/**
 * The repo root over HTTP, plus:
 * - `/cdn/…` → the built CDN folder (so pages say `/cdn/blush-widgets.js` whatever build is tested);
 * - `/test/e2e/pages/*.html` with each `<!--#name-->` replaced by `pages/name.fragment.html`
 *   (`<!--#widgets-->`: the shared widgets; `<!--#faq-ld-->`: an FAQ with structured data);
 * - `/e2e/consult`: a consultation endpoint that records each request body.
 * `headers` go on every response (the strict CSP).
 */
export async function startServer({ headers = {}, handlers = [] } = {}) {
  const submissions = [];
  const send = (response, status, type, body) => {
    response.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-store', ...headers });
    response.end(body);
  };
  const own = async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    if (url.pathname === '/e2e/consult') {
      let body = '';
      for await (const chunk of request) body += chunk;
      submissions.push({ method: request.method, headers: request.headers, body });
      send(response, 200, 'application/json', JSON.stringify({ ok: true }));
      return true;
    }
    if (url.pathname.startsWith('/cdn/')) {
      const path = resolve(CDN_DIR, `.${decodeURIComponent(url.pathname.slice(4))}`);
      if (!path.startsWith(CDN_DIR) || !existsSync(path)) {
        send(response, 404, 'text/plain', 'Not found');
        return true;
      }
      const extension = path.slice(path.lastIndexOf('.'));
      send(response, 200, TYPES[extension] ?? 'application/octet-stream', readFileSync(path));
      return true;
    }
    if (url.pathname.startsWith('/test/e2e/pages/') && url.pathname.endsWith('.html')) {
      const path = resolve(ROOT, `.${url.pathname}`);
      if (!existsSync(path)) return false;
      send(response, 200, 'text/html; charset=utf-8', includeFragments(readFileSync(path, 'utf8')));
      return true;
    }
    return false;
  };
  const { server, url } = await startStaticServer({ root: ROOT, headers, handlers: [...handlers, own] });
  return { server, url, submissions, close: () => new Promise((done) => server.close(done)) };
}

/** Console messages and page errors of one page, for "no error, one warning" checks. */
export function recordConsole(page) {
  const log = { errors: [], warnings: [], pageErrors: [] };
  page.on('console', (message) => {
    if (message.type() === 'error') log.errors.push(message.text());
    if (message.type() === 'warning') log.warnings.push(message.text());
  });
  page.on('pageerror', (error) => log.pageErrors.push(String(error)));
  return log;
}

/** Polls a condition checked in Node (a request counted, a row stored) until it holds, or fails naming `what`. */
export async function waitUntil(check, what, timeout = 10_000) {
  const deadline = Date.now() + timeout;
  while (!(await check())) {
    if (Date.now() > deadline) assert.fail(`${what} did not happen within ${timeout} ms`);
    await new Promise((resolve) => setImmediate(resolve));
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

/** Waits for two animation frames: whatever a resize or a render started has been laid out and painted. */
export const nextFrames = (page) => page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));

/** Waits until every image shown inside `locator`'s element (light and shadow DOM) has loaded or failed, then two frames. */
export async function imagesSettled(locator) {
  await locator.evaluate(async (host) => {
    const images = [];
    const walk = (root) => {
      for (const el of root.querySelectorAll('*')) {
        // A lazy image off screen is not fetched, so it is not waited for.
        if (el.localName === 'img' && (el.loading !== 'lazy' || el.getBoundingClientRect().top < innerHeight)) images.push(el);
        if (el.shadowRoot) walk(el.shadowRoot);
      }
    };
    walk(host);
    if (host.shadowRoot) walk(host.shadowRoot);
    const settled = (img) =>
      new Promise((done) => {
        img.addEventListener('load', done, { once: true });
        img.addEventListener('error', done, { once: true });
      });
    await Promise.all(images.filter((img) => !img.complete).map(settled));
  });
  await nextFrames(locator.page());
}

/**
 * Counts `page`'s requests in flight; `settled()` waits until none is, every Blush element has
 * finished rendering and two frames have passed, over again until nothing new started. What an
 * element fetches after a render (a JSON file, a late chunk) is waited for, not guessed at.
 */
export function trackRequests(page) {
  const inFlight = new Set();
  page.on('request', (request) => inFlight.add(request));
  for (const done of ['requestfinished', 'requestfailed']) page.on(done, (request) => inFlight.delete(request));
  const renders = () =>
    page.evaluate(async () => {
      const elements = [];
      const walk = (root) => {
        for (const el of root.querySelectorAll('*')) {
          if (el.localName.startsWith('blush-') && 'updateComplete' in el) elements.push(el);
          if (el.shadowRoot) walk(el.shadowRoot);
        }
      };
      walk(document);
      await Promise.all(elements.map((el) => el.updateComplete));
      return elements.some((el) => el.isUpdatePending);
    });
  return {
    inFlight,
    async settled(timeout = 10_000) {
      const deadline = Date.now() + timeout;
      for (;;) {
        await waitUntil(() => inFlight.size === 0, 'the page’s requests ending', Math.max(0, deadline - Date.now()));
        const pending = await renders();
        await nextFrames(page);
        if (!pending && inFlight.size === 0) return;
        if (Date.now() > deadline) assert.fail(`the page did not settle within ${timeout} ms`);
      }
    },
  };
}

/**
 * Waits until every listed tag is defined and each instance has rendered its shadow root (a
 * gallery's case children are data it reads, and draw nothing).
 */
export async function waitForUpgrade(page, tags = TAGS, timeout = 10_000) {
  await page
    .waitForFunction(
      (names) =>
        names.every(
          (tag) =>
            customElements.get(tag) &&
            [...document.querySelectorAll(`${tag}:not(blush-gallery > *)`)].every(
              (el) => el.shadowRoot && el.shadowRoot.childNodes.length > 0,
            ),
        ),
      tags,
      { timeout },
    )
    .catch(async () => {
      const state = await page.evaluate(
        (names) =>
          names.map(
            (tag) =>
              `${tag}: ${customElements.get(tag) ? 'defined' : 'NOT defined'}, ${[...document.querySelectorAll(tag)].filter((el) => el.shadowRoot).length}/${document.querySelectorAll(tag).length} rendered`,
          ),
        tags,
      );
      assert.fail(`elements did not all upgrade within ${timeout} ms: ${state.join('; ')}`);
    });
  await page.evaluate(() =>
    Promise.all(
      [...document.querySelectorAll('*')]
        .filter((el) => el.localName.startsWith('blush-') && 'updateComplete' in el)
        .map((el) => el.updateComplete),
    ),
  );
}

async function box(locator, what) {
  const b = await locator.boundingBox();
  assert.ok(b && b.width > 0 && b.height > 0, `${what} has no size on the page (${JSON.stringify(b)})`);
  return b;
}

/** Waits until the first match is visible (failing with `what`), and returns its box. */
export async function visible(locator, what) {
  await locator
    .first()
    .waitFor({ state: 'visible', timeout: 5000 })
    .catch(() => assert.fail(`${what} is not visible`));
  return box(locator.first(), what);
}

/** Is the element at the centre of `locator` the element itself (or inside it), i.e. not covered? */
async function reachable(locator, what) {
  await locator.first().scrollIntoViewIfNeeded();
  const hit = await locator.first().evaluate((el) => {
    const r = el.getBoundingClientRect();
    let node = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
    while (node?.shadowRoot) {
      const inner = node.shadowRoot.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
      if (!inner || inner === node) break;
      node = inner;
    }
    return node === el || el.contains(node) || (node instanceof Element && node.closest('label')?.control === el);
  });
  assert.ok(hit, `${what} is covered by something else at its centre`);
}

// ---------- one check per element: renders (size, key parts visible) and works ----------

/** FAQ `#id` with the fragment's questions (or any questions when `question` is null). */
export async function checkFaq(page, host = '#faq', { question = 'What is Botox?', answer = 'purified protein' } = {}) {
  const faq = page.locator(host);
  await faq.scrollIntoViewIfNeeded();
  await box(faq, `<blush-faq> ${host}`);
  // Questions are the buttons carrying aria-expanded (not "expand all", search or copy-link buttons).
  const buttons = faq.locator('[aria-expanded]').filter({ hasText: question ?? /\S/ });
  await visible(buttons, `<blush-faq> ${host}: question button "${question}"`);
  const first = buttons.first();
  const firstText = (await first.innerText()).trim();
  const b = await box(first, 'FAQ question button');
  assert.ok(b.height >= 24, `FAQ question button is ${b.height}px tall (needs ≥ 24)`);
  assert.equal(await first.getAttribute('aria-expanded'), 'false', 'FAQ question starts closed');
  await reachable(first, 'FAQ question button');
  await first.click();
  await page
    .waitForFunction((el) => el.getAttribute('aria-expanded') === 'true', await first.elementHandle(), { timeout: 3000 })
    .catch(() => assert.fail('FAQ question did not open on click (aria-expanded stays false)'));
  if (answer) await visible(faq.getByText(answer).filter({ visible: true }), `FAQ answer "${answer}" after opening`);
  // Keyboard: Down moves to the next question.
  await first.focus();
  await page.keyboard.press('ArrowDown');
  const moved = await page.evaluate(() => {
    let active = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    return active?.textContent?.trim() ?? '';
  });
  assert.ok(
    moved && moved !== firstText,
    `ArrowDown did not move focus from "${firstText}" to the next FAQ question (focus on "${moved}")`,
  );
}

export async function sliderValue(slider) {
  return Number((await slider.getAttribute('aria-valuenow')) ?? (await slider.inputValue().catch(() => NaN)));
}

/** Before/after slider: both images share one box, the slider moves by keyboard. */
export async function checkSlider(page, host = '#slider', { images = true } = {}) {
  const el = page.locator(host);
  await el.scrollIntoViewIfNeeded();
  const hostBox = await box(el, `<blush-before-after> ${host}`);
  assert.ok(hostBox.height > 60, `<blush-before-after> ${host} is only ${hostBox.height}px tall`);
  const slider = el.getByRole('slider');
  await visible(slider, `<blush-before-after> ${host}: role=slider`).catch(async () => {
    // A native range input under the handle may be visually hidden; it must exist and be focusable.
    assert.equal(await slider.count(), 1, `<blush-before-after> ${host} has no slider`);
  });
  if (images) {
    const boxes = await el.evaluate((node) => {
      const own = [...(node.shadowRoot?.querySelectorAll('img') ?? [])];
      const pick = (side, index) => {
        const slotted = node.querySelector(`:scope > [slot="${side}"]`);
        return (
          (slotted?.localName === 'img' ? slotted : slotted?.querySelector('img')) ??
          node.shadowRoot?.querySelector(`img[part~="${side}"], [part~="${side}"] img`) ??
          own[index]
        );
      };
      return ['before', 'after'].map((side, index) => {
        const image = pick(side, index);
        if (!image) return null;
        const r = image.getBoundingClientRect();
        return { side, width: r.width, height: r.height, left: r.left, top: r.top, loaded: image.complete && image.naturalWidth > 0 };
      });
    });
    for (const [index, side] of ['before', 'after'].entries()) {
      const b = boxes[index];
      assert.ok(b, `<blush-before-after> ${host}: no ${side} image found`);
      assert.ok(b.width > 40 && b.height > 40, `<blush-before-after> ${host}: ${side} image is ${b.width}×${b.height}`);
    }
    const [b1, b2] = boxes;
    assert.ok(
      Math.abs(b1.width - b2.width) <= 1 &&
        Math.abs(b1.height - b2.height) <= 1 &&
        Math.abs(b1.left - b2.left) <= 1 &&
        Math.abs(b1.top - b2.top) <= 1,
      `<blush-before-after> ${host}: before and after images do not line up (${JSON.stringify(boxes)})`,
    );
  }
  const start = await sliderValue(slider.first());
  await slider.first().focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  const after = await sliderValue(slider.first());
  assert.ok(after > start, `ArrowRight did not move the <blush-before-after> slider (${start} → ${after})`);
  await page.keyboard.press('Home');
  assert.equal(await sliderValue(slider.first()), 0, 'Home did not move the slider to 0');
}

/** Gallery: chips and cases visible; a case opens the dialog with a working slider; Escape closes. */
export async function checkGallery(page, host = '#gallery', { cases = 2 } = {}) {
  const el = page.locator(host);
  await el.scrollIntoViewIfNeeded();
  await box(el, `<blush-gallery> ${host}`);
  const caseButtons = el.locator('[part~="case"]');
  await visible(caseButtons, `<blush-gallery> ${host}: case buttons`);
  assert.ok((await caseButtons.count()) >= cases, `<blush-gallery> ${host} shows ${await caseButtons.count()} cases, expected ${cases}`);
  const thumb = await box(caseButtons.first(), 'first gallery case');
  assert.ok(thumb.width > 80 && thumb.height > 60, `gallery case is ${thumb.width}×${thumb.height}`);
  const chips = el.locator('[part~="filter"]');
  if ((await chips.count()) > 1) {
    await chips.nth(1).click();
    assert.equal(await chips.nth(1).getAttribute('aria-pressed'), 'true', 'gallery filter chip does not press on click');
    await chips.first().click();
  }
  await caseButtons.first().scrollIntoViewIfNeeded();
  await reachable(caseButtons.first(), 'first gallery case');
  await caseButtons.first().click();
  const dialog = el.locator('dialog[open]');
  await visible(dialog, `<blush-gallery> ${host}: enlarged view dialog after a click on a case`);
  await visible(dialog.getByRole('slider'), 'slider in the gallery dialog');
  await page.keyboard.press('Escape');
  await dialog.waitFor({ state: 'detached', timeout: 3000 }).catch(async () => {
    assert.equal(await el.locator('dialog[open]').count(), 0, 'gallery dialog did not close on Escape');
  });
}

/** Consultation form: fields visible; submitting empty marks fields invalid instead of sending. */
export async function checkConsultForm(page, host = '#consult', { submissions } = {}) {
  const el = page.locator(host);
  await el.scrollIntoViewIfNeeded();
  await box(el, `<blush-consult-form> ${host}`);
  const email = el.locator('input[type="email"], input[autocomplete="email"]');
  await visible(email, `<blush-consult-form> ${host}: email field`);
  const e = await box(email.first(), 'email field');
  assert.ok(e.height >= 24 && e.width >= 120, `email field is ${e.width}×${e.height}`);
  await reachable(email.first(), 'consult form email field');
  // A ticked box must look different from an empty one (themes restyle light-DOM checkboxes).
  const box1 = el.locator('input[type="checkbox"]').first();
  await box1.scrollIntoViewIfNeeded();
  const unticked = await box1.screenshot();
  await box1.check();
  // Only the ticked state may differ: no focus ring, no hover.
  await box1.evaluate((el) => el.blur());
  await page.mouse.move(0, 0);
  const ticked = await box1.screenshot();
  await box1.uncheck();
  assert.ok(!unticked.equals(ticked), 'a ticked checkbox in the consultation form looks exactly like an empty one');
  const submit = el.locator('button[type="submit"], input[type="submit"]');
  await visible(submit, `<blush-consult-form> ${host}: submit button`);
  const before = submissions?.length ?? 0;
  await submit.first().click();
  await page
    .waitForFunction(
      (node) => {
        const roots = [node, node.shadowRoot].filter(Boolean);
        return roots.some((root) => root.querySelector('[aria-invalid="true"]'));
      },
      await el.elementHandle(),
      { timeout: 3000 },
    )
    .catch(() => assert.fail('submitting the empty consultation form marks no field aria-invalid'));
  if (submissions) assert.equal(submissions.length, before, 'the empty form was sent to the endpoint');
}

/** Next-due: a date in gives a result. */
export async function checkNextDue(page, host = '#next-due', { date = '2026-09-01' } = {}) {
  const el = page.locator(host);
  await el.scrollIntoViewIfNeeded();
  await box(el, `<blush-next-due> ${host}`);
  const input = el.locator('input[type="date"]');
  await visible(input, `<blush-next-due> ${host}: date field`);
  await reachable(input.first(), 'next-due date field');
  await input.first().fill(date);
  const result = el.locator('[part~="result"]');
  await visible(result, `<blush-next-due> ${host}: result after entering ${date}`);
  const text = (await result.first().innerText()).trim();
  assert.ok(text.length > 10, `next-due result has no text ("${text}")`);
}

export const CHECKS = {
  'blush-faq': (page) => checkFaq(page),
  'blush-before-after': (page) => checkSlider(page),
  'blush-gallery': (page) => checkGallery(page),
  'blush-consult-form': (page, context) => checkConsultForm(page, '#consult', context),
  'blush-next-due': (page) => checkNextDue(page),
};
