// A real HTTP endpoint on the test server for <blush-consult-form>, scripted per request:
//   POST /api/consult-test?run=<id>&script=drop,200&retry-after=1
// The nth attempt carrying one Idempotency-Key plays the nth step of `script` (the last step
// repeats): 200 | 422 (field errors as an object) | 400 (Formspree's array shape) | 500 | 503 |
// 429 (with Retry-After) | html500 (an HTML error page, as WordPress answers while its database
// is down) | hang (stored, never answered) | drop (stored, socket destroyed: the
// answer is lost). Stored submissions are kept once per key, as a careful back end would.
// Command `consult-endpoint-log` { run } returns { attempts, preflights, submissions } for that run
// (preflights: the Access-Control-Request-Headers of each CORS preflight).
import { createSubmissionStore, readBody, sendJson } from '../../scripts/consult-endpoint.mjs';

const PATH = '/api/consult-test';

export function consultEndpointPlugin() {
  const runs = new Map();
  const runOf = (id) => {
    if (!runs.has(id)) runs.set(id, { attempts: [], preflights: [], store: createSubmissionStore(), hanging: [] });
    return runs.get(id);
  };

  // Reached from another origin (the page's host is localhost, the endpoint's 127.0.0.1), it answers
  // CORS like a form service: `cors=no-key` lists every request header but Idempotency-Key.
  function allowCors(req, res, url) {
    if (!req.headers.origin) return;
    res.setHeader('Access-Control-Allow-Origin', req.headers.origin);
    const allowed = [
      'content-type',
      'accept',
      'authorization',
      'x-clinic',
      ...(url.searchParams.get('cors') === 'no-key' ? [] : ['idempotency-key']),
    ];
    res.setHeader('Access-Control-Allow-Headers', allowed.join(', '));
    res.setHeader('Access-Control-Allow-Methods', 'POST');
  }

  async function handle(req, res) {
    const url = new URL(req.url, 'http://localhost');
    allowCors(req, res, url);
    const run = runOf(url.searchParams.get('run') ?? 'default');
    if (req.method === 'OPTIONS') {
      run.preflights.push(String(req.headers['access-control-request-headers'] ?? ''));
      return void res.writeHead(204).end();
    }
    const { type, body } = await readBody(req);
    const headerKey = String(req.headers['idempotency-key'] ?? '');
    // A request that had to leave the header off still carries its key in the body.
    const key = headerKey || String(body?.meta?.idempotencyKey ?? body?.['meta.idempotencyKey'] ?? '');
    const steps = (url.searchParams.get('script') ?? '200').split(',');
    const index = run.attempts.filter((attempt) => attempt.key === key).length;
    const step = steps[Math.min(index, steps.length - 1)];
    run.attempts.push({
      key,
      headerKey,
      step,
      at: Date.now(),
      type,
      contentType: req.headers['content-type'],
      headers: { authorization: req.headers.authorization, 'x-clinic': req.headers['x-clinic'], accept: req.headers.accept },
    });
    switch (step) {
      case '200': {
        const isNew = run.store.record(key, body);
        return sendJson(res, 200, { ok: true, duplicate: !isNew });
      }
      case '422':
        return sendJson(res, 422, {
          errors: { email: 'This address cannot receive mail.', phone_number: 'This number is not in service.' },
        });
      case '400':
        return sendJson(res, 400, {
          errors: [{ field: 'email', message: 'Formspree says this email is invalid.' }, { message: 'Form-level problem.' }],
        });
      case '429':
        return sendJson(res, 429, { error: 'Too many requests' }, { 'Retry-After': url.searchParams.get('retry-after') ?? '1' });
      case 'html500':
        res.writeHead(500, { 'Content-Type': 'text/html; charset=utf-8' });
        return void res.end('<!DOCTYPE html><html><body><h1>Error establishing a database connection</h1></body></html>');
      case 'hang':
        run.store.record(key, body);
        run.hanging.push(res);
        return undefined;
      case 'drop':
        run.store.record(key, body);
        req.socket.destroy();
        return undefined;
      default:
        return sendJson(res, Number(step) || 500, { error: 'Server error' });
    }
  }

  return {
    name: 'blush-consult-endpoint',
    serverStart({ server }) {
      // The dev server's Koa app was composed before plugins start, so wrap its request listener:
      // our path gets raw Node req/res (needed to hang or destroy the socket), the rest goes on to Koa.
      const [koa] = server.listeners('request');
      server.removeListener('request', koa);
      server.on('request', (req, res) => {
        if ((req.method === 'POST' || req.method === 'OPTIONS') && req.url.startsWith(PATH)) {
          handle(req, res).catch(() => sendJson(res, 500, { error: 'test endpoint failed' }));
        } else {
          koa.call(server, req, res);
        }
      });
    },
    serverStop() {
      for (const run of runs.values()) for (const res of run.hanging) res.destroy();
    },
    executeCommand({ command, payload }) {
      if (command !== 'consult-endpoint-log') return undefined;
      const run = runOf(payload?.run ?? 'default');
      return { attempts: run.attempts, preflights: run.preflights, submissions: [...run.store.submissions.values()] };
    },
  };
}
