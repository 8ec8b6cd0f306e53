// Everything an FAQ needs only when its content is not plain `<details>`: packs, JSON
// (inline or `src`), the `items` property and the small markup subset their answers use.
// A separate chunk, so a page whose FAQ is written in HTML never downloads it.
import { readJsonSource } from '../core/json-source.js';
import type { Language } from '../core/i18n/locale.js';
import { safeLinkUrl } from '../core/safe-url.js';
import { quote } from '../core/warn.js';
import { cleanAttribute, type FaqBlock, type FaqDraft, type FaqItemInput, type FaqRun } from './faq.model.js';
import { knownFaqPacks } from './packs/index.js';
import { readFaqPack } from './faq.pack-reader.js';
import { wordsNotLoaded } from '../core/i18n/registry.js';

const INLINE = /\[([^\]]+)\]\(([^)\s]+)\)|\*\*(.+?)\*\*|\*(.+?)\*/g;

function parseInline(text: string): FaqRun[] {
  const runs: FaqRun[] = [];
  let last = 0;
  for (const match of text.matchAll(INLINE)) {
    if (match.index > last) runs.push({ text: text.slice(last, match.index) });
    const [whole, linkText, url, strong, em] = match;
    if (linkText) {
      const href = safeLinkUrl(url);
      runs.push(href ? { text: linkText, href } : { text: linkText });
    } else if (strong) runs.push({ text: strong, strong: true });
    else if (em) runs.push({ text: em, em: true });
    else runs.push({ text: whole });
    last = match.index + whole.length;
  }
  if (last < text.length) runs.push({ text: text.slice(last) });
  return runs;
}

const BULLET = /^\s*[-*•]\s+/;
const NUMBERED = /^\s*\d+[.)]\s+/;

export function parseAnswerText(source: string): FaqBlock[] {
  const blocks: FaqBlock[] = [];
  for (const chunk of source.replace(/\r/g, '').split(/\n\s*\n/)) {
    const lines = chunk.split('\n').filter((line) => line.trim());
    if (!lines.length) continue;
    const pattern = lines.every((line) => BULLET.test(line)) ? BULLET : lines.every((line) => NUMBERED.test(line)) ? NUMBERED : null;
    if (pattern)
      blocks.push({ list: pattern === BULLET ? 'ul' : 'ol', items: lines.map((line) => parseInline(line.replace(pattern, '').trim())) });
    else blocks.push({ runs: parseInline(lines.map((line) => line.trim()).join(' ')) });
  }
  return blocks;
}

/**
 * Normalizes JSON content: an array of items, `{ "items": [...] }`, or schema.org `FAQPage`
 * (`mainEntity` of `Question`s with `acceptedAnswer.text`). Returns the usable items and how
 * many entries had to be skipped.
 */
export function readJsonItems(data: unknown): { items: FaqItemInput[]; skipped: number } | null {
  const record = data as Record<string, unknown> | null;
  const list = Array.isArray(data)
    ? data
    : Array.isArray(record?.items)
      ? record.items
      : Array.isArray(record?.mainEntity)
        ? record.mainEntity
        : null;
  if (!list) return null;
  const items: FaqItemInput[] = [];
  for (const entry of list as Array<Record<string, unknown>>) {
    const question = entry?.question ?? entry?.name;
    // schema.org answers may hold HTML; keep its text only (parsing it would be an HTML sink).
    const answer = entry?.answer ?? (entry?.acceptedAnswer as Record<string, string> | undefined)?.text?.replace?.(/<[^>]*>/g, ' ');
    if (typeof question === 'string' && question.trim() && typeof answer === 'string')
      items.push({ ...entry, question: question.trim(), answer } as FaqItemInput);
  }
  return { items, skipped: list.length - items.length };
}

function fromInput(input: FaqItemInput): FaqDraft {
  return {
    id: typeof input.id === 'string' ? cleanAttribute(input.id) || undefined : undefined,
    question: input.question,
    answer: parseAnswerText(input.answer),
    open: input.open === true,
    source: input.source,
    reviewed: input.reviewed,
    cta: input.cta,
  };
}

export interface FaqSources {
  pack?: string;
  src?: string;
  items?: FaqItemInput[];
  language: Language;
}

const JSON_SHAPE = 'give an array of { "question": "…", "answer": "…" } or { "items": [...] }';

/** What one source gave: its questions, or that it failed (each problem already warned about). */
interface SourceRead {
  list?: FaqDraft[];
  failed?: boolean;
  treatment?: string;
}

/**
 * Reads the pack, JSON and `items` sources, in that order of precedence. Never throws;
 * reports each problem once through `warn`.
 */
export async function loadFaqSources(
  host: Element,
  sources: FaqSources,
  signal: AbortSignal,
  warn: (message: string) => void,
): Promise<{ lists: FaqDraft[][]; failed: boolean; treatment?: string }> {
  const reads = [
    await readPack(sources, warn),
    await readJson(host, sources, signal, warn),
    sources.items === undefined ? {} : readItems(sources.items, warn),
  ];
  return {
    lists: reads.flatMap((read) => (read.list ? [read.list] : [])),
    failed: reads.some((read) => read.failed),
    treatment: reads[0].treatment,
  };
}

/** The pack's questions, each in the page's language where the pack has it, else whole in English. */
async function readPack(sources: FaqSources, warn: (message: string) => void): Promise<SourceRead> {
  const name = cleanAttribute(sources.pack);
  if (!name) return {};
  const { pack, failed } = await readFaqPack(name, sources.language).catch(() => ({ pack: undefined, failed: undefined }));
  if (!pack) {
    warn(`pack=${quote(sources.pack)} is unknown; use one of: ${knownFaqPacks().join(', ')}, or write your own <details> items`);
    return { failed: true };
  }
  // A question never mixes two languages.
  const translated = pack[sources.language];
  const own = new Map((Array.isArray(translated) ? translated : []).map((item) => [item.id, item]));
  const missing = sources.language === 'en' ? 0 : pack.en.filter((item) => !own.has(item.id)).length;
  if (failed !== undefined) warn(wordsNotLoaded(sources.language, failed));
  else if (missing)
    warn(
      `pack=${quote(sources.pack)} has no "${sources.language}" words for ${missing} of its ${pack.en.length} questions, shown in English`,
    );
  return { list: pack.en.map((item) => own.get(item.id) ?? item).map(fromInput), treatment: pack.treatment };
}

/** The questions of `src` or of the inline JSON script (read despite a page editor's curly quotes). */
async function readJson(host: Element, sources: FaqSources, signal: AbortSignal, warn: (message: string) => void): Promise<SourceRead> {
  const json = await readJsonSource(host, cleanAttribute(sources.src) || null, signal);
  if (!json) return {};
  const data = json.ok ? json.data : repairTypographicQuotes(host);
  if (!json.ok) {
    if (data === undefined) {
      warn(json.problem);
      return { failed: true };
    }
    warn(
      'the inline JSON uses typographic quotes (“ ”), probably added by the page editor; it was read anyway, but paste it into a Custom HTML block to keep it exact',
    );
  }
  const read = readJsonItems(data);
  if (!read) {
    warn(`${json.ok && json.from === 'src' ? `src=${quote(sources.src)}` : 'the inline JSON'} has no list of questions; ${JSON_SHAPE}`);
    return { failed: true };
  }
  if (read.skipped)
    warn(
      `${read.skipped} JSON entr${read.skipped === 1 ? 'y has' : 'ies have'} no "question" and "answer" text and ${read.skipped === 1 ? 'was' : 'were'} left out; ${JSON_SHAPE}`,
    );
  return { list: read.items.map(fromInput) };
}

/** The questions of the `items` property. */
function readItems(items: FaqItemInput[], warn: (message: string) => void): SourceRead {
  const read = readJsonItems(items);
  if (read) return { list: read.items.map(fromInput) };
  warn(`the items property is not an array; ${JSON_SHAPE}`);
  return { failed: true };
}

/** WordPress's texturizer turns `"` into “ ” even inside a script; one retry with them undone. */
function repairTypographicQuotes(host: Element): unknown {
  const script = host.querySelector(':scope > script[type="application/json"]');
  if (!script || !/[\u201c\u201d]/.test(script.textContent ?? '')) return undefined;
  try {
    return JSON.parse((script.textContent ?? '').replace(/[\u201c\u201d\u2033]/g, '"'));
  } catch {
    return undefined;
  }
}
