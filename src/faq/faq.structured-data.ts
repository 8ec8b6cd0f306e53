// schema.org FAQPage JSON-LD, one script for the whole page however many FAQs opt in.
// Rebuilt from every `<blush-faq structured-data>` in the document (not from a module-level
// list), so it stays right when the library is loaded twice or an FAQ is removed.
const SCRIPT_ID = 'blush-faq-structured-data';

export interface FaqQuestionEntity {
  '@type': 'Question';
  name: string;
  acceptedAnswer: { '@type': 'Answer'; text: string };
}

interface StructuredDataSource extends Element {
  getStructuredData?(): FaqQuestionEntity[];
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
  if (!questions.length) {
    script?.remove();
    return;
  }
  if (!script) {
    script = doc.createElement('script');
    script.id = SCRIPT_ID;
    script.setAttribute('type', 'application/ld+json');
    doc.head.append(script);
  }
  const json = JSON.stringify({ '@context': 'https://schema.org', '@type': 'FAQPage', mainEntity: questions }).replace(/</g, '\\u003c');
  // A text node rather than `textContent =`: under Trusted Types, assigning script text is a
  // guarded sink even for data blocks, while a text node is not; the result is the same.
  if (script.textContent !== json) script.replaceChildren(doc.createTextNode(json));
}
