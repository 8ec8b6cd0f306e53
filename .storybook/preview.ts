import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';
import { html } from 'lit';
import { withActions } from 'storybook/actions/decorator';
import manifest from '../custom-elements.json';
import { controlsInWords } from '../stories/controls-in-words.js';

// Autodocs tables (attributes, properties, events, slots, parts, CSS properties) come from the
// manifest the analyzer writes from our JSDoc (`npm run analyze`).
setCustomElementsManifest(manifest);

// Every event the elements declare (`@fires`), shown in the Actions panel as it happens.
const EVENTS = [
  ...new Set(
    manifest.modules
      .flatMap((module) => (module as { declarations?: { events?: { name?: string }[] }[] }).declarations ?? [])
      .flatMap((declaration) => declaration.events ?? [])
      .map((event) => event.name)
      .filter((name): name is string => !!name),
  ),
];

const preview: Preview = {
  tags: ['autodocs'],
  globalTypes: {
    locale: {
      description: 'Language of the widgets',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        items: [
          { value: 'en', title: 'English' },
          { value: 'es', title: 'Español' },
          { value: 'fr', title: 'Français' },
          { value: 'fa', title: 'فارسی' },
        ],
        dynamicTitle: true,
      },
    },
    direction: {
      description: 'Text direction',
      toolbar: {
        title: 'Direction',
        icon: 'transfer',
        items: [
          { value: 'ltr', title: 'Left to right' },
          { value: 'rtl', title: 'Right to left' },
        ],
        dynamicTitle: true,
      },
    },
    theme: {
      description: 'Page colour scheme',
      toolbar: {
        title: 'Theme',
        icon: 'mirror',
        items: [
          { value: 'light', title: 'Light page' },
          { value: 'dark', title: 'Dark page' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: 'en', direction: 'ltr', theme: 'light' },
  decorators: [
    withActions,
    (story, context) => {
      // A story in another language, direction or theme sets them as its own `globals`, so the
      // toolbar shows what the story shows (and Storybook keeps it there for that story).
      const { locale, direction, theme } = context.globals as Record<string, string>;
      return html`<div class="blush-story blush-story--${theme}" lang=${locale} dir=${direction}>${story()}</div>`;
    },
  ],
  // Not settings: the word tables every element carries (static) and the slider's own render
  // state. Left out of the Controls table, which lists what a designer can change.
  argTypes: Object.fromEntries(['translations', 'revealed', 'failed'].map((name) => [name, { table: { disable: true } }])),
  // The Controls table names each setting in the words a clinic reads (stories/controls-in-words.ts).
  argTypesEnhancers: [controlsInWords],
  parameters: {
    controls: { expanded: true },
    actions: { handles: EVENTS },
    a11y: { test: 'error' },
    layout: 'fullscreen',
  },
};

export default preview;
