// Every back-end recipe of docs/leads.md, end to end: the snippet as the docs print it (only the
// service's host swapped for its local stand-in in scripts/lead-services.mjs, on another origin),
// the built loader, a visitor filling the form in Chromium. Each must land exactly once, show the
// thank-you, and log no console error: no refused preflight, no retry.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { readBody } from '../../scripts/consult-endpoint.mjs';
import { readRecipes, startLeadServices } from '../../scripts/lead-services.mjs';
import { ROOT, launch, recordConsole, startServer, waitForUpgrade } from './helpers.mjs';

const RECIPES = readRecipes(readFileSync(`${ROOT}/docs/leads.md`, 'utf8'));

let browser;
let site;
let services;
const netlify = [];

/** The recipe as a page: the docs' snippet with the real host pointed at its stand-in. */
function recipePage(name) {
  let snippet = RECIPES[name];
  for (const [real, local] of Object.entries(services.hosts)) snippet = snippet.replaceAll(real, local);
  // The form holds a submit made under two seconds (a bot's pace); a test types faster than that.
  snippet = snippet.replace('<blush-consult-form ', '<blush-consult-form min-fill-time="0" ');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${name}</title><link rel="icon" href="data:,">
<script type="module" src="/cdn/loader.js"></script></head><body>${snippet}</body></html>`;
}

before(async () => {
  browser = await launch();
  services = await startLeadServices();
  const pages = async (request, response) => {
    const url = new URL(request.url, 'http://localhost');
    const name = /^\/e2e\/leads\/([\w-]+)\.html$/.exec(url.pathname)?.[1];
    if (request.method === 'GET' && name && RECIPES[name]) {
      response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' }).end(recipePage(name));
      return true;
    }
    // Netlify Forms: the site itself takes form posts to "/" that name a form it knows.
    if (request.method === 'POST' && url.pathname === '/') {
      const { type, body } = await readBody(request);
      netlify.push({ type, body, headerKey: String(request.headers['idempotency-key'] ?? '') });
      const known = body?.['form-name'] === 'consultation';
      response.writeHead(known ? 200 : 404, { 'Content-Type': 'text/html' }).end(known ? '<p>Thank you!</p>' : '<p>Form not found</p>');
      return true;
    }
    return false;
  };
  site = await startServer({ handlers: [pages] });
});

after(async () => {
  await browser?.close();
  await site?.close();
  await services?.close();
});

/** Opens a recipe's page, fills the form as a visitor would and submits it; resolves when it settles. */
async function submitRecipe(name, { email = 'olivia@example.com' } = {}) {
  const page = await browser.newPage();
  const log = recordConsole(page);
  await page.goto(`${site.url}/e2e/leads/${name}.html`);
  await waitForUpgrade(page, ['blush-consult-form']);
  const form = page.locator('blush-consult-form');
  await form.locator('[name="firstName"]').fill('Olivia');
  await form.locator('[name="lastName"]').fill('Martínez');
  await form.locator('[name="email"]').fill(email);
  await form.locator('[name="phone"]').fill('310.555.0142');
  await form.locator('[name="treatments"][value="botox"]').check();
  await form.locator('[name="treatments"][value="filler-lips"]').check();
  await form.locator('[name="adult"]').check();
  await form.locator('[name="privacy"]').check();
  await form.locator('button[type="submit"]').click();
  await page.waitForFunction(
    (el) => ['sent', 'error', 'failed'].includes(el.getAttribute('state') ?? '') || el.querySelector('[aria-invalid="true"]'),
    await form.elementHandle(),
    { timeout: 15_000 },
  );
  return { page, form, log, state: await form.getAttribute('state') };
}

/** Requests a service saw, without its preflights. */
const posts = (service) => services.log.filter((entry) => entry.service === service && entry.method === 'POST');
const preflights = (service) => services.log.filter((entry) => entry.service === service && entry.method === 'OPTIONS');

describe('lead recipes of docs/leads.md', () => {
  it('the docs hold every recipe the tests know', () => {
    assert.deepEqual(Object.keys(RECIPES).sort(), ['apps-script', 'basin', 'formspree', 'getform', 'make', 'netlify', 'zapier']);
  });

  for (const [name, service, encoding, preflight] of [
    ['formspree', 'formspree', 'json', 1],
    ['basin', 'basin', 'form', 0],
    ['getform', 'getform', 'json', 1],
    ['zapier', 'zapier', 'form', 0],
    ['make', 'make', 'form', 0],
    ['apps-script', 'apps-script', 'form', 0],
  ]) {
    it(`${name}: one ${encoding} request, no custom header, the thank-you, no console error`, async () => {
      const before = posts(service).length;
      const { page, state, log } = await submitRecipe(name);
      try {
        assert.equal(state, 'sent', 'the form shows the thank-you');
        const sent = posts(service).slice(before);
        assert.equal(sent.length, 1, 'exactly one request reached the service');
        assert.match(sent[0].contentType, encoding === 'json' ? /^application\/json/ : /^application\/x-www-form-urlencoded/);
        assert.equal(sent[0].headerKey, '', 'no Idempotency-Key header to another origin');
        assert.match(sent[0].key, /^[\w-]{16,}$/, 'the idempotency key travels in the body');
        const treatments = encoding === 'json' ? sent[0].body.treatments : [sent[0].body.treatments].flat();
        assert.deepEqual(treatments, ['botox', 'filler-lips']);
        assert.equal(preflights(service).slice(-1)[0]?.requestHeaders.includes('idempotency-key') ?? false, false);
        if (!preflight) assert.equal(preflights(service).length, 0, 'a simple request: no preflight');
        assert.deepEqual({ errors: log.errors, pageErrors: log.pageErrors }, { errors: [], pageErrors: [] });
      } finally {
        await page.close();
      }
    });
  }

  it('apps-script: the script ran once and its 302 to another origin was followed', async () => {
    const rows = services.rows.length;
    const outputs = services.log.filter((entry) => entry.service === 'apps-script-output').length;
    const { page, state } = await submitRecipe('apps-script', { email: 'second@example.com' });
    try {
      assert.equal(state, 'sent');
      assert.equal(services.rows.length, rows + 1, 'one row appended');
      assert.equal(services.rows.at(-1).email, 'second@example.com');
      assert.equal(
        services.log.filter((entry) => entry.service === 'apps-script-output').length,
        outputs + 1,
        'the browser fetched the script output from the other origin',
      );
    } finally {
      await page.close();
    }
  });

  it('formspree: its 422 errors array lands on the email field, every value kept', async () => {
    const { page, form, state, log } = await submitRecipe('formspree', { email: 'nobody@bounces.example' });
    try {
      assert.notEqual(state, 'sent');
      const email = form.locator('[name="email"]');
      assert.equal(await email.getAttribute('aria-invalid'), 'true');
      assert.equal(await email.inputValue(), 'nobody@bounces.example');
      assert.equal(await form.locator('[name="firstName"]').inputValue(), 'Olivia');
      const described = await email.evaluate((input) =>
        (input.getAttribute('aria-describedby') ?? '')
          .split(' ')
          .map((id) => input.getRootNode().getElementById(id)?.textContent ?? '')
          .join(' '),
      );
      assert.match(described, /should be an email/);
      // The 422 itself is the only console line a browser prints for it (a failed resource load).
      assert.ok(
        log.errors.every((line) => line.includes('422')),
        log.errors.join('\n'),
      );
    } finally {
      await page.close();
    }
  });

  it('netlify: same origin, form-encoded, form-name from the slotted hidden field', async () => {
    const before = netlify.length;
    const { page, state, log } = await submitRecipe('netlify');
    try {
      assert.equal(state, 'sent');
      const sent = netlify.slice(before);
      assert.equal(sent.length, 1);
      assert.equal(sent[0].type, 'form');
      assert.equal(sent[0].body['form-name'], 'consultation');
      assert.equal(sent[0].body.email, 'olivia@example.com');
      assert.equal(sent[0].headerKey, sent[0].body['meta.idempotencyKey'], 'same origin: the header goes too');
      assert.deepEqual(log.errors, []);
    } finally {
      await page.close();
    }
  });
});
