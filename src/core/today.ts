const pad = (value: number, width = 2) => String(value).padStart(width, '0');

/**
 * "Today" in every element: the visitor's calendar date, in their device's time zone, as
 * `YYYY-MM-DD`, read from the clock when called. The next-due window is counted from it, and a
 * gallery case whose consent has ended by it is not shown. (Its own small module: the gallery
 * needs it without the rest of dates.ts.)
 */
export const visitorToday = (now = new Date()): string => `${pad(now.getFullYear(), 4)}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
