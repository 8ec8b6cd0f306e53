/**
 * Messages every element shares. Each element keeps its own table beside it
 * (`src/faq/faq.messages.ts`), so a page with one element downloads only that element's words.
 */
export interface CommonMessages {
  loading: string;
  /** Content could not be loaded or read. */
  contentUnavailable: string;
  close: string;
  /** "{count} weeks"-style durations and other counts use `Intl.PluralRules` in the element's table. */
  resultsVary: string;
}
