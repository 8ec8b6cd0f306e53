// The embed builder as a clinic's office manager uses it, on a phone (375 px), once per platform:
// pick the consultation form, change a setting and see the preview change, answer "Where should
// requests go?" with "My email", paste a (made-up) Formspree address, send the test, copy the code
// the platform's steps give, and put it on a blank page, where a visitor's request reaches that
// same address. Formspree is a stand-in answering as Formspree documents (CORS for Content-Type
// and Accept, `200 {"ok":true}`), routed by the browser; no request leaves this machine.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { waitForUpgrade } from './helpers.mjs';
import { JSDELIVR, builderServers, blankPage, copyCode, openBuilder, pickWidget, previewFrame } from './builder/harness.mjs';

const FORM = 'https://formspree.io/f/mclinic1';
const servers = builderServers();

/** Formspree as the browser meets it; returns the requests it received. */
async function formspree(context) {
  const received = [];
  await context.route('https://formspree.io/**', async (route) => {
    const request = route.request();
    const cors = {
      'Access-Control-Allow-Origin': '*',
      'Access-Control-Allow-Headers': 'Content-Type, Accept',
      'Access-Control-Allow-Methods': 'POST',
    };
    if (request.method() === 'OPTIONS') return route.fulfill({ status: 204, headers: cors });
    received.push(JSON.parse(request.postData() ?? '{}'));
    return route.fulfill({ status: 200, headers: { ...cors, 'Content-Type': 'application/json' }, body: '{"ok":true}' });
  });
  return received;
}

/** The page a platform makes of the copied code, with the public CDN standing in at its own origin. */
async function pageFromCode(page, platform) {
  const local = (text) => text.replaceAll(JSDELIVR, servers.cdn.base);
  if (platform === 'wix') {
    // Wix's Custom Element: a script URL, a tag name and attribute rows, no inner HTML.
    const rows = await page
      .locator('builder-code-pane table tbody tr')
      .evaluateAll((trs) => trs.map((tr) => [tr.querySelector('th').textContent.trim(), tr.querySelector('td').textContent.trim()]));
    const fields = Object.fromEntries(rows);
    const attributes = rows
      .filter(([name]) => !['Server URL', 'Tag Name'].includes(name))
      .map(([name, value]) => ` ${name}="${value.replaceAll('"', '&quot;')}"`)
      .join('');
    return `<script src="${local(fields['Server URL'])}"></script><${fields['Tag Name']}${attributes}></${fields['Tag Name']}>`;
  }
  const count = await page.locator('builder-code-pane button.copy').count();
  const parts = [];
  for (let index = 0; index < count; index += 1) parts.push(await copyCode(page, index));
  return local(parts.join('\n'));
}

describe('a clinic sets up the consultation form on a phone, sending to its email', () => {
  for (const platform of ['html', 'squarespace-71', 'webflow', 'wix']) {
    it(`${platform}: set up, preview, test, copy, and a visitor's request arrives`, async () => {
      const { page, context, errors } = await openBuilder(servers.browser, servers.site.url, { width: 375 });
      const received = await formspree(context);
      await pickWidget(page, 'consult-form');

      // A setting changes the preview in place: the referral question goes away.
      const frame = await previewFrame(page);
      await frame.waitForFunction(() => document.querySelector('blush-consult-form [name="referral"]'));
      await page.getByRole('checkbox', { name: 'How they heard about you (Questions to leave out)' }).check();
      await frame.waitForFunction(() => !document.querySelector('blush-consult-form [name="referral"]'));
      // The preview is in view while the clinic works below it.
      const box = await page.locator('builder-preview-pane').boundingBox();
      assert.ok(box && box.y >= -1 && box.y < 667, `the preview is out of sight at y=${box?.y}`);

      await page.getByRole('radio', { name: 'My email' }).check();
      await page.locator('#not-ready').waitFor();
      await page.locator('#destination-address').fill(FORM);
      await page.locator('#field-privacy-url').fill('https://clinic.example/privacy');
      await page.getByRole('button', { name: 'Send a test request' }).click();
      await page.locator('builder-destination-panel .result').filter({ hasText: 'It arrived.' }).waitFor();
      assert.equal(received.length, 1);
      assert.equal(received[0].meta.test, true);

      await page.locator(`builder-code-pane input[name="platform"][value="${platform}"]`).check();
      assert.equal(await page.locator('#not-ready').count(), 0, 'a tested setup is shown as not ready');
      servers.site.pages.set(`clinic-${platform}`, blankPage(await pageFromCode(page, platform)));

      // A visitor on the clinic's page.
      const visit = await context.newPage();
      await visit.goto(`${servers.site.url}/blank/clinic-${platform}.html`);
      await waitForUpgrade(visit, ['blush-consult-form']);
      const form = visit.locator('blush-consult-form');
      assert.equal(await form.getAttribute('action'), FORM);
      await form.locator('[name="firstName"]').fill('Ana');
      await form.locator('[name="lastName"]').fill('Ruiz');
      await form.locator('[name="email"]').fill('ana@example.com');
      await form.locator('[name="phone"]').fill('(310) 555-0199');
      await form.locator('[name="adult"]').check();
      await form.locator('[name="privacy"]').check();
      // The form's minimum fill time (2 s, on the page's clock): a person takes longer than a bot.
      await visit.waitForFunction(() => performance.now() > 2200, null, { polling: 100 });
      await form.locator('button[type="submit"]').click();
      await form.locator('.bcf-sent').waitFor({ timeout: 15_000 });
      assert.equal(received.length, 2);
      assert.equal(received[1].email, 'ana@example.com');
      assert.equal(received[1].meta.test, undefined);
      assert.deepEqual(errors, []);
      await context.close();
    });
  }
});
