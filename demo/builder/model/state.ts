// The whole setup as one plain value, and its round trip through the page URL (the fragment, so
// it never reaches a server log). Everything read back from a URL is checked as if typed.
import { DESTINATION_IDS, type Destination, type TestRecord } from './destination.js';
import { cleanValue } from './escape.js';
import { controlsFor } from './manifest.js';
import { PREVIEW_LANGUAGES, WIDGETS, widgetById, type WidgetId } from './widgets.js';

export interface FaqItem {
  question: string;
  answer: string;
}
export interface GalleryCase {
  treatment: string;
  area: string;
  before: string;
  after: string;
  beforeAlt: string;
  afterAlt: string;
  caption: string;
}
export const CASE_FIELDS = ['treatment', 'area', 'before', 'after', 'beforeAlt', 'afterAlt', 'caption'] as const;

export type ScriptSource = 'jsdelivr' | 'unpkg' | 'own' | 'sri';
export type Platform = 'html' | 'wordpress' | 'squarespace-71' | 'squarespace-70' | 'wix' | 'webflow';
export const SOURCES: readonly ScriptSource[] = ['jsdelivr', 'unpkg', 'own', 'sri'];
export const PLATFORMS: readonly Platform[] = ['html', 'wordpress', 'squarespace-71', 'squarespace-70', 'wix', 'webflow'];

export interface PreviewView {
  width: 'phone' | 'desktop';
  page: 'light' | 'dark';
  lang: string;
}

export interface BuilderState {
  widget: WidgetId;
  /** Attribute name → value; `true` is a boolean attribute that is present. */
  attributes: Record<string, string | true>;
  /** `#rrggbb`, or '' for the widgets' default dusty rose. */
  accent: string;
  faqItems: FaqItem[];
  cases: GalleryCase[];
  source: ScriptSource;
  ownBase: string;
  platform: Platform;
  view: PreviewView;
  /** The consultation form's answer to "Where should requests go?", and the address given for it. */
  destination: Destination | '';
  destinationAddress: string;
  /** The last test request's result (kept in memory only, never in the URL). */
  test?: TestRecord;
}

const MAX_VALUE = 4000;
const MAX_ITEMS = 200;

export function defaultAttributes(widget: WidgetId): Record<string, string | true> {
  return widget === 'faq' ? { pack: 'botox' } : {};
}

export function initialState(): BuilderState {
  return {
    widget: 'faq',
    attributes: defaultAttributes('faq'),
    accent: '',
    faqItems: [],
    cases: [],
    source: 'jsdelivr',
    ownBase: '',
    platform: 'html',
    view: { width: 'desktop', page: 'light', lang: 'en' },
    destination: '',
    destinationAddress: '',
  };
}

export const isHexColour = (value: string) => /^#[0-9a-f]{6}$/i.test(value);
const text = (value: unknown) => (typeof value === 'string' ? cleanValue(value).slice(0, MAX_VALUE) : '');

/** The setup as a URL fragment: `#w=faq&a.single=&accent=%230a6e62…`. Defaults are left out. */
export function toFragment(state: BuilderState): string {
  const params = new URLSearchParams();
  params.set('w', state.widget);
  for (const [name, value] of Object.entries(state.attributes)) params.set(`a.${name}`, value === true ? '' : value);
  if (state.accent) params.set('accent', state.accent);
  if (state.faqItems.length) params.set('faq', JSON.stringify(state.faqItems.map(({ question, answer }) => [question, answer])));
  if (state.cases.length) params.set('cases', JSON.stringify(state.cases.map((item) => CASE_FIELDS.map((field) => item[field]))));
  if (state.source !== 'jsdelivr') params.set('src', state.source);
  if (state.ownBase) params.set('base', state.ownBase);
  if (state.platform !== 'html') params.set('p', state.platform);
  if (state.view.width !== 'desktop') params.set('vw', state.view.width);
  if (state.view.page !== 'light') params.set('vp', state.view.page);
  if (state.view.lang !== 'en') params.set('vl', state.view.lang);
  if (state.destination) params.set('d', state.destination);
  if (state.destinationAddress) params.set('da', state.destinationAddress);
  return `#${params.toString()}`;
}

function parseList(value: string | null): unknown[] {
  if (!value) return [];
  try {
    const parsed: unknown = JSON.parse(value);
    return Array.isArray(parsed) ? parsed.slice(0, MAX_ITEMS) : [];
  } catch {
    return [];
  }
}

/** A setup from a URL fragment; anything unknown or malformed falls back to the default. */
export function fromFragment(fragment: string): BuilderState {
  const state = initialState();
  const params = new URLSearchParams(fragment.replace(/^#/, ''));
  const widget = widgetById(params.get('w') ?? '');
  if (!widget) return state;
  state.widget = widget.id;
  state.attributes = {};
  const known = new Map(controlsFor(widget.tag).map((control) => [control.name, control]));
  for (const [key, value] of params) {
    // The form's address is the destination's (below), never a free attribute.
    const control = key.startsWith('a.') && key !== 'a.action' ? known.get(key.slice(2)) : undefined;
    if (!control) continue;
    if (control.kind === 'boolean') state.attributes[control.name] = true;
    else if (value.trim()) state.attributes[control.name] = text(value);
  }
  const accent = params.get('accent') ?? '';
  state.accent = isHexColour(accent) ? accent.toLowerCase() : '';
  state.faqItems = parseList(params.get('faq'))
    .filter((entry): entry is unknown[] => Array.isArray(entry))
    .map(([question, answer]) => ({ question: text(question), answer: text(answer) }));
  state.cases = parseList(params.get('cases'))
    .filter((entry): entry is unknown[] => Array.isArray(entry))
    .map((entry) => Object.fromEntries(CASE_FIELDS.map((field, index) => [field, text(entry[index])])) as unknown as GalleryCase);
  const source = params.get('src') as ScriptSource;
  if (SOURCES.includes(source)) state.source = source;
  state.ownBase = text(params.get('base'));
  const platform = params.get('p') as Platform;
  if (PLATFORMS.includes(platform)) state.platform = platform;
  if (params.get('vw') === 'phone') state.view.width = 'phone';
  if (params.get('vp') === 'dark') state.view.page = 'dark';
  const lang = params.get('vl') ?? '';
  if (PREVIEW_LANGUAGES.some((language) => language.code === lang)) state.view.lang = lang;
  const destination = params.get('d') as Destination;
  if (DESTINATION_IDS.includes(destination)) state.destination = destination;
  state.destinationAddress = text(params.get('da'));
  // A link from before the question existed: its endpoint is the developer's address.
  const action = text(params.get('a.action'));
  if (action && !state.destination) {
    state.destination = 'developer';
    state.destinationAddress = action;
  }
  return state;
}

export { WIDGETS };
