// The built builder's accessibility: axe-core's WCAG 2.2 A/AA rules at 375 and 1280 px, light
// and dark, with the FAQ and with the consultation form set up (its developer sections open, so
// they are checked too); and the form's first question answered with the keyboard alone.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { axeViolations } from './helpers.mjs';
import { builderServers, openBuilder, openDeveloperSections } from './builder/harness.mjs';

const servers = builderServers();
const SETUPS = {
  faq: '#w=faq&a.pack=botox&faq=%5B%5B%22Do+you+offer+payment+plans%3F%22%2C%22Yes.%22%5D%5D',
  'consult-form': `#w=consult-form&d=email&da=${encodeURIComponent('https://formspree.io/f/')}`,
};

describe('builder: axe, WCAG 2.2 A/AA', () => {
  for (const [widget, fragment] of Object.entries(SETUPS))
    for (const width of [375, 1280])
      for (const colorScheme of ['light', 'dark'])
        it(`${widget} at ${width} px, ${colorScheme}`, async () => {
          const { page, context, errors } = await openBuilder(servers.browser, servers.site.url, { fragment, width, colorScheme });
          await openDeveloperSections(page);
          // The consult form's address is half typed: its problem and the not-ready state are on screen.
          if (widget === 'consult-form') await page.locator('#destination-problem').waitFor();
          const violations = await axeViolations(page, 'blush-builder');
          assert.deepEqual(violations, []);
          assert.deepEqual(errors, []);
          await context.close();
        });
});

describe('builder: the keyboard alone', () => {
  it('answers "Where should requests go?", gives the address and sends the test', async () => {
    const { page, context } = await openBuilder(servers.browser, servers.site.url, { fragment: '#w=consult-form', width: 375 });
    const received = [];
    await context.route('https://formspree.io/**', (route) => {
      const cors = { 'Access-Control-Allow-Origin': '*', 'Access-Control-Allow-Headers': 'Content-Type, Accept' };
      if (route.request().method() === 'OPTIONS') return route.fulfill({ status: 204, headers: cors });
      received.push(route.request().postData());
      return route.fulfill({ status: 200, headers: { ...cors, 'Content-Type': 'application/json' }, body: '{"ok":true}' });
    });
    await page.locator('input[name="destination"][value="wordpress"]').focus();
    await page.keyboard.press('ArrowDown');
    assert.equal(await page.locator('input[name="destination"][value="email"]').isChecked(), true, 'ArrowDown did not choose "My email"');
    // Tab leaves the group, through the privacy link in "who receives", to the address.
    for (let tab = 0; tab < 4; tab += 1) {
      await page.keyboard.press('Tab');
      if (await page.locator('#destination-address').evaluate((input) => input.matches(':focus'))) break;
    }
    assert.equal(
      await page.locator('#destination-address').evaluate((input) => input.matches(':focus')),
      true,
      'Tab never reached the address',
    );
    await page.keyboard.type('https://formspree.io/f/mkeyboard');
    await page.keyboard.press('Tab');
    assert.equal(await page.getByRole('button', { name: 'Send a test request' }).evaluate((button) => button.matches(':focus')), true);
    await page.keyboard.press('Enter');
    await page.locator('builder-destination-panel .result').filter({ hasText: 'It arrived.' }).waitFor();
    assert.equal(received.length, 1);
    await context.close();
  });
});
