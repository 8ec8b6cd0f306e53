// Local stand-ins for the hosted back ends of docs/leads.md, each on an origin of its own so the
// browser applies CORS as it would to the real service. They reproduce what each service
// documents and what a page can observe: the CORS headers, the status codes, the error body's
// shape, the redirect. Used by test/e2e/leads.e2e.mjs and the bench; nothing here is shipped.
//
//   formspree  POST /f/:id            JSON or form; CORS allows Content-Type and Accept only; 200
//                                    {"ok":true,"next":…}; 422 {"error":…,"errors":[{field,code,message}]}
//                                    (an address at "bounces.example" plays an undeliverable email)
//   basin      POST /f/:id            JSON or form; 200 {"success":true}; CORS: Content-Type, Accept
//   getform    POST /f/:id            JSON or form; 200 {"success":true,"data":…}; CORS: Content-Type, Accept
//   zapier     POST /hooks/catch/…    any body; 200 {"status":"success",…}; no preflight support
//   make       POST /…                any body; 200 "Accepted" (text); no preflight support
//   appsScript POST /macros/s/:id/exec  form only (e.parameter); no preflight support; runs the
//                                    script, then 302 to another origin that serves its output
import http from 'node:http';
import { readBody, sendJson } from './consult-endpoint.mjs';

/** Starts an HTTP server on a free port of 127.0.0.1; resolves to its origin and a close(). */
function listen(handler) {
  return new Promise((resolve) => {
    const server = http.createServer((req, res) => handler(req, res).catch(() => sendJson(res, 500, { error: 'stand-in failed' })));
    server.listen(0, '127.0.0.1', () =>
      resolve({ origin: `http://127.0.0.1:${server.address().port}`, close: () => new Promise((done) => server.close(done)) }),
    );
  });
}

/** CORS as form services send it: any origin, only the headers they name. */
function corsFor(allowHeaders) {
  return (req, res) => {
    res.setHeader('Access-Control-Allow-Origin', req.headers.origin ?? '*');
    res.setHeader('Vary', 'Origin');
    if (req.method === 'OPTIONS') {
      res
        .writeHead(204, {
          'Access-Control-Allow-Methods': 'POST',
          'Access-Control-Allow-Headers': allowHeaders,
          'Access-Control-Max-Age': '0',
        })
        .end();
      return true;
    }
    return false;
  };
}

/** Services that never answer a preflight (webhooks, Apps Script): OPTIONS is refused outright. */
function refusePreflight(req, res) {
  if (req.method !== 'OPTIONS') return false;
  res.writeHead(405, { Allow: 'GET, POST' }).end();
  return true;
}

const keyOf = (body) => String(body?.meta?.idempotencyKey ?? body?.['meta.idempotencyKey'] ?? '');

/**
 * Starts every stand-in. `log` lists each request as the service saw it (service, method, path,
 * content type, the Idempotency-Key header, the key in the body, the body); `rows` is what the
 * Apps Script appended to its sheet (once per key, as the recipe's script does).
 */
export async function startLeadServices() {
  const log = [];
  const rows = [];
  const note = (service, req, parsed) =>
    log.push({
      service,
      method: req.method,
      path: req.url,
      contentType: req.headers['content-type'] ?? '',
      headerKey: String(req.headers['idempotency-key'] ?? ''),
      key: keyOf(parsed?.body),
      body: parsed?.body ?? null,
      requestHeaders: String(req.headers['access-control-request-headers'] ?? ''),
    });

  const formService = (service, ok) => {
    const cors = corsFor('Content-Type, Accept');
    return async (req, res) => {
      if (cors(req, res)) return note(service, req);
      const parsed = await readBody(req);
      note(service, req, parsed);
      if (req.method !== 'POST' || parsed.type === 'unknown') return sendJson(res, 400, { error: 'Unsupported body' });
      return ok(parsed.body, res);
    };
  };

  const formspree = await listen(
    formService('formspree', (body, res) =>
      String(body.email ?? '').endsWith('@bounces.example')
        ? sendJson(res, 422, {
            error: 'Validation errors',
            errors: [{ code: 'TYPE_EMAIL', field: 'email', message: 'should be an email' }],
          })
        : sendJson(res, 200, { next: 'https://formspree.io/thanks?language=en', ok: true }),
    ),
  );
  const basin = await listen(formService('basin', (_body, res) => sendJson(res, 200, { success: true })));
  const getform = await listen(formService('getform', (body, res) => sendJson(res, 200, { success: true, data: body })));

  const webhook = (service, answer) => async (req, res) => {
    if (refusePreflight(req, res)) return note(service, req);
    const parsed = await readBody(req);
    note(service, req, parsed);
    res.setHeader('Access-Control-Allow-Origin', '*');
    return answer(res);
  };
  const zapier = await listen(
    webhook('zapier', (res) => sendJson(res, 200, { attempt: 'a1', id: 'e1', request_id: 'r1', status: 'success' })),
  );
  const make = await listen(webhook('make', (res) => res.writeHead(200, { 'Content-Type': 'text/plain' }).end('Accepted')));

  // Apps Script: the web app runs doPost on the POST, then sends the browser to another origin
  // (script.googleusercontent.com) for the output; both answers carry `Access-Control-Allow-Origin: *`.
  const outputs = new Map();
  const content = await listen(async (req, res) => {
    note('apps-script-output', req);
    const id = new URL(req.url, 'http://x').searchParams.get('user_content_key');
    if (req.method !== 'GET' || !outputs.has(id)) return sendJson(res, 404, { error: 'Not found' });
    return sendJson(res, 200, outputs.get(id), { 'Access-Control-Allow-Origin': '*' });
  });
  const appsScript = await listen(async (req, res) => {
    if (refusePreflight(req, res)) return note('apps-script', req);
    const parsed = await readBody(req);
    note('apps-script', req, parsed);
    // e.parameter only holds form fields: a JSON body reaches doPost as raw text the recipe ignores.
    if (parsed.type !== 'form')
      return sendJson(res, 200, { ok: false, error: 'Send encoding="form"' }, { 'Access-Control-Allow-Origin': '*' });
    const key = keyOf(parsed.body);
    if (!rows.some((row) => row.key === key)) rows.push({ key, ...parsed.body });
    const id = `k${outputs.size + 1}`;
    outputs.set(id, { ok: true });
    res
      .writeHead(302, { Location: `${content.origin}/macros/echo?user_content_key=${id}&lib=x`, 'Access-Control-Allow-Origin': '*' })
      .end();
  });

  const services = { formspree, basin, getform, zapier, make, appsScript, content };
  return {
    log,
    rows,
    /** The stand-in for each real host a recipe names. */
    hosts: {
      'https://formspree.io': formspree.origin,
      'https://usebasin.com': basin.origin,
      'https://getform.io': getform.origin,
      'https://hooks.zapier.com': zapier.origin,
      'https://hook.us1.make.com': make.origin,
      'https://script.google.com': appsScript.origin,
    },
    close: () => Promise.all(Object.values(services).map((service) => service.close())),
  };
}

/** The consultation-form recipes of docs/leads.md: each ```html block that starts `<!-- recipe: name -->`. */
export function readRecipes(markdown) {
  const recipes = {};
  for (const [, name, html] of markdown.matchAll(/```html\n<!-- recipe: ([\w-]+) -->\n([\s\S]*?)```/g)) recipes[name] = html.trim();
  return recipes;
}
