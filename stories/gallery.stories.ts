import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/gallery/index.js';
import type { BlushGallery } from '../src/gallery/gallery.js';
import { allStates } from './all-states.js';
import { elementDocs } from './docs.js';

/** The demo's generated illustrations (no patient photographs); served from demo/images. */
interface StoryCase {
  id: string;
  treatment: string;
  area: string;
  sessions: number;
  timeSince: string;
  photoDate: string;
  consentExpires?: string;
  sensitive?: boolean;
  caption?: string;
}

const CASES: StoryCase[] = [
  { id: 'forehead-1', treatment: 'botox', area: 'Forehead lines', sessions: 1, timeSince: '2 weeks', photoDate: '2026-03-04' },
  { id: 'frown-1', treatment: 'botox', area: 'Frown lines', sessions: 1, timeSince: '3 weeks', photoDate: '2026-05-12' },
  { id: 'crows-1', treatment: 'botox', area: 'Crow’s feet', sessions: 2, timeSince: '1 month', photoDate: '2026-06-20' },
  { id: 'forehead-2', treatment: 'botox', area: 'Forehead lines', sessions: 1, timeSince: '2 weeks', photoDate: '2026-08-02' },
  { id: 'frown-2', treatment: 'dysport', area: 'Frown lines', sessions: 1, timeSince: '2 weeks', photoDate: '2026-07-15' },
  { id: 'lips-1', treatment: 'filler-lips', area: 'Lips', sessions: 1, timeSince: '1 week', photoDate: '2026-09-09' },
];

interface GalleryArgs {
  cases: StoryCase[];
  treatment: string;
  disclaimer: string;
  src: string;
  aspectRatio: string;
  theme?: 'light' | 'dark';
  slottedDisclaimer: boolean;
}

const image = (id: string, side: 'before' | 'after') => `./images/gallery/${id}-${side}.svg`;

const meta: Meta<GalleryArgs> = {
  title: 'Elements/Gallery',
  component: 'blush-gallery',
  parameters: elementDocs('blush-gallery', 'Elements/Gallery'),
  args: { cases: CASES, treatment: '', disclaimer: '', src: '', aspectRatio: '', slottedDisclaimer: false },
  argTypes: {
    treatment: { control: 'select', options: ['', 'botox', 'dysport', 'filler-lips'] },
    theme: { control: 'inline-radio', options: [undefined, 'light', 'dark'] },
  },
  render: (args) => html`<blush-gallery
    url-param=""
    treatment=${args.treatment || nothing}
    disclaimer=${args.disclaimer || nothing}
    src=${args.src || nothing}
    aspect-ratio=${args.aspectRatio || nothing}
    theme=${ifDefined(args.theme)}
  >
    ${
      args.slottedDisclaimer
        ? html`<p slot="disclaimer">Results differ from person to person. Every photo is shared with the patient’s written consent and shown unretouched. <a href="#photo-policy">Our photo policy</a></p>`
        : nothing
    }
    ${args.cases.map(
      (item) => html`<blush-before-after
        id=${item.id}
        treatment=${item.treatment}
        area=${item.area}
        sessions=${item.sessions}
        time-since=${item.timeSince}
        photo-date=${item.photoDate}
        consent-expires=${item.consentExpires ?? '2030-12-31'}
        caption=${item.caption || nothing}
        ?sensitive=${item.sensitive}
        illustration
        before=${image(item.id, 'before')}
        after=${image(item.id, 'after')}
        before-alt=${`Illustration: ${item.area.toLowerCase()} before treatment`}
        after-alt=${`Illustration: ${item.area.toLowerCase()} after treatment, lines softened`}
      ></blush-before-after>`,
    )}
  </blush-gallery>`,
};
export default meta;
type Story = StoryObj<GalleryArgs>;

const openFirst = async ({ canvasElement }: { canvasElement: HTMLElement }) => {
  const gallery = canvasElement.querySelector<BlushGallery>('blush-gallery')!;
  await gallery.updateComplete;
  await gallery.open(CASES[1].id);
};

/** Six illustrated cases, each marked "Illustration", with filter chips, advertising details and the notice that they are not photos of patients. */
export const Default: Story = {};

/** Filtered to Botox®, as from a shared link (`?gallery=botox`). */
export const Filtered: Story = { args: { treatment: 'botox' } };

/** The enlarged view: the full comparison slider with previous/next, arrow keys, swipe and Escape. */
export const Enlarged: Story = { play: openFirst };

/** 300 cases: only thumbnails near the viewport load; filtering toggles `hidden` instantly. */
export const ManyCases: Story = {
  render: () => {
    const cases = Array.from({ length: 300 }, (_, index) => {
      const item = CASES[index % CASES.length];
      return {
        ...item,
        id: `case-${index + 1}`,
        before: image(item.id, 'before'),
        after: image(item.id, 'after'),
        beforeAlt: `Illustration: ${item.area.toLowerCase()} before treatment`,
        afterAlt: `Illustration: ${item.area.toLowerCase()} after treatment`,
        illustration: true,
      };
    });
    return html`<blush-gallery url-param="" .cases=${cases}></blush-gallery>`;
  },
};

/** Two cases are past their consent date: they are not shown, and the console has one warning. */
export const ConsentExpired: Story = {
  args: { cases: CASES.map((item, index) => (index < 2 ? { ...item, consentExpires: '2025-01-31' } : item)) },
};

/** The clinic's own wording, with a link, in the `disclaimer` slot. */
export const CustomDisclaimer: Story = { args: { slottedDisclaimer: true } };

/** A blank `disclaimer` is never silently lost: the default notice shows, with a warning. */
export const BlankDisclaimer: Story = { args: { disclaimer: ' ' } };

/** A body-area case is blurred in the grid and behind "Show photos" in the enlarged view. */
export const Sensitive: Story = { args: { cases: CASES.map((item, index) => (index === 0 ? { ...item, sensitive: true } : item)) } };

/** The JSON file could not be loaded: a calm message, and one warning naming `src`. */
export const ErrorState: Story = { args: { cases: [], src: './images/gallery/missing.json' } };

/** Captions instead of treatment/area titles, and long details. */
export const LongContent: Story = {
  args: {
    cases: CASES.map((item) => ({
      ...item,
      caption: `${item.area}: a conservative dose, reviewed at the two-week follow-up with a small top-up where needed`,
      timeSince: '12 weeks',
      sessions: 3,
    })),
  },
};

export const Spanish: Story = { globals: { locale: 'es' } };

/** Persian, right to left (the cases' own words stay as the clinic wrote them). */
export const RightToLeft: Story = { globals: { locale: 'fa', direction: 'rtl' } };

export const Dark: Story = { args: { theme: 'dark' }, globals: { theme: 'dark' } };

/** Square thumbnails and enlarged view. */
export const SquareFrames: Story = { args: { aspectRatio: '1' } };

// Every state above side by side; the docs page shows each once already.
export const AllStates: Story = {
  name: 'All states',
  tags: ['!autodocs'],
  ...allStates(
    meta,
    {
      Default,
      Filtered,
      ConsentExpired,
      CustomDisclaimer,
      BlankDisclaimer,
      Sensitive,
      ErrorState,
      LongContent,
      Spanish,
      RightToLeft,
      Dark,
      SquareFrames,
    },
    { minWidth: '36rem', elsewhere: '“Enlarged” (a modal dialog covers the page) and “Many cases” (300 cases)' },
  ),
};
