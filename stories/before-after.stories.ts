import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/before-after/index.js';
import { allStates } from './all-states.js';
import { elementDocs } from './docs.js';

interface BeforeAfterArgs {
  before: string;
  after: string;
  beforeAlt: string;
  afterAlt: string;
  beforeLabel?: string;
  afterLabel?: string;
  noLabels: boolean;
  noToggle: boolean;
  caption?: string;
  value: number;
  orientation: 'horizontal' | 'vertical';
  view: 'slider' | 'side-by-side';
  aspectRatio?: string;
  hover: boolean;
  hint: boolean;
  sensitive: boolean;
  beforePosition?: string;
  afterPosition?: string;
  afterScale?: string;
  afterOffset?: string;
  lang?: string;
  dir?: 'ltr' | 'rtl';
  theme?: 'light' | 'dark';
}

// Illustrations we drew ourselves (demo/images/before-after/generate.mjs); never real patient photos.
// Storybook serves demo/images at ./images (staticDirs in .storybook/main.ts); a relative address
// works in `storybook dev`, in the static build and wherever that build is published.
const IMAGES = './images/before-after';

const meta: Meta<BeforeAfterArgs> = {
  title: 'Elements/BeforeAfter',
  component: 'blush-before-after',
  parameters: elementDocs('blush-before-after', 'Elements/BeforeAfter'),
  argTypes: {
    orientation: { control: 'inline-radio', options: ['horizontal', 'vertical'] },
    view: { control: 'inline-radio', options: ['slider', 'side-by-side'] },
    value: { control: { type: 'range', min: 0, max: 100 } },
    theme: { control: 'inline-radio', options: [undefined, 'light', 'dark'] },
    dir: { control: 'inline-radio', options: ['ltr', 'rtl'] },
  },
  args: {
    before: `${IMAGES}/forehead-before.svg`,
    after: `${IMAGES}/forehead-after.svg`,
    beforeAlt: 'Illustration: forehead with horizontal lines and frown lines between the brows',
    afterAlt: 'Illustration: the same forehead, smooth, two weeks after treatment',
    noLabels: false,
    noToggle: false,
    caption: 'Forehead and frown lines, two weeks after one Botox® session (illustration).',
    value: 50,
    orientation: 'horizontal',
    view: 'slider',
    aspectRatio: '4/5',
    hover: false,
    hint: false,
    sensitive: false,
    afterOffset: '-1.5% 0',
    afterScale: '1.04',
  },
  render: (args) => html`<div lang=${ifDefined(args.lang)} dir=${ifDefined(args.dir)} style="max-width: 26rem">
    <blush-before-after
      before=${args.before}
      after=${args.after}
      before-alt=${args.beforeAlt}
      after-alt=${args.afterAlt}
      before-label=${ifDefined(args.beforeLabel)}
      after-label=${ifDefined(args.afterLabel)}
      ?no-labels=${args.noLabels}
      ?no-toggle=${args.noToggle}
      caption=${ifDefined(args.caption)}
      value=${args.value}
      orientation=${args.orientation}
      view=${args.view}
      aspect-ratio=${ifDefined(args.aspectRatio)}
      ?hover=${args.hover}
      ?hint=${args.hint}
      ?sensitive=${args.sensitive}
      before-position=${ifDefined(args.beforePosition)}
      after-position=${ifDefined(args.afterPosition)}
      after-scale=${ifDefined(args.afterScale)}
      after-offset=${ifDefined(args.afterOffset)}
      theme=${ifDefined(args.theme)}
    ></blush-before-after>
  </div>`,
};
export default meta;

type Story = StoryObj<BeforeAfterArgs>;

export const Default: Story = {};

export const LongContent: Story = {
  args: {
    beforeLabel: 'Before treatment, at rest',
    afterLabel: 'Fourteen days after, frowning',
    caption:
      'Forehead lines and the “11s” between the brows, photographed at rest before treatment and while frowning fourteen days after 20 units of Botox®. Individual results vary; ask your physician what to expect for you.',
  },
};

export const ErrorState: Story = { args: { after: `${IMAGES}/missing-photo.jpg` } };

/** Persian, right to left: the divider starts from the right edge. */
export const RightToLeft: Story = {
  args: {
    dir: 'rtl',
    lang: 'fa',
    value: 35,
    caption: 'خطوط پیشانی، دو هفته پس از یک جلسه بوتاکس® (تصویرسازی).',
    beforeAlt: 'تصویرسازی: پیشانی با خطوط',
    afterAlt: 'تصویرسازی: همان پیشانی، صاف',
  },
  globals: { locale: 'fa', direction: 'rtl' },
};

export const Dark: Story = { args: { theme: 'dark' }, globals: { theme: 'dark' } };

export const Spanish: Story = {
  args: {
    lang: 'es',
    caption: 'Líneas de la frente, dos semanas después de una sesión de Botox® (ilustración).',
    beforeAlt: 'Ilustración: frente con líneas',
    afterAlt: 'Ilustración: la misma frente, lisa',
  },
  globals: { locale: 'es' },
};

export const Vertical: Story = {
  args: { orientation: 'vertical', aspectRatio: '1/1', beforePosition: '50% 30%', afterPosition: '50% 30%' },
};

export const SideBySide: Story = { args: { view: 'side-by-side' } };

export const Sensitive: Story = { args: { sensitive: true, caption: 'Abdomen, eight weeks after treatment (illustration).' } };

export const HoverAndHint: Story = { args: { hover: true, hint: true } };

export const NoLabelsNoCaption: Story = { args: { noLabels: true, noToggle: true, caption: undefined } };

export const SlottedPicture: Story = {
  render: () => html`<blush-before-after style="max-width: 26rem" after-offset="-1.5% 0" after-scale="1.04">
    <picture slot="before"><source type="image/svg+xml" srcset="${IMAGES}/forehead-before.svg" /><img src="${IMAGES}/forehead-before.svg" width="800" height="1000" alt="Illustration: forehead with lines" /></picture>
    <img slot="after" src="${IMAGES}/forehead-after.svg" width="480" height="600" alt="Illustration: smooth forehead" loading="lazy" />
    <span slot="caption">Slotted <code>&lt;picture&gt;</code> and <code>&lt;img&gt;</code> with <code>width</code>/<code>height</code>: the box is sized before anything loads.</span>
  </blush-before-after>${nothing}`,
};

// Every state above side by side; the docs page shows each once already.
export const AllStates: Story = {
  name: 'All states',
  tags: ['!autodocs'],
  ...allStates(
    meta,
    {
      Default,
      LongContent,
      ErrorState,
      RightToLeft,
      Dark,
      Spanish,
      Vertical,
      SideBySide,
      Sensitive,
      HoverAndHint,
      NoLabelsNoCaption,
      SlottedPicture,
    },
    { minWidth: '18rem' },
  ),
};
