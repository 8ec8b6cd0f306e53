import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/index.js';

interface ThemeArgs {
  accent: string;
  radius: string;
  font: string;
  surface: string;
  border: string;
}

/**
 * The shared tokens theme every element at once. Change a control and watch all widgets follow:
 * a clinic sets the same properties on `:root` or on a wrapper in its own stylesheet.
 */
const meta: Meta<ThemeArgs> = {
  title: 'Foundations/Theme tokens',
  argTypes: {
    accent: { control: 'color', description: '`--blush-accent`: buttons, focus ring, handles, links' },
    radius: { control: 'text', description: '`--blush-radius`: corner rounding' },
    font: { control: 'text', description: '`--blush-font`: font family (inherits from the page when unset)' },
    surface: { control: 'color', description: '`--blush-surface`: soft panels' },
    border: { control: 'color', description: '`--blush-border`: fine lines' },
  },
  args: { accent: '#9b4a63', radius: '0.75rem', font: 'Georgia, serif', surface: '#f6eef0', border: '#e4d6da' },
  // Storybook pages have no strict CSP, so a style attribute is the simplest live binding here.
  render: ({ accent, radius, font, surface, border }) => html`<div
    style="display:grid;gap:2rem;max-width:48rem;--blush-accent:${accent};--blush-radius:${radius};--blush-font:${font};--blush-surface:${surface};--blush-border:${border}"
  >
    <blush-faq pack="botox"></blush-faq>
    <blush-next-due treatment="botox" last-date="2026-09-01" today="2026-11-25"></blush-next-due>
    <blush-consult-form></blush-consult-form>
  </div>`,
};
export default meta;

export const LiveTokens: StoryObj<ThemeArgs> = {};

// A widget's own `theme` wins over the page's colours: it brings its background and text.
const themedWidgets = (theme: 'light' | 'dark') => html`<div style="display:grid;gap:2rem;max-width:48rem">
  <blush-faq pack="botox" theme=${theme}></blush-faq>
  <blush-before-after
    theme=${theme}
    style="max-width:22rem"
    before="./images/before-after/forehead-before.svg"
    after="./images/before-after/forehead-after.svg"
    before-alt="Illustration: forehead with lines"
    after-alt="Illustration: the same forehead, smooth"
    caption="Forehead lines, two weeks after treatment (illustration)."
  ></blush-before-after>
  <blush-next-due treatment="botox" last-date="2026-09-01" today="2026-11-25" theme=${theme}></blush-next-due>
  <blush-consult-form theme=${theme}></blush-consult-form>
</div>`;

/** `theme="dark"` widgets on a light page stay readable. */
export const DarkWidgetsOnALightPage: StoryObj<ThemeArgs> = { render: () => themedWidgets('dark'), globals: { theme: 'light' } };

/** `theme="light"` widgets on a dark page stay readable. */
export const LightWidgetsOnADarkPage: StoryObj<ThemeArgs> = { render: () => themedWidgets('light'), globals: { theme: 'dark' } };
