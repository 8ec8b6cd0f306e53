// Shared by the builder's end-to-end suites: the BUILT builder (dist/builder) served beside
// dist/cdn, a second origin standing in for a public npm CDN, and helpers that drive the page the
// way a clinic does (Playwright's CSS locators pierce the builder's open shadow roots).
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { resolve, sep } from 'node:path';
import { startStaticServer } from '../../../scripts/static-server.mjs';
import { after, before } from 'node:test';
import { ROOT, launch } from '../helpers.mjs';

export const DIST = resolve(ROOT, 'dist');
export const VERSION = JSON.parse(readFileSync(resolve(ROOT, 'package.json'), 'utf8')).version;
export const JSDELIVR = `https://cdn.jsdelivr.net/npm/blush-widgets@${VERSION}/dist/cdn/`;

export function assertBuilt() {
  assert.ok(
    existsSync(resolve(DIST, 'builder/index.html')) && existsSync(resolve(DIST, 'builder/elements.json')),
    'dist/builder is missing: run npm run build',
  );
}

/**
 * dist/ at /builder/ and /cdn/, plus `/blank/<name>.html` pages set with `pages.set(name, html)`:
 * the "blank page beside the built files" a clinic pastes a snippet into.
 */
export async function startSite() {
  const pages = new Map();
  const blank = (request, response) => {
    const match = /^\/blank\/([\w-]+)\.html$/.exec(new URL(request.url, 'http://x').pathname);
    if (!match || !pages.has(match[1])) return false;
    response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' }).end(pages.get(match[1]));
    return true;
  };
  const { server, url } = await startStaticServer({ root: DIST, handlers: [blank] });
  return { url, pages, close: () => new Promise((done) => server.close(done)) };
}

/**
 * Another origin serving dist/cdn under the path a public npm CDN uses
 * (`/npm/blush-widgets@VERSION/dist/cdn/…`), with `Access-Control-Allow-Origin: *` as those CDNs
 * send, and `/tampered/…`: the same files with one byte changed in blush-widgets.js.
 */
export async function startCdn() {
  const prefix = `/npm/blush-widgets@${VERSION}/dist/cdn/`;
  const cdn = resolve(DIST, 'cdn');
  const requests = [];
  const handler = (request, response) => {
    const path = new URL(request.url, 'http://x').pathname;
    requests.push(path);
    const tampered = path.startsWith('/tampered/');
    const file = tampered ? path.slice('/tampered/'.length) : path.startsWith(prefix) ? path.slice(prefix.length) : null;
    const full = file && resolve(cdn, file);
    if (!full || !(full === cdn || full.startsWith(cdn + sep)) || !existsSync(full)) {
      response.writeHead(404, { 'Access-Control-Allow-Origin': '*' }).end();
      return true;
    }
    let body = readFileSync(full);
    if (tampered && file === 'blush-widgets.js') body = Buffer.concat([body, Buffer.from('\n')]);
    response
      .writeHead(200, { 'Content-Type': 'text/javascript; charset=utf-8', 'Access-Control-Allow-Origin': '*', 'Cache-Control': 'no-store' })
      .end(body);
    return true;
  };
  const { server, url } = await startStaticServer({ root: cdn, handlers: [handler] });
  return { url, base: `${url}${prefix}`, requests, close: () => new Promise((done) => server.close(done)) };
}

/**
 * The built builder's site, the stand-in CDN and a browser, started before the suite's tests and
 * stopped after them; read them from the returned object inside the tests.
 */
export function builderServers() {
  const servers = {};
  before(async () => {
    assertBuilt();
    servers.site = await startSite();
    servers.cdn = await startCdn();
    servers.browser = await launch();
  });
  after(async () => {
    await servers.browser?.close();
    await servers.site?.close();
    await servers.cdn?.close();
  });
  return servers;
}

/** A new page on the builder (a fresh context with clipboard access), ready to edit. */
export async function openBuilder(browser, siteUrl, { fragment = '', width = 1280, colorScheme = 'light' } = {}) {
  const context = await browser.newContext({
    viewport: { width, height: 900 },
    colorScheme,
    permissions: ['clipboard-read', 'clipboard-write'],
  });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  await page.goto(`${siteUrl}/builder/${fragment}`);
  await page.locator('builder-settings-panel').waitFor();
  await page.locator('builder-preview-pane iframe').waitFor();
  return { page, context, errors };
}

export const widgetRadio = (page, id) => page.locator(`builder-widget-picker input[value="${id}"]`);

export async function pickWidget(page, id) {
  if (await widgetRadio(page, id).isChecked()) return;
  await widgetRadio(page, id).check();
  await page.waitForFunction((value) => location.hash.includes(`w=${value}`), id);
}

/**
 * Clicks the Copy button of the code at `index` and returns what reached the clipboard. The
 * clipboard is emptied first and read until the new text arrives: the "copied" status stays up
 * for seconds, so it cannot tell a second copy from the first.
 */
export async function copyCode(page, index = 0) {
  await page.evaluate(() => navigator.clipboard.writeText(''));
  const button = page.locator('builder-code-pane button.copy').nth(index);
  await button.click();
  const copied = await page.waitForFunction(
    async () => {
      const text = await navigator.clipboard.readText();
      return text === '' ? false : text;
    },
    null,
    { polling: 50, timeout: 10_000 },
  );
  const text = await copied.jsonValue();
  await page.locator('builder-code-pane #copy-status').filter({ hasText: 'copied to the clipboard' }).waitFor();
  assert.match(await button.innerText(), /Copied/, 'the Copy button shows no confirmation');
  return text;
}

/** Opens every "For your web developer" section (and "Show the code anyway"), as a developer would. */
export async function openDeveloperSections(page) {
  await page.evaluate(() => {
    const open = (root) => {
      for (const details of root.querySelectorAll('details.more, details.developer, details.anyway')) details.open = true;
      for (const element of root.querySelectorAll('*')) if (element.shadowRoot) open(element.shadowRoot);
    };
    open(document);
  });
}

/** The script from another folder: "For your web developer › Your own server" with its address. */
export async function ownScript(page, base) {
  await openDeveloperSections(page);
  await page.locator('builder-code-pane input[name="source"][value="own"]').check();
  await page.locator('#own-base').fill(base);
}

/** The builder's preview frame (sandboxed, so reached through Playwright's frame, not the DOM). */
export async function previewFrame(page) {
  const handle = await page.locator('builder-preview-pane iframe').elementHandle();
  const frame = await handle.contentFrame();
  await frame.waitForFunction(() => document.querySelector('#stage > *'));
  return frame;
}

/** A blank page with the snippet and an XSS sentinel in front of it. */
export function blankPage(snippet) {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Blank</title>
<script>window.__xssHits = []; window.XSS = function () { window.__xssHits.push(1); }; window.alert = window.XSS;</script></head>
<body>${snippet}</body></html>`;
}
