// The code and the steps for each platform, from one setup. Steps name the platform's own menus
// (README "Per platform", docs/embedding.md); values only ever appear inside code or rows.
import { VERSION } from '../../../src/core/index.js';
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
    const hash = sri?.version === VERSION ? sri.files['blush-widgets.js'] : undefined;
    const problem = hash
      ? undefined
      : 'The integrity hashes of this version are not available here (run npm run build); the code below has none yet.';
    const integrity = hash ? ` integrity="${escapeAttribute(hash)}" crossorigin="anonymous"` : '';
    return { base, tag: `<script type="module" src="${base}blush-widgets.js"${integrity}></script>`, problem };
  }
  const base = cdnBase(state.source);
  return { base, tag: `<script type="module" src="${base}loader.js"></script>` };
}

export interface Step {
  /** Plain words; `*…*` marks a menu or field name. Never holds a clinic's value. */
  text: string;
  code?: { label: string; text: string };
  rows?: { label: string; caption: string; cells: [string, string][] };
  download?: { name: string; text: string; label: string };
}

export interface PlatformOutput {
  steps: Step[];
  notes: string[];
}

const WEBFLOW_EMBED_LIMIT = 50_000;

export function platformOutput(state: BuilderState, sri: SriData | null): PlatformOutput {
  const widget = widgetById(state.widget)!;
  const markup = elementMarkup(state);
  const script = scriptChoice(state, sri);
  const notes = script.problem && state.platform !== 'wordpress' ? [script.problem] : [];
  const injection = (where: string): Step => ({ text: where, code: { label: 'Script, once for the whole site', text: script.tag } });
  const block = (where: string): Step => ({ text: where, code: { label: `The ${widget.noun}`, text: markup } });
  switch (state.platform) {
    case 'html':
      return {
        steps: [
          {
            text: 'Paste this where the widget goes. Keep the *script* line once per page (in the head, or before the first widget) when you add more widgets.',
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
        steps: [
          injection(
            `Once for the whole site: open ${menu} and paste into the *Header* box, then *Save*. Not in a Code block: pages loaded without a reload would not run it again.`,
          ),
          block(
            'Where the widget goes: *Edit* the page, *Add block › Code*, set the mode to *HTML*, turn off *Display Source*, and paste:',
          ),
        ],
        notes: [...notes, 'Code Injection needs a Core, Business or Commerce plan.'],
      };
    }
    case 'webflow':
      return {
        steps: [
          injection('Once for the whole site: *Site settings › Custom code › Footer code*, paste, then *Save* and *Publish*.'),
          block('Where the widget goes: drag a *Code Embed* (*Add panel › Components › Code Embed*) onto the page and paste:'),
        ],
        notes: [
          ...notes,
          'Custom code runs on the published site, not in the Designer canvas: check the result on your staging domain.',
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
      text: `Wix gives custom elements no inner HTML, so your own content goes in a JSON file: download it, upload it to your own server or the *Media Manager*, and use its address as the *src* row below.`,
      download: { name: widget.contentFile.name, text: json, label: `Download ${widget.contentFile.name}` },
    });
    if (!cells.some(([name]) => name === 'src')) cells.push(['src', `(the address of ${widget.contentFile.name})`]);
  }
  steps.push(
    cells.length
      ? {
          text: '*Set Attributes*: add one row per line below.',
          rows: { label: 'Attributes', caption: 'Custom Element attributes', cells },
        }
      : { text: '*Set Attributes*: none needed for this setup.' },
    { text: "Drag the element's box to the height you want; it grows as answers open." },
  );
  return {
    steps,
    notes: [
      ...notes.filter((note) => !note.includes('integrity')),
      ...(state.source === 'sri'
        ? ['Wix loads the script itself and cannot carry an integrity hash; the Server URL is the pinned classic-script file on jsDelivr.']
        : []),
      'Custom elements need a Premium plan with a connected domain.',
    ],
  };
}

function wordpressOutput(state: BuilderState): PlatformOutput {
  const code = wordpressCode(state);
  const steps: Step[] = [
    {
      text: 'Install the *Blush Widgets* plugin once: *Plugins › Add New › Upload Plugin*, choose blush-widgets-wordpress.zip, then *Activate*. It loads the script for you.',
    },
  ];
  if (code.settings.length) {
    steps.push({
      text: 'Once for the whole site: *Settings › Blush Widgets*, fill in these fields and *Save Changes*:',
      rows: { label: 'Settings', caption: 'Settings › Blush Widgets', cells: code.settings },
    });
  }
  steps.push({
    text: 'Where the widget goes: add a *Shortcode* block (in the classic editor, a line of its own) and paste:',
    code: { label: 'Shortcode', text: code.shortcode },
  });
  if (code.block) {
    steps.push({
      text: `Or, in the block editor, insert the *${code.blockTitle}* block (category *Widgets*) and set the same options in its sidebar, or paste this in the *Code editor*:`,
      code: { label: 'Block', text: code.block },
    });
  }
  const notes = code.unsupported.length
    ? [
        `The shortcode has no option for ${code.unsupported.join(', ')}. To use ${code.unsupported.length > 1 ? 'them' : 'it'}, paste the Plain HTML code (without the script line) into a *Custom HTML* block instead; the plugin loads the script for it.`,
      ]
    : [];
  return { steps, notes };
}
