// WCAG 2.2 contrast of the accent where the widgets use it: as link and outline colour on the
// page, and as the background of button text (--blush-accent-contrast: white on light pages,
// deep plum on dark ones, as core/styles/tokens.styles.ts sets them).
export const PAGE_BACKGROUND = { light: '#ffffff', dark: '#161215' } as const;
export const BUTTON_TEXT = { light: '#ffffff', dark: '#2a1219' } as const;
export const DEFAULT_ACCENT = { light: '#9b4a63', dark: '#e8a5b8' } as const;
/** WCAG AA for normal text (1.4.3). */
export const AA_TEXT = 4.5;

function channel(value: number): number {
  const srgb = value / 255;
  return srgb <= 0.04045 ? srgb / 12.92 : ((srgb + 0.055) / 1.055) ** 2.4;
}

export function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((start) => parseInt(hex.slice(start, start + 2), 16));
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

export function contrastRatio(a: string, b: string): number {
  const [high, low] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (high + 0.05) / (low + 0.05);
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
    return { scheme, onPage: contrastRatio(colour, PAGE_BACKGROUND[scheme]), buttonText: contrastRatio(colour, BUTTON_TEXT[scheme]) };
  });
}

export const formatRatio = (ratio: number) => `${(Math.floor(ratio * 10) / 10).toFixed(1)}:1`;
