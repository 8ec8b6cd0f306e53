import type { ConsultPayload } from './consult-form.model.js';
import { backoffMs, retryAfterMs, toFormBody } from './consult-form.rules.js';

export interface DeliveryRequest {
  url: string;
  body: string | URLSearchParams;
  headers: Record<string, string>;
  /** Per attempt, headers and body included. */
  timeoutMs: number;
  /** Further attempts after the first, at most (Infinity: as many as fit in `retryForMs`). */
  retries: number;
  /** Retrying goes on until at least this long after the first attempt. */
  retryForMs: number;
  /** First backoff step; doubles each retry. */
  retryDelayMs: number;
  /** Ceiling for any wait; a `Retry-After` asking for longer ends the retrying. */
  maxRetryDelayMs: number;
  /** Called before each wait for a further attempt. */
  onRetry?: () => void;
  /** The endpoint is on another origin, so the browser asks its permission (CORS). */
  crossOrigin: boolean;
}

export type DeliveryFailure = 'network' | 'timeout' | 'server' | 'rejected' | 'offline';

export type DeliveryOutcome =
  /** `withoutKeyHeader`: it only got through once the `Idempotency-Key` header was left off (the key stays in the body). */
  | { ok: true; status: number; attempts: number; body: unknown; withoutKeyHeader?: boolean }
  /** `retryAfterMs`: the server asked for a longer wait than the form waits (`Retry-After`). */
  | { ok: false; reason: DeliveryFailure; status?: number; attempts: number; body?: unknown; retryAfterMs?: number };

/**
 * One submission as a request: JSON or form-encoded, the page's headers, and our own on top. The
 * idempotency key always travels in the body as `meta.idempotencyKey`, which form services and
 * webhooks store with the rest. The `Idempotency-Key` header goes only where it is known to be
 * welcome: the page's own origin, or another origin the clinic vouches for (`keyHeader`). Hosted
 * form services allow `Content-Type` and `Accept` in CORS and nothing else, so a header they did
 * not ask for would cost a refused preflight; and form-encoded without custom headers is a CORS
 * "simple request" with no preflight at all, as Apps Script-style back ends need.
 */
export function requestFor(
  url: string,
  payload: ConsultPayload,
  options: {
    form: boolean;
    headers: Record<string, string>;
    key: string;
    keyHeader: boolean;
    timeout: number;
    retries?: number;
    retryFor: number;
    retryDelay: number;
    maxRetryDelay: number;
    onRetry?: () => void;
  },
): DeliveryRequest {
  const keyed = { ...payload, meta: { ...payload.meta, idempotencyKey: options.key } };
  const crossOrigin = new URL(url, location.href).origin !== location.origin;
  return {
    url,
    body: options.form ? toFormBody(keyed) : JSON.stringify(keyed),
    headers: {
      ...options.headers,
      Accept: 'application/json',
      'Content-Type': options.form ? 'application/x-www-form-urlencoded' : 'application/json',
      ...(crossOrigin && !options.keyHeader ? {} : { 'Idempotency-Key': options.key }),
    },
    timeoutMs: options.timeout,
    retries: Math.max(0, options.retries ?? Infinity),
    retryForMs: Math.max(0, options.retryFor) * 1000,
    retryDelayMs: options.retryDelay,
    maxRetryDelayMs: options.maxRetryDelay,
    onRetry: options.onRetry,
    crossOrigin,
  };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function readBody(response: Response): Promise<unknown> {
  const text = await response.text();
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

/**
 * Sends one submission until it lands or clearly cannot. Network errors, timeouts, 5xx (JSON or a
 * server's HTML error page) and 429 are retried with backoff for at least `retryForMs`, long
 * enough to outlast a database or server restart (the caller keeps the `Idempotency-Key` header
 * the same, so a server that saw an earlier attempt answers without recording twice); any other
 * 4xx is final. A `Retry-After` is honoured: waited for, or, when it asks for longer than
 * `maxRetryDelayMs`, the end of retrying (a visitor cannot be kept waiting that long).
 * A cross-origin endpoint the clinic opted into the `Idempotency-Key` header for, whose CORS
 * preflight does not allow it after all, fails like the network: only when every attempt failed
 * that way is one more made without the header (the key still in the body), so a lost answer is
 * always retried with the header.
 * Never throws.
 */
export async function deliver(request: DeliveryRequest): Promise<DeliveryOutcome> {
  let { headers } = request;
  let answered = false;
  const started = Date.now();
  for (let attempt = 1; ; attempt++) {
    if (!navigator.onLine) return { ok: false, reason: 'offline', attempts: attempt - 1 };
    const timeout = new AbortController();
    const timer = setTimeout(() => timeout.abort(), request.timeoutMs);
    let outcome: DeliveryOutcome;
    let wait: number | null = null;
    try {
      const response = await fetch(request.url, {
        method: 'POST',
        headers,
        body: request.body,
        signal: timeout.signal,
        credentials: 'same-origin',
      });
      answered = true;
      const body = await readBody(response);
      const { status } = response;
      if (response.ok) return { ok: true, status, attempts: attempt, body, withoutKeyHeader: headers !== request.headers };
      const retryable = status === 429 || status >= 500;
      outcome = { ok: false, reason: retryable ? 'server' : 'rejected', status, attempts: attempt, body };
      if (!retryable) return outcome;
      wait = retryAfterMs(response.headers.get('Retry-After'));
    } catch {
      outcome = { ok: false, reason: timeout.signal.aborted ? 'timeout' : navigator.onLine ? 'network' : 'offline', attempts: attempt };
      if (outcome.reason === 'offline') return outcome;
    } finally {
      clearTimeout(timer);
    }
    if (wait !== null && wait > request.maxRetryDelayMs) return { ...outcome, retryAfterMs: wait };
    if (attempt > request.retries || Date.now() - started >= request.retryForMs) {
      if (answered || outcome.reason !== 'network' || !request.crossOrigin || !('Idempotency-Key' in headers)) return outcome;
      const { 'Idempotency-Key': _key, ...rest } = request.headers;
      headers = rest;
      continue;
    }
    request.onRetry?.();
    await sleep(wait ?? backoffMs(attempt - 1, request.retryDelayMs, request.maxRetryDelayMs));
  }
}
