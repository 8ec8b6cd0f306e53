// WCAG 2.2 contrast of the accent where the widgets use it: as link and outline colour on the
// page, and as the background of button text (--blush-accent-contrast: white on light pages,
// deep plum on dark ones, as core/styles/tokens.styles.ts sets them).
import { contrastRatio, hexChannels } from '../../../src/core/contrast.js';

export const PAGE_BACKGROUND = { light: '#ffffff', dark: '#161215' } as const;
export const BUTTON_TEXT = { light: '#ffffff', dark: '#2a1219' } as const;
export const DEFAULT_ACCENT = { light: '#9b4a63', dark: '#e8a5b8' } as const;
/** WCAG AA for normal text (1.4.3). */
export const AA_TEXT = 4.5;

/** The contrast of two `#rrggbb` colours (an unreadable one counts as black). */
function ratio(a: string, b: string): number {
  return contrastRatio(hexChannels(a) ?? [0, 0, 0], hexChannels(b) ?? [0, 0, 0]);
}

export interface ContrastRow {
  scheme: 'light' | 'dark';
  onPage: number;
  buttonText: number;
}

/** The four ratios for an accent (or the defaults when it is ''). */
export function accentContrast(accent: string): ContrastRow[] {
  return (['light', 'dark'] as const).map((scheme) => {
    const colour = accent || DEFAULT_ACCENT[scheme];
    return { scheme, onPage: ratio(colour, PAGE_BACKGROUND[scheme]), buttonText: ratio(colour, BUTTON_TEXT[scheme]) };
  });
}

export const formatRatio = (ratio: number) => `${(Math.floor(ratio * 10) / 10).toFixed(1)}:1`;
