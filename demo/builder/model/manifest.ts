// The builder's controls, generated from the package's custom-elements.json (its element subset,
// dist/builder/elements.json, written by `npm run build`): a new attribute documented in an
// element's JSDoc appears here with the right control and its description as help.

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
  /** Tuning most clinics never touch: shown under "More options". */
  isAdvanced: boolean;
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

// Tuning and test hooks: still generated, folded away so the first screen stays short.
const ADVANCED = new Set([
  'timeout',
  'retries',
  'retry-for',
  'retry-delay',
  'max-retry-delay',
  'min-fill-time',
  'consent-version',
  'idempotency-header',
  'headers',
  'encoding',
  'draft',
  'today',
  'url-param',
  'before-position',
  'after-position',
  'before-scale',
  'after-scale',
  'before-offset',
  'after-offset',
  'structured-data',
  'show-sources',
  'reminder-days',
  'durations',
]);

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

/** One control per documented attribute of `tag`, in the manifest's order. */
export function controlsFor(tag: string): AttributeControl[] {
  if (!cache.has(tag)) {
    const controls = (declaration(tag)?.attributes ?? [])
      .filter((attribute) => typeof attribute?.name === 'string' && /^[a-z][a-z0-9-]*$/.test(attribute.name))
      .map((attribute): AttributeControl => {
        const options = optionsOf(attribute);
        return {
          name: attribute.name,
          kind: kindOf(attribute, options),
          description: (attribute.description ?? '').replace(/\s+/g, ' ').trim(),
          options,
          defaultValue: unquote(attribute.default),
          urlKind: urlKindOf(attribute),
          isAdvanced: ADVANCED.has(attribute.name),
        };
      });
    cache.set(tag, controls);
  }
  return cache.get(tag)!;
}

export function controlFor(tag: string, name: string): AttributeControl | undefined {
  return controlsFor(tag).find((control) => control.name === name);
}
