/**
 * WCAG 2 contrast, the one copy of the maths: the embed builder's accent check, the WordPress
 * settings page's colour warning (bundled into the plugin's build/settings.js) and the tests'
 * contrast checks use it. No element ships it. (The plugin's PHP repeats the formula for the check
 * made when the settings are saved, where no script runs.)
 */

/** A colour as its red, green and blue channels, 0–255. */
export type Channels = readonly [number, number, number];

/** The channels of `#rgb` or `#rrggbb` (the `#` optional); null for anything else. */
export function hexChannels(hex: string): Channels | null {
  const match = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(hex.trim());
  if (!match) return null;
  const digits = match[1].length === 3 ? match[1].replace(/./g, '$&$&') : match[1];
  return [0, 2, 4].map((start) => parseInt(digits.slice(start, start + 2), 16)) as unknown as Channels;
}

/** WCAG 2 relative luminance. */
export function relativeLuminance(channels: Channels): number {
  const [red, green, blue] = channels.map((channel) => {
    const value = channel / 255;
    return value <= 0.04045 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * red + 0.7152 * green + 0.0722 * blue;
}

/** The WCAG 2 contrast ratio of two opaque colours, 1 to 21. */
export function contrastRatio(first: Channels, second: Channels): number {
  const [lighter, darker] = [relativeLuminance(first), relativeLuminance(second)].sort((a, b) => b - a);
  return (lighter + 0.05) / (darker + 0.05);
}
