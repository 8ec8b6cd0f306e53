import { safeHttpUrl } from './safe-url.js';
import { quote } from './warn.js';

export type JsonSourceResult<T = unknown> = { ok: true; data: T; from: 'inline' | 'src' } | { ok: false; problem: string };

/**
 * Reads JSON content for an element: an inline `<script type="application/json">` child first
 * (no request, works under CSP), else the `src` URL. Never throws; on failure `problem` is the
 * sentence to put in the element's warning, naming what to fix.
 */
export async function readJsonSource<T = unknown>(
  host: Element,
  src: string | null | undefined,
  signal?: AbortSignal,
): Promise<JsonSourceResult<T> | null> {
  const script = host.querySelector(':scope > script[type="application/json"]');
  if (script) {
    try {
      return { ok: true, data: JSON.parse(script.textContent ?? '') as T, from: 'inline' };
    } catch (error) {
      return {
        ok: false,
        problem: `the inline <script type="application/json"> is not valid JSON (${(error as Error).message}); check quotes and commas`,
      };
    }
  }
  if (!src) return null;
  const url = safeHttpUrl(src);
  if (!url) return { ok: false, problem: `src=${quote(src)} is not an http(s) URL; give the address of a JSON file` };
  try {
    const response = await fetch(url, { signal, credentials: 'same-origin', headers: { Accept: 'application/json' } });
    if (!response.ok) return { ok: false, problem: `src=${quote(src)} could not be loaded (HTTP ${response.status}); check the URL` };
    const text = await response.text();
    try {
      return { ok: true, data: JSON.parse(text) as T, from: 'src' };
    } catch (error) {
      return { ok: false, problem: `src=${quote(src)} is not valid JSON (${(error as Error).message}); check the file` };
    }
  } catch (error) {
    if ((error as Error).name === 'AbortError') return null;
    return { ok: false, problem: `src=${quote(src)} could not be loaded (${(error as Error).message}); check the URL and CORS headers` };
  }
}
