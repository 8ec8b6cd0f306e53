// A small consultation endpoint for the demo server (`npm start`) and the browser tests.
// It reads JSON or form-encoded bodies, records each submission once per Idempotency-Key
// (a retry of a request whose answer was lost is acknowledged, not stored again), answers
// JSON in the shapes common form back ends use, and prints what it receives.

/** The largest body the local endpoints read (1 MB): a consultation request is a few kilobytes. */
export const MAX_BODY_BYTES = 1024 * 1024;

/**
 * Reads a request body: JSON, or form-encoded with repeated keys as lists. A body over
 * MAX_BODY_BYTES is not kept: it resolves `{ type: 'too-large' }` and the caller answers 413.
 */
export async function readBody(req) {
  const chunks = [];
  let size = 0;
  // Past the limit the rest is read and dropped, so memory stays flat and the 413 can still be sent.
  for await (const chunk of req) if ((size += chunk.length) <= MAX_BODY_BYTES) chunks.push(chunk);
  if (size > MAX_BODY_BYTES) return { type: 'too-large', body: null, text: '' };
  const text = Buffer.concat(chunks).toString('utf8');
  const type = String(req.headers['content-type'] ?? '');
  if (type.includes('application/x-www-form-urlencoded')) {
    const body = {};
    for (const [key, value] of new URLSearchParams(text)) {
      body[key] = key in body ? [body[key]].flat().concat(value) : value;
    }
    return { type: 'form', body, text };
  }
  try {
    return { type: 'json', body: JSON.parse(text), text };
  } catch {
    return { type: 'unknown', body: null, text };
  }
}

/** Submissions by Idempotency-Key: `record` stores a key's first body and says whether it was new. */
export function createSubmissionStore() {
  const submissions = new Map();
  return {
    submissions,
    record(key, body) {
      const id = key || `no-key-${submissions.size + 1}`;
      if (submissions.has(id)) return false;
      submissions.set(id, { key: id, body, at: new Date().toISOString() });
      return true;
    },
  };
}

export function sendJson(res, status, data, headers = {}) {
  res.writeHead(status, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store', ...headers });
  res.end(JSON.stringify(data));
}

/** The field checks a clinic's back end would make, answered as `{"errors":{"field":"message"}}`. */
export function validateConsult(body) {
  const errors = {};
  const value = (name) => String(body?.[name] ?? '').trim();
  if (!value('firstName')) errors.firstName = 'First name is required.';
  if (!value('lastName')) errors.lastName = 'Last name is required.';
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value('email'))) errors.email = 'Enter a valid email address.';
  return errors;
}

const demoStore = createSubmissionStore();

/**
 * The demo server's handler: true when it answered a POST to /api/consult.
 * Prints each submission (this is a local demo; a real clinic's endpoint must not log patient data).
 */
export function handleConsultRequest(req, res) {
  const url = new URL(req.url ?? '/', 'http://localhost');
  if (url.pathname !== '/api/consult' || req.method !== 'POST') return false;
  readBody(req).then(
    ({ type, body }) => {
      if (type === 'too-large') return sendJson(res, 413, { errors: [{ message: 'The request is too large.' }] });
      const key = String(req.headers['idempotency-key'] ?? '');
      const errors = validateConsult(body);
      if (Object.keys(errors).length) {
        console.log(`[consult] rejected (${type}) key=${key}:`, errors);
        return sendJson(res, 422, { errors });
      }
      const isNew = demoStore.record(key, body);
      console.log(`[consult] ${isNew ? 'received' : 'duplicate of'} ${key} (${type}):\n${JSON.stringify(body, null, 2)}`);
      sendJson(res, 200, { ok: true, duplicate: !isNew });
    },
    () => sendJson(res, 400, { errors: [{ message: 'Unreadable request body.' }] }),
  );
  return true;
}
