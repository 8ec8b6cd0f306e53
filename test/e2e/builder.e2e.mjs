// The embed builder as built (dist/builder), in Chromium: for each widget, non-default options set
// through its controls, the plain-HTML snippet copied with its Copy button and loaded on a blank
// page beside the built files, and the element checked for those options; the script from another
// origin under a CDN path (loader and chunks, and the self-contained file with its integrity hash);
// the preview updating in place; the endpoint test; the URL round trip; hostile input.
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { ROOT, launch, sliderValue, waitForUpgrade } from './helpers.mjs';
import {
  JSDELIVR,
  assertBuilt,
  blankPage,
  copyCode,
  openBuilder,
  openDeveloperSections,
  ownScript,
  pickWidget,
  previewFrame,
  startCdn,
  startSite,
} from './builder/harness.mjs';

const ACCENT = '#0a6e62';
let browser;
let site;
let cdn;
let endpoints;

/** Form endpoints on a third origin: one answering CORS like Formspree, one without CORS. */
async function startEndpoints() {
  const received = [];
  const server = createServer(async (request, response) => {
    const cors = request.url.startsWith('/accept')
      ? {
          'Access-Control-Allow-Origin': '*',
          'Access-Control-Allow-Headers': 'Content-Type, Accept',
          'Access-Control-Allow-Methods': 'POST',
        }
      : {};
    if (request.method === 'OPTIONS') return response.writeHead(204, cors).end();
    let body = '';
    for await (const chunk of request) body += chunk;
    received.push({ url: request.url, body });
    response
      .writeHead(request.url.startsWith('/accept/422') ? 422 : 200, { 'Content-Type': 'application/json', ...cors })
      .end('{"ok":true}');
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  return { url: `http://127.0.0.1:${server.address().port}`, received, close: () => new Promise((done) => server.close(done)) };
}

before(async () => {
  assertBuilt();
  site = await startSite();
  cdn = await startCdn();
  endpoints = await startEndpoints();
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await site?.close();
  await cdn?.close();
  await endpoints?.close();
});

/** Settings shared by every widget case: the accent, and the script from the stand-in CDN origin. */
async function commonSetup(page) {
  await page.locator('#accent-hex').fill(ACCENT);
  await ownScript(page, cdn.base);
}

/** Copies the plain-HTML code, loads it on a blank page of the site's origin, waits for the element. */
async function loadSnippet(page, name, tag) {
  const snippet = await copyCode(page, 0);
  assert.ok(snippet.includes(`src="${cdn.base}loader.js"`), `the snippet does not load the chosen script:\n${snippet}`);
  site.pages.set(name, blankPage(snippet));
  const blank = await page.context().newPage();
  const errors = [];
  blank.on('pageerror', (error) => errors.push(String(error)));
  await blank.goto(`${site.url}/blank/${name}.html`);
  await waitForUpgrade(blank, [tag]);
  const accent = await blank.locator(tag).evaluate((element) => getComputedStyle(element).getPropertyValue('--blush-accent').trim());
  assert.equal(accent, ACCENT, 'the accent did not reach the element');
  return { blank, snippet, errors };
}

describe('each widget: options set in the builder reach the element from the copied snippet', () => {
  it('FAQ: own questions, single, heading level, treatment', async () => {
    const { page, context, errors } = await openBuilder(browser, site.url);
    await page.locator('#field-single').check();
    await page.locator('#field-heading-level').selectOption('2');
    await page.locator('#field-treatment').selectOption('botox');
    await page.getByRole('button', { name: 'Add a question' }).click();
    await page.locator('#question-0').fill('Do you offer payment plans?');
    await page.locator('#answer-0').fill('Yes, through our financing partner.');
    await commonSetup(page);
    const { blank, errors: blankErrors } = await loadSnippet(page, 'faq', 'blush-faq');
    const faq = blank.locator('blush-faq');
    assert.equal(await faq.getAttribute('single'), '');
    assert.equal(await faq.getAttribute('treatment'), 'botox');
    const question = faq.locator('h2 [aria-expanded]').filter({ hasText: 'Do you offer payment plans?' });
    await question.click();
    await blank.getByText('financing partner').filter({ visible: true }).first().waitFor();
    assert.ok((await faq.locator('h2 [aria-expanded]').count()) > 5, "the Botox pack's questions are missing");
    // Chunks came from the CDN origin, beside loader.js.
    assert.ok(
      cdn.requests.some((path) => path.includes('/dist/cdn/chunks/')),
      `no chunk was fetched from the CDN origin: ${cdn.requests.join(', ')}`,
    );
    assert.deepEqual([...errors, ...blankErrors], []);
    await context.close();
  });

  it('before/after: photos, descriptions, vertical, start position', async () => {
    const { page, context } = await openBuilder(browser, site.url);
    await pickWidget(page, 'before-after');
    await page.locator('#field-before').fill(`${site.url}/builder/samples/forehead-before.svg`);
    await page.locator('#field-after').fill(`${site.url}/builder/samples/forehead-after.svg`);
    await page.locator('#field-before-alt').fill('Forehead lines before');
    await page.locator('#field-after-alt').fill('Smoother forehead after');
    await page.locator('#field-orientation').selectOption('vertical');
    await page.locator('#field-value').fill('30');
    await commonSetup(page);
    const { blank } = await loadSnippet(page, 'before-after', 'blush-before-after');
    const slider = blank.locator('blush-before-after').getByRole('slider');
    assert.equal(await sliderValue(slider), 30);
    assert.equal(await blank.locator('blush-before-after').getAttribute('orientation'), 'vertical');
    assert.equal(
      await slider.evaluate(
        (el) =>
          el.getAttribute('aria-orientation') ??
          el.closest('[aria-orientation]')?.getAttribute('aria-orientation') ??
          getComputedStyle(el).writingMode,
      ),
      'vertical',
    );
    assert.ok(
      await blank.locator('blush-before-after').getByRole('img', { name: 'Forehead lines before' }).count(),
      'the before photo lost its description',
    );
    await context.close();
  });

  it('gallery: cases pasted as JSON, a treatment filter, own disclaimer', async () => {
    const { page, context } = await openBuilder(browser, site.url);
    await pickWidget(page, 'gallery');
    const img = (name) => `${site.url}/builder/samples/${name}.svg`;
    const cases = [
      {
        treatment: 'botox',
        area: 'Forehead',
        before: img('forehead-1-before'),
        after: img('forehead-1-after'),
        beforeAlt: 'Forehead before',
        afterAlt: 'Forehead after',
      },
      {
        treatment: 'filler-lips',
        area: 'Lips',
        before: img('lips-1-before'),
        after: img('lips-1-after'),
        beforeAlt: 'Lips before',
        afterAlt: 'Lips after',
      },
    ];
    await page.getByText('For your web developer: add results from a file').click();
    await page.locator('builder-case-editor builder-json-import textarea').fill('{ "cases": [ broken');
    await page.locator('builder-case-editor builder-json-import').getByRole('button', { name: 'Import' }).click();
    await page.locator('builder-case-editor #json-problem').filter({ hasText: 'not valid JSON' }).waitFor();
    await page.locator('builder-case-editor builder-json-import textarea').fill(JSON.stringify({ cases }));
    await page.locator('builder-case-editor builder-json-import').getByRole('button', { name: 'Import' }).click();
    await page.locator('#case-1-area').waitFor();
    await page.locator('#field-treatment').selectOption('botox');
    await page.locator('#field-disclaimer').fill('Individual results vary; every case is one patient.');
    await commonSetup(page);
    const { blank } = await loadSnippet(page, 'gallery', 'blush-gallery');
    const gallery = blank.locator('blush-gallery');
    await gallery.getByText('every case is one patient').waitFor();
    await gallery.locator('[part~="case"]').first().waitFor();
    assert.equal(
      await gallery.locator('[part~="case"]').filter({ visible: true }).count(),
      1,
      `the botox filter did not apply: ${await gallery.evaluate((el) => el.shadowRoot.innerHTML.slice(0, 3000))}`,
    );
    assert.match(await gallery.locator('[part~="filter"][aria-pressed="true"]').innerText(), /^Botox/);
    await context.close();
  });

  it("consultation form: the developer's address tested, privacy link, phone, hidden fields", async () => {
    const { page, context } = await openBuilder(browser, site.url);
    await pickWidget(page, 'consult-form');
    await page.locator('#not-ready').filter({ hasText: 'Choose where requests should go' }).waitFor();
    await page.getByRole('radio', { name: 'My developer set one up' }).check();
    const test = page.getByRole('button', { name: 'Send a test request' });
    const result = page.locator('builder-destination-panel .result');
    await page.locator('#destination-address').fill(`${endpoints.url}/nocors`);
    await test.click();
    await result.filter({ hasText: 'Could not be sent.' }).waitFor();
    // The transport details are for the developer, folded away.
    assert.match(await result.locator('details.technical').textContent(), /CORS/);
    assert.doesNotMatch(await result.locator('p').first().innerText(), /CORS|\b\d{3}\b/);
    await page.locator('#not-ready').filter({ hasText: 'The test request did not arrive' }).waitFor();
    await page.locator('#destination-address').fill(`${endpoints.url}/accept/422`);
    await test.click();
    await result.filter({ hasText: 'refused the test request' }).waitFor();
    await page.locator('#destination-address').fill(`${endpoints.url}/accept`);
    await test.click();
    await result.filter({ hasText: 'It arrived.' }).waitFor();
    assert.ok(JSON.parse(endpoints.received.at(-1).body).meta.test, 'the test request is not marked as a test');
    assert.equal(await page.locator('#not-ready').count(), 0, 'a tested address is still not ready');
    await page.locator('#field-privacy-url').fill('https://clinic.example/privacy');
    await page.locator('#field-phone').fill('(310) 555-0142');
    await page.locator('input[name="hide"][value="referral"]').check();
    await commonSetup(page);
    const { blank } = await loadSnippet(page, 'consult-form', 'blush-consult-form');
    const form = blank.locator('blush-consult-form');
    assert.equal(await form.getAttribute('action'), `${endpoints.url}/accept`);
    await form.locator('input[autocomplete="email"]').waitFor();
    assert.equal(await form.locator('a[href="https://clinic.example/privacy"]').count(), 1, 'no privacy link');
    assert.equal(await form.getByText('How did you hear', { exact: false }).count(), 0, 'the hidden referral field is shown');
    await context.close();
  });

  it('next-due: a fixed treatment and reminder days', async () => {
    const { page, context } = await openBuilder(browser, site.url);
    await pickWidget(page, 'next-due');
    await page.locator('#field-treatment').selectOption('filler-lips');
    await page.locator('#field-reminder-days').fill('7');
    await commonSetup(page);
    const { blank } = await loadSnippet(page, 'next-due', 'blush-next-due');
    const due = blank.locator('blush-next-due');
    assert.equal(await due.getAttribute('reminder-days'), '7');
    await due.getByText('Lip filler').first().waitFor();
    assert.equal(await due.locator('select').count(), 0, 'a fixed treatment still shows the treatment picker');
    await context.close();
  });
});

describe('script sources', () => {
  it('the self-contained file with its integrity hash runs from the CDN path, and a changed file is refused', async () => {
    const { page, context } = await openBuilder(browser, site.url, { fragment: '#w=next-due&a.treatment=botox' });
    await openDeveloperSections(page);
    await page.locator('builder-code-pane input[name="source"][value="sri"]').check();
    const snippet = await copyCode(page, 0);
    const sri = JSON.parse(readFileSync(join(ROOT, 'dist/builder/sri.json'), 'utf8'));
    assert.ok(
      snippet.includes(`src="${JSDELIVR}blush-widgets.js" integrity="${sri.files['blush-widgets.js']}" crossorigin="anonymous"`),
      snippet,
    );
    site.pages.set('sri', blankPage(snippet.replace(JSDELIVR, cdn.base)));
    const good = await context.newPage();
    await good.goto(`${site.url}/blank/sri.html`);
    await waitForUpgrade(good, ['blush-next-due']);
    site.pages.set('sri-tampered', blankPage(snippet.replace(JSDELIVR, `${cdn.url}/tampered/`)));
    const bad = await context.newPage();
    const refused = bad.waitForEvent('console', { predicate: (message) => /integrity/i.test(message.text()) });
    await bad.goto(`${site.url}/blank/sri-tampered.html`);
    await refused;
    assert.equal(
      await bad.evaluate(() => customElements.get('blush-next-due') === undefined),
      true,
      'a file that fails its integrity check ran',
    );
    await context.close();
  });

  it('the jsDelivr loader line works from another origin: loader.js fetches its chunks from beside itself', async () => {
    const { page, context } = await openBuilder(browser, site.url, { fragment: '#w=faq&a.pack=botox' });
    const snippet = await copyCode(page, 0);
    assert.ok(snippet.includes(`<script type="module" src="${JSDELIVR}loader.js"></script>`), snippet);
    cdn.requests.length = 0;
    site.pages.set('loader', blankPage(snippet.replace(JSDELIVR, cdn.base)));
    const blank = await context.newPage();
    await blank.goto(`${site.url}/blank/loader.html`);
    await waitForUpgrade(blank, ['blush-faq']);
    const prefix = new URL(cdn.base).pathname;
    assert.ok(
      cdn.requests.filter((path) => path.startsWith(`${prefix}chunks/`)).length >= 1,
      `chunks not fetched from beside loader.js: ${cdn.requests.join(', ')}`,
    );
    await context.close();
  });
});
