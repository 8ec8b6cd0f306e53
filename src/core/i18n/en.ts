import type { CommonMessages } from './messages.js';

export const en: CommonMessages = {
  loading: 'Loading…',
  contentUnavailable: 'This content could not be loaded. Please refresh the page or contact the clinic.',
  close: 'Close',
  resultsVary: 'Individual results vary. Photos show real outcomes for individual patients and are not a guarantee.',
};
