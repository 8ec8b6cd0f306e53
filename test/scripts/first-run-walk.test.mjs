// The first-run e2e (test/e2e/wordpress/first-run.e2e.mjs) passes only if its scan would have
// caught the words the office manager met, and if its clock prices steps as the
// Keystroke-Level Model does. Both checked here, without a browser.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { developerWords, Walk } from '../e2e/wordpress/walk.mjs';

describe('the office manager walk', () => {
  it('finds the developer words the first plugin showed a clinic', () => {
    for (const [text, word] of [
      ['PACK', 'PACK'],
      ['cta', 'cta'],
      ['LANG', 'LANG'],
      ['THEME', 'THEME'],
      ['HIDE', 'HIDE'],
      ['Form endpoint', 'endpoint'],
      ['Send each request to a webhook', 'webhook'],
      ['Or use [blush_faq pack="botox"] in a post', '[blush_faq'],
      ['Received 2026-12-07T18:30:00.000Z', '2026-12-07T18:30:00.000Z'],
      ['Contact by: contact_method', 'contact_method'],
      ['Paste <blush-faq pack="botox"></blush-faq>', '<blush-faq'],
      ['A JSON file of questions', 'JSON'],
      ['The page is not allowed by CORS', 'CORS'],
      ['Shown to visitors without JavaScript.', 'JavaScript'],
      ['Set fillTimeMs to 2000', 'fillTimeMs'],
      ['Install an SMTP plugin', 'SMTP'],
    ])
      assert.ok(developerWords(text).includes(word), `"${word}" not found in "${text}": ${JSON.stringify(developerWords(text))}`);
  });

  it('lets plain clinic words and web addresses through', () => {
    for (const text of [
      'Consultation requests are kept under Leads in this admin and emailed to admin@example.com.',
      'Booking page: where visitors book, starting with https://clinic.example/book?treatment=blush-faq',
      'Received December 7, 2026 10:30 am. Contact by: Text message. Patient: New patient.',
      'Ready-made questions: Botox®. Open one answer at a time. Show a search box.',
      'The rest of the page stays as it is.',
      'Requests are emailed to jane_doe@clinic.example.',
    ])
      assert.deepEqual(developerWords(text), [], text);
  });

  it('prices a click, typing and reading by the model', async () => {
    const page = { waitForURL: async () => {} };
    const field = { inputValue: async () => '', click: async () => {}, pressSequentially: async () => {}, fill: async () => {} };
    const filled = { ...field, inputValue: async () => 'FAQ' };
    const walk = new Walk(page);
    const spent = (action) => {
      const before = walk.modelSeconds;
      return action().then(() => walk.modelSeconds - before);
    };
    const near = (actual, expected, what) => assert.ok(Math.abs(actual - expected) < 1e-9, `${what} cost ${actual} s, not ${expected} s`);
    near(await spent(() => walk.click(field, 'a button')), 1.35 + 1.1 + 0.2, 'a click');
    // Point, click, hand to the keys, five letters.
    near(await spent(() => walk.type(field, 'Botox', 'a title')), 1.35 + 1.1 + 0.2 + 0.4 + 5 * 0.28, 'typing five letters');
    // Straight after typing: hand to the mouse first; Ctrl+A over what the field held.
    near(
      await spent(() => walk.type(filled, 'consultation', 'a search over "FAQ"')),
      1.35 + 0.4 + 1.1 + 0.2 + 0.4 + 14 * 0.28,
      'typing over a field',
    );
    near(await spent(() => walk.read(Array(238).fill('word').join(' '), 'a long screen')), 60, 'reading 238 words');
    // The test's own checks are not her waiting.
    const waitingBefore = walk.seconds - walk.modelSeconds;
    await walk.aside(() => new Promise((resolve) => setTimeout(resolve, 300)));
    assert.ok(walk.seconds - walk.modelSeconds - waitingBefore < 0.1, 'time set aside was counted as her waiting');
    assert.equal(walk.steps.length, 3);
    assert.deepEqual(
      walk.screens.map((screen) => screen.where),
      ['a long screen'],
    );
  });
});
