/**
 * A US (NANP) number as `+1XXXXXXXXXX`, or another country's number given with `+` as E.164.
 * Null when it cannot be a real number. No library: NANP rules are short enough to state here.
 */
export function normalizePhone(input: string): string | null {
  const trimmed = input.trim();
  let digits = trimmed.replace(/\D/g, '');
  if (trimmed.startsWith('+') && !trimmed.startsWith('+1')) {
    return digits.length >= 8 && digits.length <= 15 ? `+${digits}` : null;
  }
  if (digits.length === 11 && digits.startsWith('1')) digits = digits.slice(1);
  // Area code and exchange never start with 0 or 1; N11 area codes are service codes.
  if (!/^[2-9]\d{2}[2-9]\d{6}$/.test(digits) || /^[2-9]11/.test(digits)) return null;
  return `+1${digits}`;
}

/** `+13105550142` → `(310) 555-0142`; other countries stay as typed in E.164. */
export function formatPhone(e164: string): string {
  const match = /^\+1(\d{3})(\d{3})(\d{4})$/.exec(e164);
  return match ? `(${match[1]}) ${match[2]}-${match[3]}` : e164;
}

export function isEmail(value: string): boolean {
  return /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/.test(value.trim());
}

/** `{a:{b:1}, c:[x,y]}` → `a.b=1&c=x&c=y`: what PHP, Formspree and webhook tools read from a form post. */
export function toFormBody(payload: object): URLSearchParams {
  const body = new URLSearchParams();
  const add = (key: string, value: unknown): void => {
    if (value == null) return;
    if (Array.isArray(value)) for (const item of value) add(key, item);
    else if (typeof value === 'object') for (const [name, inner] of Object.entries(value)) add(key ? `${key}.${name}` : name, inner);
    else body.append(key, String(value));
  };
  add('', payload);
  return body;
}

/**
 * Field errors from an endpoint's answer, in the shapes common back ends use:
 * `{"errors":{"email":"…"}}`, `{"errors":{"email":["…"]}}` and Formspree's
 * `{"errors":[{"field":"email","message":"…"}]}`. Entries without a field are form-level.
 */
export function parseServerErrors(body: unknown): { fields: Record<string, string>; form: string[] } {
  const fields: Record<string, string> = {};
  const form: string[] = [];
  const errors = (body as { errors?: unknown } | null)?.errors;
  const text = (value: unknown): string => (Array.isArray(value) ? value.map(String).join(' ') : String(value ?? ''));
  if (Array.isArray(errors)) {
    for (const entry of errors as { field?: unknown; message?: unknown }[]) {
      if (entry && typeof entry.field === 'string' && entry.field) fields[entry.field] = text(entry.message);
      else if (entry?.message) form.push(text(entry.message));
    }
  } else if (errors && typeof errors === 'object') {
    for (const [field, message] of Object.entries(errors)) fields[field] = text(message);
  }
  return { fields, form };
}

/** Server field names (`first_name`, `phone_number`, `contact-method`) → one of `fields`, so the message lands on its input. */
export function fieldForServerName(name: string, fields: Iterable<string>): string {
  const plain = name.toLowerCase().replace(/[^a-z]/g, '');
  const aliases: Record<string, string> = {
    firstname: 'firstName',
    givenname: 'firstName',
    lastname: 'lastName',
    familyname: 'lastName',
    surname: 'lastName',
    emailaddress: 'email',
    phonenumber: 'phone',
    mobile: 'phone',
    tel: 'phone',
  };
  if (plain === 'name') return 'firstName';
  return aliases[plain] ?? [...fields].find((field) => field.toLowerCase() === plain) ?? name;
}

/** Milliseconds a `Retry-After` header asks for (seconds or an HTTP date), or null. */
export function retryAfterMs(header: string | null, now = Date.now()): number | null {
  if (!header) return null;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(header);
  return Number.isNaN(date) ? null : Math.max(0, date - now);
}

/** Exponential backoff with "full jitter" between half and all of the step, so clients do not retry in lockstep. */
export function backoffMs(attempt: number, base: number, cap: number): number {
  const step = Math.min(cap, base * 2 ** attempt);
  return Math.round(step / 2 + (Math.random() * step) / 2);
}

/** A random key; `randomUUID` exists only on secure origins, so fall back to `getRandomValues`. */
export function newIdempotencyKey(): string {
  if (crypto.randomUUID) return crypto.randomUUID();
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/**
 * With `attribution`: the referrer and this page, without query strings (which may carry personal
 * data). The campaign itself (utm_*, click ids) is the visit's, from core/attribution.ts.
 */
export function collectAttribution(href = location.href, referrer = document.referrer): Record<string, string> {
  const url = new URL(href);
  const result: Record<string, string> = {};
  if (referrer) {
    try {
      const ref = new URL(referrer);
      result.referrer = ref.origin + ref.pathname;
    } catch {
      /* an unreadable referrer is simply left out */
    }
  }
  result.landingPage = url.origin + url.pathname;
  return result;
}
