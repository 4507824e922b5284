/**
 * Malformed and hostile input on every route of the JSON API (/api/v1),
 * 1000 generated requests each (FAULTS_RUNS): the generic hostile requests
 * of tests/support (wrong methods, garbage paths and ids, every encoding,
 * invalid UTF-8, oversize and chunked bodies, foreign origins) and JSON
 * bodies made from a valid one and then broken (wrong types, unknown and
 * prototype-polluting fields, deep nesting, huge strings), sent with the
 * organisation's keys, another organisation's, a revoked one, garbage or
 * none. The customer import (PUT /companies/{id}/customers) gets files
 * instead of JSON: customer lists with formula cells and XSS names, binary
 * junk, a ZIP header with junk, Windows-1252 and UTF-16 text, a flood of
 * empty rows, files up to and past the 4 MB limit, under right and wrong
 * media types. Every reply: JSON (the error envelope for every 4xx), no
 * 5xx, no stack trace, a status the endpoint documents. Afterwards: the
 * server logged no error (a reply that did not match its OpenAPI schema
 * logs one), the database is sound, the other organisation's survey is
 * untouched, and exactly the acknowledged imports (200) are stored, whole:
 * a refused file changed nothing.
 *
 * FAULTS_SEED and FAULTS_RUNS override the seed and the runs per route.
 */
import type { Client } from '@libsql/client';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createApiKey, revokeApiKey } from '../../src/lib/server/api/keys.ts';
import { createDb } from '../../src/lib/server/db.ts';
import { createCompany, createOrganisation } from '../../src/lib/server/queries/organisations.ts';
import { insertInstance } from '../../src/lib/server/queries/surveys.ts';
import { API_JSON_MAX_BYTES, MAX_CUSTOMER_FILE_BYTES } from '../../src/lib/limits.ts';
import { XLSX_MEDIA_TYPE } from '../../src/lib/segmentation/parse-file.ts';
import { reportFigures } from '../support/figures.ts';
import { anyMethod, createFuzzer, weirdSegment } from '../support/fuzz.ts';
import { manyAddresses } from '../support/growth-test.ts';
import { checkHostileReply, hostileRequest, type HostileReply, type HostileRequest } from '../support/hostile-requests.ts';
import { findDamage, openDatabase } from '../support/inspect-db.ts';
import { freshDatabase, removeDatabase, startServer, type ServerHandle } from '../support/server.ts';
import { FORMULA_PAYLOADS, XSS_PAYLOADS } from '../support/xss.ts';

const SEED = Number(process.env.FAULTS_SEED ?? 10_2026);
const RUNS = Number(process.env.FAULTS_RUNS ?? 1000);

let server: ServerHandle;
let db: Client;
const { fuzz, totals } = createFuzzer({ base: () => server.url, seed: SEED, runs: RUNS });
/** Several keys of the organisation, so the per-key throttle (1,200 a minute) leaves most requests to the endpoints. */
const ownKeys: string[] = [];
/** The customer import has its own, stricter per-key throttle (30 a quarter hour): enough keys that most imports reach the parser. */
const importKeys: string[] = [];
/** Every acknowledged import (a 200 to the PUT): the version and count the database must hold, and nothing else. */
const acknowledgedImports: { version: number; imported: number }[] = [];
let otherKey = '';
let revokedKey = '';
const ids = { company: '', survey: '', closedSurvey: '', otherSurvey: '', otherCompany: '' };

beforeAll(async () => {
  const database = await freshDatabase('malformed-api', { inMemoryFs: true });
  db = openDatabase(database.url);
  const d = createDb(db);
  const org = await createOrganisation('API-bureau', null, d);
  const other = await createOrganisation('Ander bureau', null, d);
  const company = await createCompany({ organisationId: org.id, name: 'Klant' }, d);
  const otherCompany = await createCompany({ organisationId: other.id, name: 'Niet van jou' }, d);
  const instance = (organisationId: string, companyId: string, title: string) =>
    insertInstance({ organisationId, companyId, templateId: 'customer-satisfaction', templateVersion: 1, title, locales: ['nl', 'en'], options: {}, closesAt: null, createdBy: null }, d);
  ids.company = company.id;
  ids.otherCompany = otherCompany.id;
  ids.survey = (await instance(org.id, company.id, 'Open')).id;
  const closed = await instance(org.id, company.id, 'Dicht');
  await db.execute({ sql: "update surveys set status = 'closed' where id = ?", args: [closed.id] });
  ids.closedSurvey = closed.id;
  ids.otherSurvey = (await instance(other.id, otherCompany.id, 'Van een ander')).id;
  for (let i = 0; i < 8; i++) ownKeys.push((await createApiKey({ organisationId: org.id, companyId: null }, `fuzz ${i}`, null, d)).key);
  for (let i = 0; i < 24; i++) importKeys.push((await createApiKey({ organisationId: org.id, companyId: null }, `import ${i}`, null, d)).key);
  // A third organisation's key: it owns nothing here, so every id above must be unknown to it.
  const third = await createOrganisation('Derde bureau', null, d);
  otherKey = (await createApiKey({ organisationId: third.id, companyId: null }, 'derde', null, d)).key;
  const revoked = await createApiKey({ organisationId: org.id, companyId: null }, 'weg', null, d);
  await revokeApiKey({ organisationId: org.id, companyId: null }, revoked.row.id, new Date(), d);
  revokedKey = revoked.key;
  server = await startServer({ database, env: { TRUST_PROXY: '1' } });
}, 120_000);

afterAll(async () => {
  reportFigures('malformed api total', { requestsSent: totals.requests, failedProperties: totals.failures });
  db?.close();
  await server?.stop();
  removeDatabase(server?.database);
});

/** An id in a path: this organisation's (mostly), the closed one, another organisation's, or garbage. */
const surveyId = () =>
  fc.oneof(
    { weight: 8, arbitrary: fc.constant(ids.survey) },
    { weight: 1, arbitrary: fc.constant(ids.closedSurvey) },
    { weight: 2, arbitrary: fc.constant(ids.otherSurvey) },
    { weight: 2, arbitrary: weirdSegment },
  );

/** A JSON body: the valid one, broken a little or a lot. */
function jsonBody(valid: fc.Arbitrary<Record<string, unknown>>): fc.Arbitrary<Uint8Array> {
  const hostileKey = fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', '', 'id', 'organisationId', 'admin');
  const value = fc.oneof(fc.jsonValue({ maxDepth: 3 }), fc.constantFrom('x'.repeat(API_JSON_MAX_BYTES + 10), '\u0000', '<script>', 1e308, -0, [], {}));
  const broken = fc.oneof(
    valid,
    fc.tuple(valid, fc.string({ maxLength: 12 }), value).map(([body, key, v]) => ({ ...body, [key]: v })),
    fc.tuple(valid, hostileKey, value).map(([body, key, v]) => JSON.parse(JSON.stringify(body).replace(/^\{/, `{${JSON.stringify(key)}:${JSON.stringify(v) ?? 'null'},`)) as Record<string, unknown>),
    fc.tuple(valid, fc.integer({ min: 0, max: 5 }), value).map(([body, i, v]) => {
      const key = Object.keys(body)[i % Math.max(1, Object.keys(body).length)];
      return key ? { ...body, [key]: v } : body;
    }),
    fc.jsonValue({ maxDepth: 4 }),
  );
  return fc.oneof(
    { weight: 10, arbitrary: broken.map((body) => new TextEncoder().encode(JSON.stringify(body) ?? 'null')) },
    { weight: 1, arbitrary: fc.integer({ min: 1, max: 5000 }).map((depth) => new TextEncoder().encode('['.repeat(depth) + ']'.repeat(depth))) },
    { weight: 1, arbitrary: fc.string({ maxLength: 40 }).map((s) => new TextEncoder().encode(`{"a":${s}`)) },
  );
}

/** A JSON request built as bytes (sent as `random-bytes` with the JSON content type), or a generic hostile one. */
function apiRequest(method: string, path: fc.Arbitrary<string>, valid: fc.Arbitrary<Record<string, unknown>> | null, fieldNames: string[]): fc.Arbitrary<HostileRequest> {
  const generic = hostileRequest({ method: fc.oneof({ weight: 4, arbitrary: fc.constant(method) }, { weight: 1, arbitrary: anyMethod }), path, fieldNames: fieldNames.length ? fieldNames : ['q'], validValues: ['nl', 'open', 'closed', ids.company, ids.survey, 'customer-satisfaction'] });
  if (!valid) return generic;
  const json = fc.record({
    method: fc.constant(method),
    path,
    origin: fc.constantFrom('same' as const, 'missing' as const, 'foreign' as const),
    encoding: fc.constant('random-bytes' as const),
    contentType: fc.constantFrom('application/json', 'application/json; charset=utf-8', 'APPLICATION/JSON', 'application/json-patch+json'),
    fields: fc.constant([] as HostileRequest['fields']),
    invalidUtf8: fc.constant([] as HostileRequest['invalidUtf8']),
    filePart: fc.constant(null),
    chunked: fc.constantFrom(false, false, false, false, true),
    bytes: jsonBody(valid).map((b) => [...b]),
  });
  return fc.oneof({ weight: 3, arbitrary: json }, { weight: 1, arbitrary: generic });
}

/** A company id in a path: this organisation's (mostly), another organisation's, or garbage. */
const companyId = () =>
  fc.oneof({ weight: 8, arbitrary: fc.constant(ids.company) }, { weight: 2, arbitrary: fc.constant(ids.otherCompany) }, { weight: 2, arbitrary: weirdSegment });

const HEADERS = ['Naam;Omzet;Winst;Groeipotentie;Strategische fit;Culturele fit', 'Name,Revenue,Profit,Growth potential,Strategic fit,Cultural fit', 'naam;omzet;marge;groei'];
const hostileName = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...XSS_PAYLOADS, ...FORMULA_PAYLOADS).map((p) => p.text) },
  { weight: 2, arbitrary: fc.string({ maxLength: 30 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 20 }) },
  { weight: 1, arbitrary: fc.constantFrom('', '"', '""', '\u0000', 'x'.repeat(250), '=1+1;=2+2', '\uFEFFBOM') },
);
/** Mostly a score that fits every column (so many rows are good and get stored), sometimes one that is refused or tricky. */
const cell = fc.oneof(
  { weight: 12, arbitrary: fc.constantFrom('1', '2', '3', '4', '5') },
  { weight: 1, arbitrary: fc.constantFrom('0', '6', '-1', '1.000,5', '1,000.5', '12.500', 'x', '', '=1+1', '1e308', 'NaN', '2,5', '١') },
  { weight: 1, arbitrary: fc.integer({ min: -10, max: 2_000_000_000 }).map(String) },
);
const quote = (text: string) => (/[;,"\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);

/** A customer list as text: a header (Dutch, English or incomplete) and rows of hostile names and cells, empty rows among them. */
const customerCsv = fc
  .tuple(
    fc.constantFrom(...HEADERS),
    fc.array(fc.oneof({ weight: 6, arbitrary: fc.tuple(hostileName, fc.oneof({ weight: 6, arbitrary: fc.array(cell, { minLength: 5, maxLength: 5 }) }, { weight: 1, arbitrary: fc.array(cell, { maxLength: 8 }) })) }, { weight: 1, arbitrary: fc.constant(null) }), { maxLength: 60 }),
    fc.constantFrom('\n', '\r\n'),
    fc.boolean(),
  )
  .map(([header, rows, lineEnd, bom]) => {
    const separator = header.includes(';') ? ';' : ',';
    const lines = rows.map((row) => (row ? [quote(row[0]), ...row[1]].join(separator) : ''));
    return `${bom ? '\uFEFF' : ''}${[header, ...lines].join(lineEnd)}${lineEnd}`;
  });

/** The body of a customer import: a customer list, or something that cannot be one. */
const customerFile: fc.Arbitrary<Uint8Array> = fc.oneof(
  { weight: 8, arbitrary: customerCsv.map((text) => new TextEncoder().encode(text)) },
  { weight: 2, arbitrary: fc.uint8Array({ maxLength: 3000 }) },
  { weight: 1, arbitrary: fc.uint8Array({ maxLength: 3000 }).map((junk) => new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...junk])) },
  // Windows-1252: é as the single byte 0xE9.
  { weight: 1, arbitrary: customerCsv.map((text) => new Uint8Array([...text].map((c) => (c === 'a' ? 0xe9 : c.charCodeAt(0) & 0xff)))) },
  // UTF-16 LE with its BOM.
  { weight: 1, arbitrary: customerCsv.map((text) => new Uint8Array([0xff, 0xfe, ...[...text].flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8])])) },
  { weight: 1, arbitrary: fc.integer({ min: 19_990, max: 40_000 }).map((n) => new TextEncoder().encode(`${HEADERS[0]}\n${'\n'.repeat(n)}`)) },
);

/** A PUT of a customer file under a right or wrong media type; a huge one as a recipe (sent as `text`), so a shrunk case stays printable; sometimes a generic hostile request. */
function customerImportRequest(path: fc.Arbitrary<string>): fc.Arbitrary<HostileRequest> {
  const method = fc.oneof({ weight: 9, arbitrary: fc.constant('PUT') }, { weight: 1, arbitrary: anyMethod });
  const contentType = fc.constantFrom('text/csv', 'text/csv', 'text/csv; charset=utf-8', 'TEXT/CSV', XLSX_MEDIA_TYPE, XLSX_MEDIA_TYPE, 'text/plain', 'application/json', 'application/octet-stream', 'multipart/form-data', 'text/csv; charset=windows-1252');
  const file = fc.record({
    method,
    path,
    origin: fc.constantFrom('same' as const, 'missing' as const, 'foreign' as const),
    encoding: fc.constant('random-bytes' as const),
    contentType,
    fields: fc.constant([] as HostileRequest['fields']),
    invalidUtf8: fc.constant([] as HostileRequest['invalidUtf8']),
    filePart: fc.constant(null),
    chunked: fc.constantFrom(false, false, false, true),
    bytes: customerFile.map((b) => [...b]),
  });
  // `text` sends "<name>: <value>": a header, a first customer named "Klant: x", and `times` more rows; from about 350,000 past 4 MB.
  const huge = fc.record({
    method: fc.constant('PUT'),
    path,
    origin: fc.constant('same' as const),
    encoding: fc.constant('text' as const),
    contentType: fc.constantFrom('text/csv', XLSX_MEDIA_TYPE),
    fields: fc.oneof(fc.integer({ min: 1000, max: 19_000 }), fc.integer({ min: 300_000, max: Math.ceil(MAX_CUSTOMER_FILE_BYTES / 12) + 50_000 })).map((times): HostileRequest['fields'] => [[`${HEADERS[0]}\nKlant`, { repeat: 'x;1;1;3;3;3\n', times }]]),
    invalidUtf8: fc.constant([] as HostileRequest['invalidUtf8']),
    filePart: fc.constant(null),
    chunked: fc.boolean(),
  });
  const generic = hostileRequest({ method, path, fieldNames: ['file', 'label'], validValues: [HEADERS[0], 'Klant;1;1;3;3;3'] });
  return fc.oneof({ weight: 16, arbitrary: file }, { weight: 1, arbitrary: huge }, { weight: 3, arbitrary: generic });
}

let sent = 0;
const addresses = manyAddresses();
/** Mostly one of the organisation's keys (from `pool`); sometimes another organisation's, a revoked one, garbage or none. */
function headers(pool: string[] = ownKeys): Record<string, string> {
  sent += 1;
  const roll = sent % 12;
  const key = roll < 8 ? pool[sent % pool.length] : roll === 8 ? otherKey : roll === 9 ? revokedKey : roll === 10 ? 'koers_live_garbage' : null;
  return { 'x-forwarded-for': addresses(), ...(key ? { authorization: `Bearer ${key}` } : {}) };
}

/** Remembers an acknowledged import (checked against the database at the end). */
function recordImport(request: HostileRequest, reply: HostileReply): void {
  if (request.method !== 'PUT' || reply.status !== 200) return;
  const body = JSON.parse(reply.body) as { version: number; imported: number };
  acknowledgedImports.push({ version: body.version, imported: body.imported });
}

/** The generic checks, JSON replies and the error envelope; the cross-site form rule does not apply (keys, not cookies). */
function checkApiReply(request: HostileRequest, reply: HostileReply, allowed: number[]): string | null {
  // Same-origin as far as the shared check goes: the API never reads cookies, so no origin rule applies to it.
  const problem = checkHostileReply(request, { ...reply, sameOrigin: true }, allowed);
  if (problem || reply.status === 0) return problem;
  // A path whose dot segments lead out of /api/v1 (/api/v1/%2e%2e/) is the site's, not the API's.
  if (!new URL(request.path, 'http://x').pathname.startsWith('/api/v1/') && !new URL(request.path, 'http://x').pathname.startsWith('/en/api/v1/')) return null;
  // Node answers a request line it cannot parse (bad percent-encoding, oversize headers) itself, before the app.
  if ((reply.status === 400 || reply.status === 431) && !reply.contentType) return null;
  // Astro's own redirect of a path with an empty segment (/api/v1//) to the one without; it stays on the site.
  if (reply.status === 301) return /^\/(?!\/)/.test(reply.location ?? '') ? null : `redirected off the site to ${reply.location}`;
  if (!reply.contentType?.startsWith('application/json')) return `status ${reply.status} with content type ${reply.contentType}`;
  if (request.method === 'HEAD') return null;
  let body: { error?: { code?: unknown; message?: unknown } };
  try {
    body = JSON.parse(reply.body);
  } catch {
    return `status ${reply.status} with a body that is not JSON: ${reply.body.slice(0, 80)}`;
  }
  if (reply.status >= 400 && (typeof body.error?.code !== 'string' || typeof body.error?.message !== 'string')) return `status ${reply.status} without the error envelope`;
  return null;
}

const ERRORS = [400, 401, 403, 404, 405, 409, 413, 415, 422, 429];

describe(`malformed input on the JSON API (${RUNS} generated requests per route, seed ${SEED})`, () => {
  const routes: {
    name: string;
    method: string;
    path: () => fc.Arbitrary<string>;
    valid: (() => fc.Arbitrary<Record<string, unknown>>) | null;
    fields: string[];
    /** Instead of the JSON requests: the route's own generator, and the keys it is sent with. */
    requests?: (path: fc.Arbitrary<string>) => fc.Arbitrary<HostileRequest>;
    keys?: () => string[];
  }[] = [
    { name: 'GET /api/v1/companies', method: 'GET', path: () => fc.constantFrom('/api/v1/companies', '/api/v1/companies?x=1', '/en/api/v1/companies'), valid: null, fields: [] },
    { name: 'POST /api/v1/companies', method: 'POST', path: () => fc.constant('/api/v1/companies'), valid: () => fc.record({ name: fc.string({ minLength: 1, maxLength: 30 }) }), fields: ['name'] },
    {
      name: 'GET /api/v1/surveys',
      method: 'GET',
      path: () => fc.oneof(fc.constant('/api/v1/surveys'), fc.constantFrom(ids.company, ids.otherCompany, '%00', 'x'.repeat(100)).map((id) => `/api/v1/surveys?companyId=${id}`), weirdSegment.map((s) => `/api/v1/surveys?${s}`)),
      valid: null,
      fields: [],
    },
    {
      name: 'POST /api/v1/surveys',
      method: 'POST',
      path: () => fc.constant('/api/v1/surveys'),
      valid: () =>
        fc.record({
          template: fc.constantFrom('customer-satisfaction', 'complaint-thresholds', 'customer-focus', 'growth-test'),
          title: fc.string({ minLength: 1, maxLength: 40 }),
          companyId: fc.constantFrom(ids.company, ids.otherCompany),
          locales: fc.constantFrom(['nl'], ['en', 'nl'], ['nl', 'nl'], []),
          embedOrigins: fc.constantFrom([], ['https://shop.example'], ['javascript:alert(1)'], ["https://a.example 'unsafe-inline'"]),
        }),
      fields: ['template', 'title', 'companyId', 'locales', 'embedOrigins', 'options', 'closesAt'],
    },
    { name: 'GET /api/v1/surveys/{id}', method: 'GET', path: () => surveyId().map((id) => `/api/v1/surveys/${id}`), valid: null, fields: [] },
    {
      name: 'PATCH /api/v1/surveys/{id}',
      method: 'PATCH',
      path: () => surveyId().map((id) => `/api/v1/surveys/${id}`),
      valid: () =>
        fc.record(
          {
            title: fc.string({ minLength: 1, maxLength: 40 }),
            status: fc.constantFrom('open', 'closed'),
            embedOrigins: fc.constantFrom([], ['https://shop.example']),
            // Literal addresses and broken URLs only, all refused: a name would need DNS, and a public address a real delivery.
            webhookUrl: fc.constantFrom(null, '', 'https://127.0.0.1/hook', 'https://[::1]/', 'https://10.0.0.1/x', 'http://192.0.2.1/', 'javascript:alert(1)', 'https://u:p@192.0.2.1/', 'https://192.0.2.1/\r\nX: y', `https://192.0.2.1/${'a'.repeat(3000)}`),
          },
          { requiredKeys: [] },
        ),
      fields: ['title', 'status', 'embedOrigins', 'webhookUrl'],
    },
    {
      name: 'POST /api/v1/surveys/{id}/responses',
      method: 'POST',
      path: () => surveyId().map((id) => `/api/v1/surveys/${id}/responses`),
      valid: () =>
        fc.record({
          answers: fc.record(
            {
              expectation: fc.constantFrom('less', 'as', 'more', 'better', ''),
              recommend: fc.oneof(fc.integer({ min: -1, max: 11 }), fc.constant('9'), fc.constant(9.5)),
              service_quality: fc.constantFrom(1, 5, 'dk', 6, ['1']),
              comment: fc.string({ maxLength: 300 }),
            },
            { requiredKeys: [] },
          ),
          locale: fc.constantFrom('nl', 'en', 'de'),
        }, { requiredKeys: ['answers'] }),
      fields: ['answers', 'locale'],
    },
    {
      name: 'GET /api/v1/surveys/{id}/responses',
      method: 'GET',
      path: () =>
        fc
          .tuple(surveyId(), fc.option(fc.constantFrom('limit=0', 'limit=201', 'limit=abc', 'from=2026-13-45', 'to=yesterday', 'cursor=abc', 'cursor=WzEsIiJd', 'from=2026-01-01&to=2027-01-01', 'x=1'), { nil: undefined }))
          .map(([id, q]) => `/api/v1/surveys/${id}/responses${q ? `?${q}` : ''}`),
      valid: null,
      fields: [],
    },
    { name: 'GET /api/v1/surveys/{id}/results', method: 'GET', path: () => surveyId().map((id) => `/api/v1/surveys/${id}/results`), valid: null, fields: [] },
    {
      name: 'PUT /api/v1/companies/{id}/customers',
      method: 'PUT',
      path: () =>
        fc
          .tuple(companyId(), fc.option(fc.constantFrom('label=2026', `label=${'x'.repeat(61)}`, 'label=%3Cscript%3E', 'label=%00', 'x=1', 'label=a&label=b'), { nil: undefined }))
          .map(([id, q]) => `/api/v1/companies/${id}/customers${q ? `?${q}` : ''}`),
      valid: null,
      fields: [],
      requests: customerImportRequest,
      keys: () => importKeys,
    },
    {
      name: 'GET /api/v1/companies/{id}/segmentation',
      method: 'GET',
      path: () =>
        fc
          .tuple(
            companyId(),
            fc.option(fc.constantFrom('profitability=1', 'growth=6', 'fit=2.25', 'growth=3.5&fit=5', 'version=1', 'version=0', 'version=abc', 'version=99999999999999999999', 'growth=', 'growth=NaN', 'growth=1e1', 'growth=Infinity', 'profitability=%00', 'x=1', 'growth=1&growth=5'), { nil: undefined }),
          )
          .map(([id, q]) => `/api/v1/companies/${id}/segmentation${q ? `?${q}` : ''}`),
      valid: null,
      fields: [],
    },
    { name: 'unknown paths below /api/v1', method: 'GET', path: () => fc.tuple(weirdSegment, weirdSegment).map(([a, b]) => `/api/v1/${a}/${b}`), valid: null, fields: [] },
  ];

  for (const route of routes) {
    test(route.name, { timeout: 600_000 }, async () => {
      const arbitrary = route.requests ? route.requests(route.path()) : apiRequest(route.method, route.path(), route.valid?.() ?? null, route.fields);
      const pool = route.keys?.();
      // 200/201 for requests that happen to be valid; 301 Astro's redirect of an empty segment; 431 Node's header limit.
      await fuzz(
        route.name,
        arbitrary,
        (request, reply) => {
          const problem = checkApiReply(request, reply, [200, 201, 301, 431, ...ERRORS]);
          if (!problem && route.requests) recordImport(request, reply);
          return problem;
        },
        () => headers(pool),
      );
    });
  }

  test("afterwards: the server is up, logged no error, the database is sound and the other organisation's survey untouched", async () => {
    const alive = await fetch(`${server.url}/api/v1/companies`, { headers: { authorization: `Bearer ${ownKeys[0]}` } });
    expect([200, 429]).toContain(alive.status);
    expect(server.errorLines()).toEqual([]);
    expect(await findDamage(db)).toEqual([]);
    const other = await db.execute({ sql: "select title, status, embed_origins as origins, (select count(*) from responses r where r.survey_instance_id = s.id) as n from surveys s where id = ?", args: [ids.otherSurvey] });
    expect(other.rows[0]).toMatchObject({ title: 'Van een ander', status: 'open', origins: '[]', n: 0 });
  });

  test('afterwards: exactly the acknowledged imports are stored, each whole; a refused file stored nothing', async () => {
    const stored = await db.execute({
      sql: 'select i.version, i.customer_count as count, (select count(*) from imported_customers c where c.import_id = i.id) as rows from customer_imports i where i.company_id = ? order by i.version',
      args: [ids.company],
    });
    const byVersion = (a: { version: number }, b: { version: number }) => a.version - b.version;
    expect(stored.rows.map((r) => ({ version: Number(r.version), imported: Number(r.count) }))).toEqual([...acknowledgedImports].sort(byVersion));
    for (const row of stored.rows) expect(Number(row.rows)).toBe(Number(row.count));
    expect(acknowledgedImports.length).toBeGreaterThan(0);
    const elsewhere = await db.execute({ sql: 'select count(*) as n from customer_imports where company_id != ?', args: [ids.company] });
    expect(Number(elsewhere.rows[0].n)).toBe(0);
  });
});
