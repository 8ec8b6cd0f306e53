// The builder's controls, generated from the package's custom-elements.json (its element subset,
// dist/builder/elements.json, written by `npm run build`) joined with the words a clinic reads
// (src/core/clinic-words.json, which the block editor reads too): a setting with words is shown
// in them, in their order; a documented attribute without words appears only under "For your web
// developer", with its JSDoc as help.
import clinicWords from '../../../src/core/clinic-words.json';

export type ControlKind = 'text' | 'url' | 'boolean' | 'number' | 'select' | 'tokens' | 'json' | 'treatment' | 'treatments' | 'pack';
/** Which of the package's URL checks an element applies to the attribute (core/safe-url.ts). */
export type UrlKind = 'link' | 'http' | 'image';

export interface AttributeControl {
  name: string;
  kind: ControlKind;
  description: string;
  /** Choices of a `select` (a union of string literals) or of a `tokens` list. */
  options: string[];
  /** The documented default, shown as a placeholder. */
  defaultValue?: string;
  urlKind?: UrlKind;
  /** What the clinic reads: the words' label, or the attribute's name in words for a developer. */
  label: string;
  /** One line of help: the words', or the attribute's JSDoc. */
  help: string;
  /** A label for each choice (and '' for leaving it unset), from the words. */
  choiceLabels: Record<string, string>;
  /** No words: shown only under "For your web developer". */
  isDeveloper: boolean;
}

/** One setting's entry in clinic-words.json. */
interface Words {
  label: string;
  help: string;
  control?: string;
  choices?: string;
  choiceLabels?: Record<string, string>;
  builder?: { label?: string; help?: string };
}
const WORDS = clinicWords as unknown as Record<string, Record<string, Words>> & { $choices: Record<string, Record<string, string>> };

/** A named list of choices from the words, as value → label. */
function namedChoices(name: string | undefined): Record<string, string> | undefined {
  const lists = WORDS.$choices;
  if (name === 'required-fields') {
    // The form's questions a visitor can be made to answer: name and email, and the optional ones but consent ticks.
    const { sms: _sms, emailOptIn: _optIn, ...asked } = lists['form-fields'];
    return { name: 'Name', email: 'Email', ...asked };
  }
  return name ? lists[name] : undefined;
}

/** Attribute names that are abbreviations, in words (for the developer section); others read as themselves. */
const NAMES: Record<string, string> = {
  src: 'Questions file address',
  'url-param': 'Address parameter',
  'min-fill-time': 'Minimum fill time',
};
export function humanize(name: string): string {
  if (NAMES[name]) return NAMES[name];
  const words = name.replace(/-/g, ' ');
  return words[0].toUpperCase() + words.slice(1);
}

interface ManifestAttribute {
  name: string;
  type?: { text: string };
  default?: string;
  description?: string;
}
interface ManifestDeclaration {
  tagName?: string;
  description?: string;
  attributes?: ManifestAttribute[];
}
export interface Manifest {
  modules: { declarations?: ManifestDeclaration[] }[];
}

let declarations: ManifestDeclaration[] = [];
const cache = new Map<string, AttributeControl[]>();

/** Uses this manifest (custom-elements.json or its subset) from now on. */
export function setManifest(manifest: Manifest): void {
  if (!Array.isArray(manifest?.modules)) throw new Error('not a custom elements manifest (no "modules" list)');
  declarations = manifest.modules
    .flatMap((module) => module.declarations ?? [])
    .filter((declaration) => typeof declaration.tagName === 'string');
  cache.clear();
}

/** Fetches and uses the manifest at `url`. */
export async function loadManifest(url: string | URL): Promise<void> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${response.status} for ${url}`);
  setManifest(await response.json());
}

function declaration(tag: string): ManifestDeclaration | undefined {
  return declarations.find((candidate) => candidate.tagName === tag);
}

/** The element's one-paragraph summary from its JSDoc. */
export function elementSummary(tag: string): string {
  return (declaration(tag)?.description ?? '')
    .split(/\n\s*\n/)[0]
    .replace(/\s+/g, ' ')
    .trim();
}

function unquote(value: string | undefined): string | undefined {
  if (value === undefined || value === 'undefined') return undefined;
  return value.replace(/^'(.*)'$/, '$1');
}

function urlKindOf(attribute: ManifestAttribute): UrlKind | undefined {
  const { name } = attribute;
  const description = attribute.description ?? '';
  const isUrl =
    name === 'src' || name === 'action' || name === 'before' || name === 'after' || name.endsWith('-url') || /^URL\b/.test(description);
  if (!isUrl) return undefined;
  if (/photo/i.test(description) || name === 'before' || name === 'after') return 'image';
  // Links a visitor follows may also be mailto:/tel: (the elements check them with safeLinkUrl).
  if (/\blink\b|booking|privacy/i.test(`${name} ${description}`)) return 'link';
  return 'http';
}

function kindOf(attribute: ManifestAttribute, options: string[]): ControlKind {
  const type = attribute.type?.text ?? 'string';
  const description = attribute.description ?? '';
  if (/\bboolean\b/.test(type)) return 'boolean';
  if (urlKindOf(attribute)) return 'url';
  if (attribute.name === 'pack') return 'pack';
  if (/space-separated catalog ids/i.test(description)) return 'treatments';
  if (/catalog id/i.test(description)) return 'treatment';
  if (options.length) return /Space-separated/i.test(description) ? 'tokens' : 'select';
  if (/^number\b/.test(type)) return 'number';
  if (/\bas JSON\b/i.test(description)) return 'json';
  return 'text';
}

/** Choices: the literals of a union type, or the backtick list of a "Space-separated … `a b c`" description. */
function optionsOf(attribute: ManifestAttribute): string[] {
  const type = attribute.type?.text ?? '';
  const parts = type
    .split('|')
    .map((part) => part.trim())
    .filter((part) => part !== 'undefined');
  if (parts.length > 1 && parts.every((part) => /^'[^']*'$/.test(part))) return parts.map((part) => part.slice(1, -1));
  const description = attribute.description ?? '';
  if (/^Space-separated/i.test(description) && !/Default `/.test(description)) {
    const list = /`([a-z][a-z -]+)`/.exec(description)?.[1].trim().split(/\s+/) ?? [];
    if (list.length > 2) return list;
  }
  return [];
}

/** Plain text for a help line: markdown links reduced to their text, cut after a sentence near `max`. */
function firstSentences(text: string, max = 260): string {
  const clean = text.replace(/\[([^\]]+)\]\([^)]+\)/g, '$1');
  if (clean.length <= max) return clean;
  const cut = clean.lastIndexOf('. ', max);
  return cut > 60 ? clean.slice(0, cut + 1) : `${clean.slice(0, max)}…`;
}

function control(tag: string, attribute: ManifestAttribute): AttributeControl {
  const words = WORDS[tag]?.[attribute.name];
  let options = optionsOf(attribute);
  let kind = kindOf(attribute, options);
  const named = namedChoices(words?.choices);
  // A named list turns a number or text into a choice (heading levels, photo shapes).
  if (named && words?.control === 'select' && (kind === 'number' || kind === 'text')) {
    kind = 'select';
    options = Object.keys(named).filter(Boolean);
  }
  const description = (attribute.description ?? '').replace(/\s+/g, ' ').trim();
  return {
    name: attribute.name,
    kind,
    description,
    options,
    defaultValue: unquote(attribute.default),
    urlKind: urlKindOf(attribute),
    label: words?.builder?.label ?? words?.label ?? humanize(attribute.name),
    help: words?.builder?.help ?? words?.help ?? firstSentences(description),
    choiceLabels: { ...named, ...words?.choiceLabels },
    isDeveloper: !words,
  };
}

/** One control per documented attribute of `tag`: those with words first, in the words' order. */
export function controlsFor(tag: string): AttributeControl[] {
  if (!cache.has(tag)) {
    const order = Object.keys(WORDS[tag] ?? {});
    const rank = (control: AttributeControl) => (control.isDeveloper ? order.length : order.indexOf(control.name));
    const controls = (declaration(tag)?.attributes ?? [])
      .filter((attribute) => typeof attribute?.name === 'string' && /^[a-z][a-z0-9-]*$/.test(attribute.name))
      .map((attribute) => control(tag, attribute))
      .sort((a, b) => rank(a) - rank(b));
    cache.set(tag, controls);
  }
  return cache.get(tag)!;
}

export function controlFor(tag: string, name: string): AttributeControl | undefined {
  return controlsFor(tag).find((control) => control.name === name);
}
