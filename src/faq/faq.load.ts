import { readJsonSource } from '../core/json-source.js';
import type { Language } from '../core/i18n/locale.js';
import { quote } from '../core/warn.js';
import { cleanAttribute, fromInput, readJsonItems, readLightDomItems, slugify, type FaqItem, type FaqItemInput } from './faq.model.js';
import { knownFaqPacks, loadFaqPack } from './packs/index.js';

type Draft = Omit<FaqItem, 'id'> & { id?: string };

export interface FaqContent {
  /** Items in order, each with its key (explicit id or slug), not yet unique on the page. */
  items: FaqItem[];
  /** Some source was asked for and could not be used. */
  failed: boolean;
  treatment?: string;
}

interface Sources {
  pack?: string;
  src?: string;
  items?: FaqItemInput[];
  language: Language;
}

const JSON_SHAPE = 'give an array of { "question": "…", "answer": "…" } or { "items": [...] }';

/**
 * Gathers an FAQ's items from every source, in order of precedence (pack, JSON, `items`,
 * `<details>` children): a later item with the same id replaces an earlier one in place, so a
 * clinic can reword one answer of a pack and add its own. Never throws; reports through `warn`.
 */
export async function loadFaqContent(host: Element, sources: Sources, signal: AbortSignal, warn: (message: string) => void): Promise<FaqContent> {
  const lists: Draft[][] = [];
  let failed = false;
  let treatment: string | undefined;

  const packName = cleanAttribute(sources.pack);
  if (packName) {
    const pack = await loadFaqPack(packName).catch(() => undefined);
    if (pack) {
      lists.push((pack[sources.language] ?? pack.en).map(fromInput));
      treatment = pack.treatment;
    } else {
      failed = true;
      warn(`pack=${quote(sources.pack)} is unknown; use one of: ${knownFaqPacks().join(', ')}, or write your own <details> items`);
    }
  }

  const json = await readJsonSource(host, cleanAttribute(sources.src) || null, signal);
  let data: unknown;
  if (json?.ok) data = json.data;
  else if (json) {
    data = repairTypographicQuotes(host);
    if (data === undefined) {
      failed = true;
      warn(json.problem);
    } else {
      warn('the inline JSON uses typographic quotes (“ ”), probably added by the page editor; it was read anyway, but paste it into a Custom HTML block to keep it exact');
    }
  }
  if (data !== undefined) {
    const read = readJsonItems(data);
    if (!read) {
      failed = true;
      warn(`${json?.ok && json.from === 'src' ? `src=${quote(sources.src)}` : 'the inline JSON'} has no list of questions; ${JSON_SHAPE}`);
    } else {
      if (read.skipped) warn(`${read.skipped} JSON entr${read.skipped === 1 ? 'y has' : 'ies have'} no "question" and "answer" text and ${read.skipped === 1 ? 'was' : 'were'} left out; ${JSON_SHAPE}`);
      lists.push(read.items.map(fromInput));
    }
  }

  if (sources.items !== undefined) {
    const read = readJsonItems(sources.items);
    if (read) lists.push(read.items.map(fromInput));
    else {
      failed = true;
      warn(`the items property is not an array; ${JSON_SHAPE}`);
    }
  }

  lists.push(readLightDomItems(host));
  return { items: merge(lists), failed, treatment };
}

function merge(lists: Draft[][]): FaqItem[] {
  const items: FaqItem[] = [];
  const index = new Map<string, number>();
  for (const list of lists) {
    const added: Array<[string, number]> = [];
    for (const draft of list) {
      const id = draft.id || slugify(draft.question);
      const at = index.get(id);
      // Only an earlier source is overridden; a repeated question within one source stays (and gets its own id).
      if (at !== undefined) items[at] = { ...draft, id };
      else added.push([id, items.push({ ...draft, id }) - 1]);
    }
    for (const [id, at] of added) if (!index.has(id)) index.set(id, at);
  }
  return items;
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
