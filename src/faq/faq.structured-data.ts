// schema.org FAQPage JSON-LD, one script for the whole page however many FAQs opt in.
// Rebuilt from every `<blush-faq structured-data>` in the document (not from a module-level
// list), so it stays right when the library is loaded twice or an FAQ is removed.
import { warn } from '../core/warn.js';

const SCRIPT_ID = 'blush-faq-structured-data';

/**
 * The Trusted Types policy that writes the JSON-LD. Under `require-trusted-types-for 'script'`
 * a script's text is a guarded sink even for a data block (setting it, or appending a text node
 * to it, is reported and blocked), so the text must come as a TrustedScript from a policy.
 * Sites that list their policies (`trusted-types …`) add this name.
 */
export const JSON_LD_POLICY = 'blush-widgets#json-ld';

export interface FaqQuestionEntity {
  '@type': 'Question';
  name: string;
  acceptedAnswer: { '@type': 'Answer'; text: string };
}

interface StructuredDataSource extends Element {
  getStructuredData?(): FaqQuestionEntity[];
}

// The parts of the Trusted Types API used here (TypeScript's DOM library does not declare them).
type ScriptText = string | object;
export interface JsonLdPolicy {
  createScript(input: string): ScriptText;
}
interface TrustedTypesFactory {
  createPolicy(name: string, rules: { createScript(input: string): string }): JsonLdPolicy;
}

/**
 * Accepts only what this module writes: a JSON text (no `<`, escaped on the way out) whose value
 * is a schema.org FAQPage. JSON has no calls or assignments, so even a copy of it assigned to an
 * executable script could not run anything.
 */
function onlyFaqPageJson(input: string): string {
  // JSON.parse throws on anything that is not JSON; the rest is refused here.
  if (input.includes('<') || JSON.parse(input)?.['@type'] !== 'FAQPage')
    throw new TypeError(`${JSON_LD_POLICY} only accepts FAQPage JSON-LD`);
  return input;
}

// Shared by every copy of the library on the page: where the page's `trusted-types` directive
// forbids duplicate names, a second copy could not create the policy again.
const SHARED = Symbol.for(JSON_LD_POLICY);
type PolicyHolder = { [SHARED]?: JsonLdPolicy };
/** `null`: no Trusted Types in this browser, write plain text; `false`: the page refused the policy. */
let policy: JsonLdPolicy | null | false | undefined;

/** The policy, created on first use; `null` in browsers without Trusted Types. Exported for tests. */
export function jsonLdPolicy(): JsonLdPolicy | null | false {
  if (policy !== undefined) return policy;
  const factory = (globalThis as { trustedTypes?: TrustedTypesFactory }).trustedTypes;
  const holder = globalThis as PolicyHolder;
  try {
    policy = factory ? (holder[SHARED] ??= factory.createPolicy(JSON_LD_POLICY, { createScript: onlyFaqPageJson })) : null;
  } catch {
    policy = false;
    warn(
      'blush-faq',
      `structured-data: the page's Content-Security-Policy does not allow the Trusted Types policy "${JSON_LD_POLICY}", so no FAQPage JSON-LD was written; add ${JSON_LD_POLICY} to its trusted-types directive`,
    );
  }
  return policy;
}

export function updateFaqStructuredData(doc: Document = document): void {
  const seen = new Set<string>();
  const questions: FaqQuestionEntity[] = [];
  for (const faq of doc.querySelectorAll<StructuredDataSource>('blush-faq[structured-data]')) {
    for (const entity of faq.getStructuredData?.() ?? []) {
      const key = entity.name.toLowerCase();
      if (seen.has(key)) continue;
      seen.add(key);
      questions.push(entity);
    }
  }
  let script = doc.getElementById(SCRIPT_ID);
  const trusted = questions.length ? jsonLdPolicy() : false;
  if (trusted === false) {
    script?.remove();
    return;
  }
  const json = JSON.stringify({ '@context': 'https://schema.org', '@type': 'FAQPage', mainEntity: questions }).replace(/</g, '\\u003c');
  if (script?.textContent === json) return;
  // The text is set before the script joins the document, and through `textContent`: the
  // one sink that takes a TrustedScript (a text node or `append()` would be refused).
  const fresh = !script;
  script ??= Object.assign(doc.createElement('script'), { id: SCRIPT_ID, type: 'application/ld+json' });
  script.textContent = (trusted ? trusted.createScript(json) : json) as string;
  if (fresh) doc.head.append(script);
}
