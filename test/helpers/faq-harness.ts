import { fixture } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../../src/faq/index.js';
import type { BlushFaq } from '../../src/faq/faq.js';
import { faqHarness } from './faq-queries.js';
import { eventually } from './wait.js';

export { faqHarness } from './faq-queries.js';

/** Renders an FAQ and waits until its content is read (loaded, failed or empty). */
export async function faqFixture(template: TemplateResult) {
  const el = await fixture<BlushFaq>(template);
  await eventually(() => el.shadowRoot?.querySelector('.list, [part="error"]'), 'the FAQ never rendered its content');
  await el.updateComplete;
  return faqHarness(el);
}
