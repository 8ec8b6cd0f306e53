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
    ])
      assert.ok(developerWords(text).includes(word), `"${word}" not found in "${text}": ${JSON.stringify(developerWords(text))}`);
  });

  it('lets plain clinic words and web addresses through', () => {
    for (const text of [
      'Consultation requests are kept under Leads in this admin and emailed to admin@example.com.',
      'Booking page: where visitors book, starting with https://clinic.example/book?treatment=blush-faq',
      'Received December 7, 2026 10:30 am. Contact by: Text message. Patient: New patient.',
      'Ready-made questions: Botox®. Open one answer at a time. Show a search box.',
    ])
      assert.deepEqual(developerWords(text), [], text);
  });

  it('prices a click, typing and reading by the model', async () => {
    const page = { waitForURL: async () => {} };
    const field = { inputValue: async () => '', click: async () => {}, pressSequentially: async () => {}, fill: async () => {} };
    const filled = { ...field, inputValue: async () => 'FAQ' };
    const walk = new Walk(page);
    const start = walk.seconds;
    await walk.click(field, 'a button');
    const click = walk.seconds - start;
    assert.ok(Math.abs(click - 2.65) < 0.05, `a click cost ${click} s`);
    await walk.type(field, 'Botox', 'a title');
    const typed = walk.seconds - start - click;
    assert.ok(Math.abs(typed - (1.35 + 0.4 + 1.1 + 0.2 + 5 * 0.28)) < 0.05, `typing five letters cost ${typed} s`);
    await walk.type(filled, 'consultation', 'a search over "FAQ"');
    const retyped = walk.seconds - start - click - typed;
    assert.ok(Math.abs(retyped - (1.35 + 1.1 + 0.2 + 14 * 0.28)) < 0.05, `typing over a field cost ${retyped} s`);
    const before = walk.seconds;
    await walk.read(Array(200).fill('word').join(' '), 'a long screen');
    assert.ok(Math.abs(walk.seconds - before - 60) < 0.05, 'two hundred words are not a minute');
    assert.equal(walk.steps.length, 3);
    assert.deepEqual(
      walk.screens.map((screen) => screen.where),
      ['a long screen'],
    );
  });
});
