/**
 * Whether the visitor asked for less motion (`prefers-reduced-motion`), read at the moment motion
 * would start, so a change of the setting counts from the next movement on. The one place script
 * asks; CSS follows the same media query in the styles.
 */
export const prefersReducedMotion = (): boolean => matchMedia('(prefers-reduced-motion: reduce)').matches;
