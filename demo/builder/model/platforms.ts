// The code and the steps for each platform, from one setup. Steps name the platform's own menus
// (README "Per platform", docs/embedding.md); values only ever appear inside code or rows.
import { VERSION } from '../../../src/core/index.js';
import { languageOf } from '../../../src/core/i18n/locale.js';
import { escapeAttribute } from './escape.js';
import { accentStyle, contentJson, elementMarkup, usableAttributes } from './markup.js';
import type { BuilderState, Platform, ScriptSource } from './state.js';
import { safeHttpUrl } from './urls.js';
import { widgetById } from './widgets.js';
import { wordpressCode } from './wordpress.js';

/** The hashes `npm run build` writes beside the builder (dist/builder/sri.json). */
export interface SriData {
  version: string;
  files: Record<string, string>;
}

export const PLATFORM_LABELS: Record<Platform, string> = {
  html: 'Plain HTML',
  wordpress: 'WordPress',
  'squarespace-71': 'Squarespace 7.1',
  'squarespace-70': 'Squarespace 7.0',
  wix: 'Wix',
  webflow: 'Webflow',
};

export const SOURCE_LABELS: Record<ScriptSource, string> = {
  jsdelivr: 'jsDelivr (public npm CDN)',
  unpkg: 'unpkg (public npm CDN)',
  own: 'Your own server',
  sri: 'Self-contained file with integrity hash',
};

export const cdnBase = (source: 'jsdelivr' | 'unpkg', version = VERSION) =>
  source === 'jsdelivr'
    ? `https://cdn.jsdelivr.net/npm/blush-widgets@${version}/dist/cdn/`
    : `https://unpkg.com/blush-widgets@${version}/dist/cdn/`;

/** The WordPress plugin, pinned to this version: the npm package carries it, so its public CDN serves it. */
export const PLUGIN_ZIP_URL = `https://cdn.jsdelivr.net/npm/blush-widgets@${VERSION}/dist/blush-widgets-wordpress.zip`;

export interface ScriptChoice {
  /** The folder the files come from, ending in `/`. */
  base: string;
  tag: string;
  /** Why the choice cannot be used as it is (the code then carries a placeholder). */
  problem?: string;
}

/** Null when the own-host base is usable, else why not. */
export function ownBaseProblem(value: string): string | null {
  if (!value.trim()) return 'Give the address of the folder that holds loader.js, e.g. https://www.your-clinic.com/blush-widgets/.';
  return safeHttpUrl(value)
    ? null
    : `"${value}" is not an http(s) address; give the folder's full address, e.g. https://www.your-clinic.com/blush-widgets/.`;
}

export function scriptChoice(state: BuilderState, sri: SriData | null): ScriptChoice {
  if (state.source === 'own') {
    const problem = ownBaseProblem(state.ownBase) ?? undefined;
    const base = problem ? 'https://www.your-clinic.com/blush-widgets/' : state.ownBase.trim().replace(/\/?$/, '/');
    return { base, tag: `<script type="module" src="${escapeAttribute(`${base}loader.js`)}"></script>`, problem };
  }
  if (state.source === 'sri') {
    const base = cdnBase('jsdelivr');
    // blush-widgets.js carries English; its other languages are add-ons that one hash cannot
    // cover, so a widget shown in another language gets the classic script, which has them all.
    const lang = state.attributes.lang;
    const english = languageOf(typeof lang === 'string' && lang ? lang : state.view.lang) === 'en';
    const file = english ? 'blush-widgets.js' : 'blush-widgets.iife.js';
    const hash = sri?.version === VERSION ? sri.files[file] : undefined;
    const problem = hash
      ? undefined
      : 'The integrity hashes of this version are not available here (run npm run build); the code below has none yet.';
    const integrity = hash ? ` integrity="${escapeAttribute(hash)}" crossorigin="anonymous"` : '';
    return { base, tag: `<script${english ? ' type="module"' : ''} src="${base}${file}"${integrity}></script>`, problem };
  }
  const base = cdnBase(state.source);
  return { base, tag: `<script type="module" src="${base}loader.js"></script>` };
}

/** The small drawing beside a step (ui/step-pictures.ts): where on the platform's screens it happens. */
export type StepPicture = 'site-code' | 'page-block' | 'plugin' | 'fields' | 'html';

export interface Step {
  /** Plain words; `*…*` marks a menu or field name. Never holds a clinic's value. */
  text: string;
  picture?: StepPicture;
  code?: { label: string; text: string };
  rows?: { label: string; caption: string; cells: [string, string][] };
  download?: { name: string; text: string; label: string };
  /** A file to fetch from the web (the plugin zip). */
  link?: { href: string; label: string };
}

export interface PlatformOutput {
  /** What to know before starting (the plan it needs, what the platform does differently). */
  before?: string;
  steps: Step[];
  notes: string[];
}

const WEBFLOW_EMBED_LIMIT = 50_000;

export function platformOutput(state: BuilderState, sri: SriData | null): PlatformOutput {
  const widget = widgetById(state.widget)!;
  const markup = elementMarkup(state);
  const script = scriptChoice(state, sri);
  const notes = script.problem && state.platform !== 'wordpress' ? [script.problem] : [];
  const injection = (where: string): Step => ({
    text: where,
    picture: 'site-code',
    code: { label: 'Script, once for the whole site', text: script.tag },
  });
  const block = (where: string): Step => ({ text: where, picture: 'page-block', code: { label: `The ${widget.noun}`, text: markup } });
  switch (state.platform) {
    case 'html':
      return {
        steps: [
          {
            text: 'Paste this where the widget goes. Keep the *script* line once per page (in the head, or before the first widget) when you add more widgets.',
            picture: 'html',
            code: { label: 'HTML', text: `${script.tag}\n\n${markup}` },
          },
        ],
        notes,
      };
    case 'squarespace-71':
    case 'squarespace-70': {
      const menu =
        state.platform === 'squarespace-71' ? '*Website › Website Tools › Code Injection*' : '*Settings › Advanced › Code Injection*';
      return {
        before:
          'Before you start: adding code needs a Squarespace Business plan or higher. The Personal plan cannot add code to a site, so these steps will not work on it.',
        steps: [
          injection(
            `Once for the whole site: open ${menu} and paste into the *Header* box, then *Save*. Not in a Code block: pages loaded without a reload would not run it again.`,
          ),
          block(
            'Where the widget goes: *Edit* the page, *Add block › Code*, set the mode to *HTML*, turn off *Display Source*, and paste:',
          ),
        ],
        notes,
      };
    }
    case 'webflow':
      return {
        before:
          'Before you start: custom code needs a paid Webflow site plan. The widget does not show in the Designer, only on the published site (or its webflow.io address), so publish to see it.',
        steps: [
          injection('Once for the whole site: *Site settings › Custom code › Footer code*, paste, then *Save* and *Publish*.'),
          block('Where the widget goes: drag a *Code Embed* (*Add panel › Components › Code Embed*) onto the page and paste:'),
        ],
        notes: [
          ...notes,
          ...(markup.length > WEBFLOW_EMBED_LIMIT
            ? [`This code is ${markup.length} characters; a Code Embed takes at most 50,000. Use a JSON file (src) for the content.`]
            : []),
        ],
      };
    case 'wix':
      return wixOutput(state, script, notes);
    case 'wordpress':
      return wordpressOutput(state);
  }
}

function wixOutput(state: BuilderState, script: ScriptChoice, notes: string[]): PlatformOutput {
  const widget = widgetById(state.widget)!;
  const cells: [string, string][] = usableAttributes(state).map(([name, value]) => [name, value === true ? 'true' : value]);
  const style = accentStyle(state);
  if (style) cells.push(['style', style]);
  const json = contentJson(state);
  const steps: Step[] = [
    {
      text: '*Add (+) › Embed Code › Custom Element*, then *Choose Source* and fill in:',
      picture: 'fields',
      rows: {
        label: 'Source',
        caption: 'Custom Element source fields',
        cells: [
          ['Server URL', `${script.base}blush-widgets.iife.js`],
          ['Tag Name', widget.tag],
        ],
      },
    },
  ];
  if (json && widget.contentFile) {
    steps.push({
      text: `Wix cannot put your own questions or results inside the element, so they go in a file: download it, upload it to the *Media Manager* (or your own server), and put its address in the *src* row below.`,
      picture: 'fields',
      download: { name: widget.contentFile.name, text: json, label: `Download ${widget.contentFile.name}` },
    });
    if (!cells.some(([name]) => name === 'src')) cells.push(['src', `(the address of ${widget.contentFile.name})`]);
  }
  steps.push(
    cells.length
      ? {
          text: '*Set Attributes*: add one row per line below.',
          picture: 'fields',
          rows: { label: 'Attributes', caption: 'Custom Element attributes', cells },
        }
      : { text: '*Set Attributes*: none needed for this setup.', picture: 'fields' },
    { text: "Drag the element's box to the height you want; it grows as answers open.", picture: 'page-block' },
  );
  return {
    before:
      "Before you start: custom elements need a Wix Premium plan with a connected domain. Use *Custom Element*, not *Embed HTML*: Embed HTML puts the widget in a frame of its own, which does not grow with it, and your site's analytics and booking tools cannot see the clicks inside it.",
    steps,
    notes: [
      ...notes.filter((note) => !note.includes('integrity')),
      ...(state.source === 'sri'
        ? ['Wix loads the script itself and cannot carry an integrity hash; the Server URL is the pinned classic-script file on jsDelivr.']
        : []),
    ],
  };
}

function wordpressOutput(state: BuilderState): PlatformOutput {
  const code = wordpressCode(state);
  const steps: Step[] = [
    {
      text: 'Install the *Blush Widgets* plugin once: download it (below), then in WordPress *Plugins › Add New › Upload Plugin*, choose blush-widgets-wordpress.zip, then *Install Now* and *Activate*. It loads the widgets for you.',
      picture: 'plugin',
      link: { href: PLUGIN_ZIP_URL, label: `Download blush-widgets-wordpress.zip (version ${VERSION})` },
    },
  ];
  if (code.settings.length) {
    steps.push({
      text: 'Once for the whole site: *Settings › Blush Widgets*, fill in these fields and *Save Changes*:',
      picture: 'fields',
      rows: { label: 'Settings', caption: 'Settings › Blush Widgets', cells: code.settings },
    });
  }
  if (code.block) {
    steps.push({
      text: `Where the widget goes, in the block editor: press *+*, search for *${code.blockTitle}*, and set it up in its sidebar with the same choices as here. Or open the *Code editor* and paste:`,
      picture: 'page-block',
      code: { label: 'Block', text: code.block },
    });
  }
  steps.push({
    text: code.block
      ? 'Or, in the classic editor or a *Shortcode* block, paste this on a line of its own:'
      : 'Where the widget goes: add a *Shortcode* block (in the classic editor, a line of its own) and paste:',
    picture: 'page-block',
    code: { label: 'Shortcode', text: code.shortcode },
  });
  const notes = code.unsupported.length
    ? [
        `The shortcode has no option for ${code.unsupported.join(', ')}. To use ${code.unsupported.length > 1 ? 'them' : 'it'}, paste the Plain HTML code (without the script line) into a *Custom HTML* block instead; the plugin loads the script for it.`,
      ]
    : [];
  return {
    before: "Two ways to add it: the plugin's block, set up in the block editor's sidebar, or its shortcode. Both need the plugin.",
    steps,
    notes,
  };
}
