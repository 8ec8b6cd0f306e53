// The element's HTML from a setup: attributes checked and escaped, own content as crawlable
// light-DOM children. The preview shows exactly this, plus sample photos where none are set yet.
import { attributeProblem, caseReport, faqItemReport } from './checks.js';
import { escapeAttribute, escapeText } from './escape.js';
import { formAction } from './destination.js';
import { controlsFor } from './manifest.js';
import { packDetails } from './packs.js';
import { FAQ_ROWS_CSS } from '../../../src/faq/faq.light-dom.js';
import { isHexColour, type BuilderState, type GalleryCase } from './state.js';
import { widgetById } from './widgets.js';

/** Attributes as the element will get them: documented names only, refused values left out. */
export function usableAttributes(state: BuilderState): [string, string | true][] {
  const tag = widgetById(state.widget)!.tag;
  const usable: [string, string | true][] = [];
  const isForm = state.widget === 'consult-form';
  const action = isForm ? formAction(state) : '';
  for (const control of controlsFor(tag)) {
    // The form's address comes from "Where should requests go?"; a Google Sheet takes form encoding.
    if (isForm && control.name === 'action') {
      if (action) usable.push(['action', action]);
      continue;
    }
    if (isForm && control.name === 'encoding' && state.destination === 'sheet') {
      usable.push(['encoding', 'form']);
      continue;
    }
    const value = state.attributes[control.name];
    if (value === undefined || (value !== true && !value.trim())) continue;
    if (control.kind === 'boolean') usable.push([control.name, true]);
    else if (value !== true && !attributeProblem(control, value)) usable.push([control.name, value.trim()]);
  }
  return usable;
}

export const accentStyle = (state: BuilderState) => (isHexColour(state.accent) ? `--blush-accent: ${state.accent}` : '');

export function usableFaqItems(state: BuilderState) {
  return state.faqItems.filter((item, index) => item.question.trim() && !faqItemReport(item, index).errors.length);
}

export function usableCases(state: BuilderState): GalleryCase[] {
  return state.cases.filter((item, index) => !caseReport(item, index).errors.length);
}

function attributeList(pairs: [string, string | true][]): string {
  return pairs.map(([name, value]) => (value === true ? ` ${name}` : ` ${name}="${escapeAttribute(value)}"`)).join('');
}

/** An answer's text as paragraphs: blank lines separate them, single line breaks stay. */
function answerHtml(answer: string): string {
  return answer
    .trim()
    .split(/\n\s*\n/)
    .map((paragraph) => `<p>${paragraph.trim().split('\n').map(escapeText).join('<br>')}</p>`)
    .join('');
}

function caseMarkup(item: GalleryCase): string {
  const pairs: [string, string][] = [
    ['treatment', item.treatment],
    ['area', item.area],
    ['before', item.before],
    ['after', item.after],
    ['before-alt', item.beforeAlt],
    ['after-alt', item.afterAlt],
    ['caption', item.caption],
  ];
  return `<blush-before-after${attributeList(pairs.filter(([, value]) => value.trim()).map(([name, value]) => [name, value.trim()]))}></blush-before-after>`;
}

const SAMPLE_CASES: GalleryCase[] = [
  {
    treatment: 'botox',
    area: 'Forehead',
    before: 'samples/forehead-1-before.svg',
    after: 'samples/forehead-1-after.svg',
    beforeAlt: 'Sample: forehead lines before',
    afterAlt: 'Sample: smoother forehead after',
    caption: '',
  },
  {
    treatment: 'botox',
    area: 'Frown lines',
    before: 'samples/frown-1-before.svg',
    after: 'samples/frown-1-after.svg',
    beforeAlt: 'Sample: frown lines before',
    afterAlt: 'Sample: softer frown lines after',
    caption: '',
  },
  {
    treatment: 'filler-lips',
    area: 'Lips',
    before: 'samples/lips-1-before.svg',
    after: 'samples/lips-1-after.svg',
    beforeAlt: 'Sample: lips before',
    afterAlt: 'Sample: fuller lips after',
    caption: '',
  },
];

/** Children that carry the widget's own content (and a no-JavaScript fallback for the form). */
function children(state: BuilderState, attributes: Map<string, string | true>, preview: boolean): string[] {
  switch (state.widget) {
    case 'faq': {
      // The pack's questions first, then the clinic's own, as the WordPress plugin renders them.
      const pack = attributes.get('pack');
      const lang = attributes.get('lang');
      return [
        // In the language the clinic previews its site in, so the copies are what the page shows.
        ...(typeof pack === 'string' ? packDetails(pack, typeof lang === 'string' ? lang : state.view.lang) : []),
        ...usableFaqItems(state).map(
          (item) => `<details><summary>${escapeText(item.question.trim())}</summary>${answerHtml(item.answer)}</details>`,
        ),
      ];
    }
    case 'gallery': {
      const cases = usableCases(state);
      const samples = preview && !cases.length && !attributes.has('src');
      return (samples ? SAMPLE_CASES : cases).map(caseMarkup);
    }
    case 'consult-form': {
      const phone = attributes.get('phone');
      if (typeof phone !== 'string') return [];
      const tel = phone.replace(/[^0-9+]/g, '');
      const link = tel ? ` or call us at <a href="tel:${escapeAttribute(tel)}">${escapeText(phone)}</a>` : '';
      return [`<p>To request a consultation, please enable JavaScript${link}.</p>`];
    }
    default:
      return [];
  }
}

/**
 * The element as HTML. `preview` puts sample photos where the clinic has none yet, so the
 * preview shows the widget rather than its empty state; the copied code never has them.
 */
export function elementMarkup(state: BuilderState, { preview = false } = {}): string {
  const widget = widgetById(state.widget)!;
  const pairs = usableAttributes(state);
  const attributes = new Map(pairs);
  if (preview && state.widget === 'before-after') {
    for (const side of ['before', 'after'] as const) {
      if (!attributes.has(side)) {
        pairs.push([side, `samples/forehead-${side}.svg`]);
        if (!attributes.has(`${side}-alt`)) pairs.push([`${side}-alt`, `Sample photo ${side} treatment`]);
      }
    }
  }
  const style = accentStyle(state);
  if (style) pairs.push(['style', style]);
  const inner = children(state, attributes, preview);
  const open = `<${widget.tag}${attributeList(pairs)}>`;
  if (!inner.length) return `${open}</${widget.tag}>`;
  // An FAQ's questions take the size of its rows before it upgrades them: the page does not move.
  const rows = state.widget === 'faq' ? `<style>${FAQ_ROWS_CSS}</style>\n` : '';
  return `${rows}${open}\n${inner.map((line) => `  ${line}`).join('\n')}\n</${widget.tag}>`;
}

/** The widget's own content as the JSON file its `src` reads (for Wix, which takes no inner HTML). */
export function contentJson(state: BuilderState): string | null {
  if (state.widget === 'faq') {
    const items = usableFaqItems(state);
    return items.length
      ? JSON.stringify({ items: items.map(({ question, answer }) => ({ question: question.trim(), answer: answer.trim() })) }, null, 2)
      : null;
  }
  if (state.widget === 'gallery') {
    const cases = usableCases(state);
    return cases.length ? JSON.stringify({ cases }, null, 2) : null;
  }
  return null;
}
