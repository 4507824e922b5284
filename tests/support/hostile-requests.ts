/**
 * Generated bad requests for any form or API endpoint, as fast-check
 * arbitraries: wrong and missing fields, extra and prototype-polluting field
 * names, huge strings, invalid UTF-8 (raw and percent-encoded), broken
 * multipart, JSON and other content types, oversize bodies (declared and
 * chunked), missing or foreign Origin. A request is a plain `HostileRequest`
 * value, so a failure shrinks to, and prints as, a readable minimal case.
 *
 * A new form gets fuzzed by calling `hostileRequest` with its field names
 * and some valid values for them, then `sendHostile` and `checkHostileReply`.
 */
import { maxHeaderSize, request as httpRequest, type IncomingMessage } from 'node:http';
import fc from 'fast-check';
import { MAX_BODY_BYTES } from '../../src/lib/limits.ts';
import { findLeak } from './figures.ts';

/** A huge value is kept as a recipe so that shrunk cases stay printable. */
export type HostileValue = string | { repeat: string; times: number };

export type BodyEncoding =
  | 'urlencoded'
  | 'urlencoded-unescaped'
  | 'multipart'
  | 'multipart-broken'
  | 'json'
  | 'text'
  | 'random-bytes'
  | 'none';

export type OriginChoice = 'same' | 'missing' | 'null' | 'foreign';

export interface HostileRequest {
  method: string;
  path: string;
  origin: OriginChoice;
  encoding: BodyEncoding;
  /** Overrides the content type the encoding would send; null sends none. */
  contentType?: string | null;
  fields: [string, HostileValue][];
  /** Raw byte sequences that are not valid UTF-8, spliced into the value of the field at that index. */
  invalidUtf8: { field: number; bytes: number[] }[];
  /** Multipart: the index of a field sent as a file upload instead of text, if any. */
  filePart: number | null;
  /** Send the body in chunks with no Content-Length. */
  chunked: boolean;
  /** For random-bytes: the bytes. */
  bytes?: number[];
}

/** Byte sequences that are not UTF-8: lone continuation, overlong, surrogate, past U+10FFFF, truncated. */
export const INVALID_UTF8: number[][] = [
  [0xff],
  [0xfe, 0xff],
  [0x80],
  [0xc0, 0x80],
  [0xc3, 0x28],
  [0xed, 0xa0, 0x80],
  [0xf4, 0x90, 0x80, 0x80],
  [0xe2, 0x82],
  [0xf0, 0x9f, 0x98],
];

/** Values that look almost right or are known to trip parsers. None of them matches a leak pattern. */
const TRICKY_VALUES = [
  '', ' ', '0', '6', '-1', '1.5', '1e0', '01', '+3', '0x3', 'NaN', 'Infinity', 'null', 'undefined', 'true', 'false',
  '[]', '{}', '[1]', '{"a":1}', '3\n', ' 3 ', 'dk ', 'DK', 'Dk', '\u00003', '3\u0000', '\uFEFF3', '\u200B3', '３', '٣',
  'ⅲ', '%', '%zz', '%FF', '%C0%80', '%ED%A0%80', '%00', '&', '=', '==', '&&', ';', '\r\n', '\u2028', 'yes ', 'YES',
  'retail ', 'Retail', 'a@b', 'a@b.c', ' a@b.cd ', 'a@@b.nl', 'naam@bedrijf.nl\u0000', 'x'.repeat(201),
  '<b>', '"><i>', "'", '\\', '../../etc/passwd', '${1+1}', '{{1+1}}', '__proto__', 'constructor',
];

const NAME_TRAPS = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'valueOf', '', ' ', 'section[]', 'a.b', '0', '-1'];

/** Printable ASCII only: header values that fetch accepts. */
const headerText = fc.stringMatching(/^[\x20-\x7e]{0,60}$/);

const CONTENT_TYPES = [
  'application/x-www-form-urlencoded',
  'application/x-www-form-urlencoded; charset=iso-8859-1',
  'APPLICATION/X-WWW-FORM-URLENCODED',
  'multipart/form-data',
  'multipart/form-data; boundary=',
  'multipart/form-data; boundary=nomatch',
  'application/json',
  'text/plain',
  'text/html',
  'application/octet-stream',
  'application/xml',
  '*/*',
  '',
];

export function hostileValue(validValues: string[]): fc.Arbitrary<HostileValue> {
  return fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...validValues) },
    { weight: 3, arbitrary: fc.constantFrom(...TRICKY_VALUES) },
    { weight: 2, arbitrary: fc.string({ maxLength: 40 }) },
    { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
    { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 20 }) },
    {
      weight: 1,
      arbitrary: fc.record({
        repeat: fc.constantFrom('x', 'é', '😀', '<', '%', '\u0000', 'ab '),
        times: fc.integer({ min: 500, max: MAX_BODY_BYTES + 10_000 }),
      }),
    },
  );
}

/** Percent-encodes a generated string; a lone surrogate (which encodeURIComponent refuses) becomes its bytes on the wire. */
export function safeEncode(s: string): string {
  try {
    return encodeURIComponent(s);
  } catch {
    return '%ED%A0%80';
  }
}

export interface HostileFormOptions {
  method?: fc.Arbitrary<string>;
  /** The path, possibly generated (tokens, sections). */
  path: fc.Arbitrary<string>;
  /** Field names the endpoint knows. */
  fieldNames: string[];
  /** Some valid values for those fields, so requests get past the first checks. */
  validValues: string[];
  /**
   * A valid form for the endpoint, as name/value pairs. Half the requests
   * then start from one and break it a little (fields dropped, values
   * replaced, extra fields added), which reaches deeper than random fields.
   */
  validForm?: fc.Arbitrary<[string, string][]>;
}

/** A valid form with some fields dropped, some values replaced by hostile ones, and a few extra fields. */
function mutatedForm(
  validForm: fc.Arbitrary<[string, string][]>,
  extraField: fc.Arbitrary<[string, HostileValue]>,
  value: fc.Arbitrary<HostileValue>,
): fc.Arbitrary<[string, HostileValue][]> {
  return fc
    .tuple(
      validForm,
      fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 20, maxLength: 20 }),
      fc.array(value, { minLength: 20, maxLength: 20 }),
      fc.array(extraField, { maxLength: 3 }),
    )
    .map(([form, dice, replacements, extra]) => {
      const kept: [string, HostileValue][] = [];
      form.forEach(([name, v], i) => {
        const roll = dice[i % dice.length];
        if (roll === 0) return; // dropped
        kept.push([name, roll === 1 ? replacements[i % replacements.length] : v]);
        if (roll === 2) kept.push([name, replacements[(i + 1) % replacements.length]]); // repeated, second value hostile
      });
      return [...kept, ...extra];
    });
}

/** An arbitrary bad (or occasionally good) request for one endpoint. */
export function hostileRequest(options: HostileFormOptions): fc.Arbitrary<HostileRequest> {
  const name = fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom(...options.fieldNames) },
    { weight: 1, arbitrary: fc.constantFrom(...NAME_TRAPS) },
    { weight: 1, arbitrary: fc.string({ maxLength: 20 }) },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 12 }) },
  );
  const value = hostileValue(options.validValues);
  const randomFields = fc.array(fc.tuple(name, value), { maxLength: 12 });
  const fields = options.validForm
    ? fc.oneof(randomFields, mutatedForm(options.validForm, fc.tuple(name, value), value))
    : randomFields;
  return fc.record(
    {
      method: options.method ?? fc.constant('POST'),
      path: options.path,
      origin: fc.constantFrom<OriginChoice>('same', 'same', 'same', 'same', 'same', 'missing', 'null', 'foreign'),
      encoding: fc.constantFrom<BodyEncoding>(
        'urlencoded', 'urlencoded', 'urlencoded', 'urlencoded-unescaped', 'multipart', 'multipart',
        'multipart-broken', 'json', 'text', 'random-bytes', 'none',
      ),
      // Mostly the encoding's own content type; sometimes another, none, or garbage.
      contentType: fc.oneof(
        { weight: 5, arbitrary: fc.constant(undefined) },
        { weight: 1, arbitrary: fc.constantFrom<string | null>(...CONTENT_TYPES, null) },
        { weight: 1, arbitrary: headerText },
      ),
      fields,
      invalidUtf8: fc.oneof(
        { weight: 3, arbitrary: fc.constant<HostileRequest['invalidUtf8']>([]) },
        {
          weight: 1,
          arbitrary: fc.array(fc.record({ field: fc.nat({ max: 12 }), bytes: fc.constantFrom(...INVALID_UTF8) }), {
            minLength: 1,
            maxLength: 3,
          }),
        },
      ),
      filePart: fc.option(fc.nat({ max: 12 }), { freq: 2 }),
      chunked: fc.integer({ min: 0, max: 9 }).map((n) => n < 2),
      bytes: fc.array(fc.integer({ min: 0, max: 255 }), { maxLength: 300 }),
    },
    { requiredKeys: ['method', 'path', 'origin', 'encoding', 'contentType', 'fields', 'invalidUtf8', 'filePart', 'chunked'] },
  );
}

const encoder = new TextEncoder();

function expand(value: HostileValue): string {
  return typeof value === 'string' ? value : value.repeat.repeat(value.times);
}

function concat(parts: (Uint8Array | string)[]): Uint8Array {
  const buffers = parts.map((p) => (typeof p === 'string' ? encoder.encode(p) : p));
  const out = new Uint8Array(buffers.reduce((n, b) => n + b.length, 0));
  let offset = 0;
  for (const b of buffers) {
    out.set(b, offset);
    offset += b.length;
  }
  return out;
}

/** Joins encoded fields, with the invalid byte sequences at the start of the values they are aimed at. */
function joinWithInvalid(
  fields: (readonly [string, string])[],
  invalid: HostileRequest['invalidUtf8'],
  format: (name: string) => string,
  separator: string,
): Uint8Array {
  const parts: (Uint8Array | string)[] = [];
  fields.forEach(([name, value], i) => {
    if (i > 0) parts.push(separator);
    parts.push(format(name));
    for (const { bytes } of invalid.filter((x) => x.field === i)) parts.push(new Uint8Array(bytes));
    parts.push(value);
  });
  // Aimed past the last field: trailing garbage.
  for (const { bytes } of invalid.filter((x) => x.field >= fields.length)) parts.push(new Uint8Array(bytes));
  return concat(parts);
}

const BOUNDARY = '----koers-hostile-7MA4YWxkTrZu0gW';

function encodeBody(request: HostileRequest): { body: Uint8Array | null; contentType: string | null } {
  const fields = request.fields.map(([n, v]) => [n, expand(v)] as const);
  switch (request.encoding) {
    case 'urlencoded': {
      const escaped = fields.map(([n, v]) => [encodeURIComponent(n), encodeURIComponent(v)] as const);
      return {
        body: joinWithInvalid(escaped, request.invalidUtf8, (n) => `${n}=`, '&'),
        contentType: 'application/x-www-form-urlencoded',
      };
    }
    case 'urlencoded-unescaped':
      return {
        body: joinWithInvalid(fields, request.invalidUtf8, (n) => `${n}=`, '&'),
        contentType: 'application/x-www-form-urlencoded',
      };
    case 'multipart':
    case 'multipart-broken': {
      const parts: (Uint8Array | string)[] = [];
      fields.forEach(([n, v], i) => {
        const asFile = i === request.filePart ? `; filename="answer-${i}.txt"\r\nContent-Type: text/plain` : '';
        parts.push(`--${BOUNDARY}\r\nContent-Disposition: form-data; name="${n}"${asFile}\r\n\r\n`, v);
        for (const { bytes } of request.invalidUtf8.filter((x) => x.field === i)) parts.push(new Uint8Array(bytes));
        parts.push('\r\n');
      });
      if (request.encoding === 'multipart') parts.push(`--${BOUNDARY}--\r\n`);
      else parts.push(`--${BOUNDARY}\r\nContent-Disposition: form-data; name="cut`);
      const body = concat(parts);
      return { body, contentType: `multipart/form-data; boundary=${BOUNDARY}` };
    }
    case 'json':
      return { body: encoder.encode(JSON.stringify(Object.fromEntries(fields))), contentType: 'application/json' };
    case 'text':
      return { body: joinWithInvalid(fields, request.invalidUtf8, (n) => `${n}: `, '\n'), contentType: 'text/plain' };
    case 'random-bytes':
      return { body: new Uint8Array(request.bytes ?? []), contentType: 'application/octet-stream' };
    case 'none':
      return { body: null, contentType: null };
  }
}

export interface HostileReply {
  /** The status, or 0 when the server refused by closing without an answer (see `sendHostile`). */
  status: number;
  body: string;
  /** The Location header, for redirects. */
  location: string | null;
  /** Every Set-Cookie header, as sent. */
  setCookies: string[];
  /** The Content-Type header. */
  contentType: string | null;
  /** The content type actually sent, and whether the Origin matched. */
  sentContentType: string | null;
  sameOrigin: boolean;
  bodyBytes: number;
}

/** How long a chunked body the server stopped reading may keep the connection before we count it as refused. */
const UNREAD_BODY_TIMEOUT_MS = 1500;

/**
 * Sends one generated request exactly as specified, on a connection of its
 * own (so a connection the server gave up on never spoils the next
 * request), with no default headers beyond Host and no redirects followed.
 * `extraHeaders` adds what the request is sent with besides its body: a
 * session cookie, an X-Forwarded-For.
 *
 * A body the server has a reason not to read (over the limit, after a
 * request line and headers over Node's limit, or a cross-site form post it
 * refuses) may be left unread: with a chunked body
 * the server then answers only by closing the connection, or not within the
 * timeout. That counts as a refusal (status 0) in exactly those cases and as
 * an error otherwise.
 */
export function sendHostile(base: string, request: HostileRequest, extraHeaders: Record<string, string> = {}): Promise<HostileReply> {
  const encoded = request.method === 'GET' || request.method === 'HEAD' ? { body: null, contentType: null } : encodeBody(request);
  const contentType = request.contentType === undefined ? encoded.contentType : request.contentType;
  const origin = { same: base, missing: null, null: 'null', foreign: 'https://attacker.example' }[request.origin];
  const body = encoded.body;
  const headers: Record<string, string> = { ...extraHeaders, connection: 'close' };
  if (contentType !== null) headers['content-type'] = contentType;
  if (origin) headers.origin = origin;
  if (body && !request.chunked) headers['content-length'] = String(body.length);
  // Said outright: Node's client frames a body as chunks by itself only for some methods; an OPTIONS or
  // DELETE body went out unframed, and the server read it as a broken second request (a reset, not a reply).
  if (body && request.chunked) headers['transfer-encoding'] = 'chunked';
  const sameOrigin = origin === base;
  const reply = (status: number, text: string, response?: IncomingMessage): HostileReply => ({
    status,
    body: text,
    location: response?.headers.location ?? null,
    setCookies: response?.headers['set-cookie'] ?? [],
    contentType: response?.headers['content-type'] ?? null,
    sentContentType: contentType,
    sameOrigin,
    bodyBytes: body?.length ?? 0,
  });
  // Node refuses a request line and headers past its limit (431) and closes: the body may then meet a reset.
  const headBytes = Buffer.byteLength(request.path) + Object.entries(headers).reduce((n, [k, v]) => n + k.length + Buffer.byteLength(v) + 4, 0);
  const mayLeaveUnread =
    (body?.length ?? 0) > MAX_BODY_BYTES || headBytes > maxHeaderSize || (!sameOrigin && formLike(contentType) && request.method !== 'GET');

  return new Promise((resolve, reject) => {
    const url = new URL(request.path, base);
    const sent = httpRequest(url, { method: request.method, headers, agent: false, setHost: true });
    let settled = false;
    const settle = (outcome: HostileReply | Error) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      sent.destroy();
      if (outcome instanceof Error) reject(outcome);
      else resolve(outcome);
    };
    const timer = setTimeout(() => {
      if (mayLeaveUnread) settle(reply(0, ''));
      else settle(new Error(`no answer in ${UNREAD_BODY_TIMEOUT_MS} ms to ${request.method} ${request.path}`));
    }, mayLeaveUnread ? UNREAD_BODY_TIMEOUT_MS : 30_000);
    sent.on('response', (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => settle(reply(response.statusCode ?? 0, Buffer.concat(chunks).toString('utf8'), response)));
      response.on('error', (error) => settle(error));
    });
    sent.on('error', (error) => {
      // Closed on us before an answer: a refusal where the server had reason to stop reading, else a failure.
      if (mayLeaveUnread) settle(reply(0, ''));
      else settle(error);
    });
    if (body) {
      const chunkSize = request.chunked ? 16 * 1024 : body.length;
      for (let i = 0; i < body.length; i += chunkSize) sent.write(body.subarray(i, i + chunkSize));
    }
    sent.end();
  });
}

function formLike(contentType: string | null): boolean {
  if (contentType === null) return true; // no content type: Astro checks the Origin too
  const lower = contentType.toLowerCase();
  return ['application/x-www-form-urlencoded', 'multipart/form-data', 'text/plain'].some((t) => lower.includes(t));
}

/**
 * What every reply to a hostile request must satisfy: no 5xx, no stack trace
 * or driver message, a status from the endpoint's list, and the cross-site
 * form check (a form-like post with a foreign or missing Origin is refused).
 * Returns the problem, or null.
 */
export function checkHostileReply(request: HostileRequest, reply: HostileReply, allowed: number[]): string | null {
  if (reply.status === 0) return null; // closed unread where the server had reason to refuse (see sendHostile)
  if (reply.status >= 500) return `status ${reply.status}`;
  const leak = findLeak(reply.body);
  if (leak) return `leak: ${leak}`;
  if (!allowed.includes(reply.status)) return `status ${reply.status} not in ${allowed.join('/')}`;
  const unsafe = !['GET', 'HEAD', 'OPTIONS'].includes(request.method);
  // 400 is a refusal too: Node turns away a path with broken percent-encoding before any check runs.
  if (unsafe && !reply.sameOrigin && formLike(reply.sentContentType) && ![400, 403].includes(reply.status)) {
    return `cross-site form post answered ${reply.status}, not 403`;
  }
  return null;
}
