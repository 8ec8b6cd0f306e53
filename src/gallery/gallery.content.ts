import { Chunk } from '../core/lazy.js';
import { ALIGNMENT, caseFromElement, casesFromJson, type GalleryCaseInput } from './gallery.model.js';

/** Only pages with a JSON source fetch its reader. */
const jsonReader = new Chunk(() => import('../core/json-source.js'), 'JSON reader');

/** The attributes of case children the gallery reads: a change to one reads the cases again. */
export const CASE_ATTRIBUTES = [
  'id',
  'treatment',
  'area',
  'sessions',
  'time-since',
  'photo-date',
  'unretouched',
  'illustration',
  'consent-expires',
  'before',
  'after',
  'before-alt',
  'after-alt',
  'caption',
  'sensitive',
  'aspect-ratio',
  'src',
  'alt',
  'slot',
  ...ALIGNMENT,
];

type Warn = (message: string) => void;

/** The gallery as its sources see it. */
interface CaseHost extends HTMLElement {
  cases?: GalleryCaseInput[];
  src?: string;
}

/**
 * The raw cases, from the first source there is: the `cases` property (at once), inline JSON or
 * `src` (fetched; `loading` is called first), else the `<blush-before-after>` children (at once).
 * `'error'` when the JSON cannot be read (warned), undefined when a newer read took over.
 */
export function readCaseInputs(
  host: CaseHost,
  signal: AbortSignal,
  warn: Warn,
  loading: () => void,
): GalleryCaseInput[] | Promise<GalleryCaseInput[] | 'error' | undefined> {
  if (host.cases) return host.cases;
  if (host.src || host.querySelector(':scope > script[type="application/json"]')) {
    loading();
    return jsonReader.load(host).then(async (reader) => {
      const result = reader && (await reader.readJsonSource(host, host.src, signal));
      if (signal.aborted || result === null) return undefined;
      const list = result?.ok ? casesFromJson(result.data) : null;
      if (!list && result)
        warn(result.ok ? 'the JSON is not a list of cases; give an array, or an object with a "cases" array.' : result.problem);
      return list ?? 'error';
    });
  }
  // The children are never shown (the grid has its own lazy thumbnails), but an eager <img> downloads anyway.
  const eager = host.querySelectorAll(':scope > blush-before-after img:not([loading=lazy])').length;
  if (eager) warn(`${eager} photo(s) in the case children load with the page, unseen; add loading="lazy" to each <img> in them.`);
  return [...host.querySelectorAll(':scope > blush-before-after')].map(caseFromElement);
}
