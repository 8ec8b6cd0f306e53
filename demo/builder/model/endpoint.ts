// "Test endpoint": one request from this page to the clinic's form endpoint, sent the way the
// consult form sends (same body format and Accept header), and a plain answer about the result.
import { safeHttpUrl } from './urls.js';

export type EndpointVerdict = 'accepted' | 'refused' | 'blocked' | 'timeout' | 'invalid';

export interface EndpointResult {
  verdict: EndpointVerdict;
  status?: number;
  message: string;
  /** The docs/leads.md recipe that fits this endpoint's host, when one does. */
  recipe?: string;
}

const RECIPES: [RegExp, string][] = [
  [/(^|\.)formspree\.io$/, 'Formspree'],
  [/(^|\.)(usebasin\.com|getform\.io)$/, 'Basin or Getform'],
  [/(^|\.)(hooks\.zapier\.com|make\.com|integromat\.com)$/, 'A Zapier or Make webhook'],
  [/^script\.google(usercontent)?\.com$/, 'A Google Sheet (Apps Script web app)'],
  [/(^|\.)netlify\.app$/, 'Netlify Forms'],
];

export function recipeFor(url: string): string | undefined {
  try {
    const host = new URL(url).hostname;
    return RECIPES.find(([pattern]) => pattern.test(host))?.[1];
  } catch {
    return undefined;
  }
}

/** A body the endpoint can recognise as a test and discard. */
function testBody(encoding: string): { body: string; type: string } {
  const fields = {
    name: 'Blush builder test',
    email: 'test@example.com',
    message: 'A test request from the Blush Widgets embed builder. You can delete it.',
    'meta.test': 'true',
  };
  if (encoding === 'form') return { body: new URLSearchParams(fields).toString(), type: 'application/x-www-form-urlencoded' };
  const { 'meta.test': _test, ...rest } = fields;
  return { body: JSON.stringify({ ...rest, meta: { test: true, source: 'blush-builder' } }), type: 'application/json' };
}

export async function testEndpoint(action: string, encoding: string, { timeoutMs = 10_000, fetcher = fetch } = {}): Promise<EndpointResult> {
  const url = safeHttpUrl(action);
  if (!url || !/^https?:\/\//i.test(action.trim())) {
    return { verdict: 'invalid', message: 'Give the endpoint\'s full address (https://…) to test it.' };
  }
  const recipe = recipeFor(url);
  const { body, type } = testBody(encoding);
  try {
    const response = await fetcher(url, {
      method: 'POST',
      headers: { 'Content-Type': type, Accept: 'application/json' },
      body,
      mode: 'cors',
      credentials: 'omit',
      signal: AbortSignal.timeout(timeoutMs),
    });
    if (response.ok) {
      return { verdict: 'accepted', status: response.status, recipe, message: `Accepted: the endpoint answered ${response.status} and allows requests from web pages (CORS). One test request was sent; you may see it in your inbox.` };
    }
    return {
      verdict: 'refused',
      status: response.status,
      recipe,
      message: `Reached, but refused: the endpoint answered ${response.status}${response.statusText ? ` ${response.statusText}` : ''}. ${response.status === 404 ? 'Check the address.' : response.status >= 500 ? 'The service had a problem; try again later.' : 'Check the form\'s settings at the service.'}`,
    };
  } catch (error) {
    if ((error as Error).name === 'TimeoutError') {
      return { verdict: 'timeout', recipe, message: `No answer within ${timeoutMs / 1000} seconds. Check the address, or try again later.` };
    }
    const hint = encoding === 'form' ? '' : ' Webhooks that do not answer a preflight need "encoding" set to form.';
    return {
      verdict: 'blocked',
      recipe,
      message: `Not usable from a web page: the browser could not send the request or was not allowed to read the answer (no CORS permission, or the address does not answer).${hint}`,
    };
  }
}
