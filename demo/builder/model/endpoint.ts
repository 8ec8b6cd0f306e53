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

/** docs/leads.md's recipes, each with the endpoint addresses it fits (matched on the parsed URL). */
const RECIPES: [(url: URL) => boolean, string][] = [
  [(url) => /(^|\.)formspree\.io$/.test(url.hostname), 'Formspree'],
  [(url) => /(^|\.)(usebasin\.com|getform\.io)$/.test(url.hostname), 'Basin or Getform'],
  [(url) => /(^|\.)(hooks\.zapier\.com|make\.com|integromat\.com)$/.test(url.hostname), 'A Zapier or Make webhook'],
  [(url) => /^script\.google(usercontent)?\.com$/.test(url.hostname), 'A Google Sheet (Apps Script web app)'],
  [(url) => /(^|\.)netlify\.app$/.test(url.hostname), 'Netlify Forms'],
  // The plugin's own route, with pretty permalinks or without (docs/leads.md#wordpress-plugin).
  [
    (url) =>
      /\/wp-json\/blush-widgets\/v1\/leads\/?$/.test(url.pathname) ||
      /^\/blush-widgets\/v1\/leads\/?$/.test(url.searchParams.get('rest_route') ?? ''),
    'WordPress plugin',
  ],
];

export function recipeFor(url: string): string | undefined {
  try {
    const parsed = new URL(url);
    return RECIPES.find(([fits]) => fits(parsed))?.[1];
  } catch {
    return undefined;
  }
}

/**
 * A body the endpoint can recognise as a test and discard (`meta.test`), and that still passes a
 * strict endpoint's checks (the WordPress plugin's route requires names, an email and the privacy
 * consent), with a fresh idempotency key as the form sends.
 */
export function testBody(encoding: string): { body: string; type: string } {
  const key = globalThis.crypto?.randomUUID?.() ?? `builder-test-${Date.now()}-${Math.random().toString(36).slice(2)}`;
  const at = new Date().toISOString();
  const text = 'A test request from the Blush Widgets embed builder.';
  const fields = {
    firstName: 'Blush',
    lastName: 'Builder test',
    email: 'test@example.com',
    message: 'A test request from the Blush Widgets embed builder. You can delete it.',
  };
  if (encoding === 'form') {
    const form = new URLSearchParams(fields);
    form.append('consent.privacy.given', 'true');
    form.append('consent.privacy.text', text);
    form.append('consent.privacy.version', 'test');
    form.append('consent.privacy.at', at);
    form.append('meta.test', 'true');
    form.append('meta.source', 'blush-builder');
    form.append('meta.idempotencyKey', key);
    return { body: form.toString(), type: 'application/x-www-form-urlencoded' };
  }
  return {
    body: JSON.stringify({
      ...fields,
      consent: { privacy: { given: true, text, version: 'test', at } },
      meta: { test: true, source: 'blush-builder', idempotencyKey: key },
    }),
    type: 'application/json',
  };
}

export async function testEndpoint(
  action: string,
  encoding: string,
  { timeoutMs = 10_000, fetcher = fetch } = {},
): Promise<EndpointResult> {
  const url = safeHttpUrl(action);
  if (!url || !/^https?:\/\//i.test(action.trim())) {
    return { verdict: 'invalid', message: "Give the endpoint's full address (https://…) to test it." };
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
      return {
        verdict: 'accepted',
        status: response.status,
        recipe,
        message: `Accepted: the endpoint answered ${response.status} and allows requests from web pages (CORS). One test request was sent; you may see it in your inbox.`,
      };
    }
    return {
      verdict: 'refused',
      status: response.status,
      recipe,
      message: `Reached, but refused: the endpoint answered ${response.status}${response.statusText ? ` ${response.statusText}` : ''}. ${response.status === 404 ? 'Check the address.' : response.status >= 500 ? 'The service had a problem; try again later.' : "Check the form's settings at the service."}`,
    };
  } catch (error) {
    if ((error as Error).name === 'TimeoutError') {
      return {
        verdict: 'timeout',
        recipe,
        message: `No answer within ${timeoutMs / 1000} seconds. Check the address, or try again later.`,
      };
    }
    const hint = encoding === 'form' ? '' : ' Webhooks that do not answer a preflight need "encoding" set to form.';
    return {
      verdict: 'blocked',
      recipe,
      message: `Not usable from a web page: the browser could not send the request or was not allowed to read the answer (no CORS permission, or the address does not answer).${hint}`,
    };
  }
}
