/**
 * Malformed and hostile input on every route of the JSON API (/api/v1),
 * 1000 generated requests each (FAULTS_RUNS): the generic hostile requests
 * of tests/support (wrong methods, garbage paths and ids, every encoding,
 * invalid UTF-8, oversize and chunked bodies, foreign origins) and JSON
 * bodies made from a valid one and then broken (wrong types, unknown and
 * prototype-polluting fields, deep nesting, huge strings), sent with the
 * organisation's keys, another organisation's, a revoked one, garbage or
 * none. Every reply: JSON (the error envelope for every 4xx), no 5xx, no
 * stack trace, a status the endpoint documents. Afterwards: the server
 * logged no error (a reply that did not match its OpenAPI schema logs
 * one), the database is sound, and the other organisation's survey is
 * untouched.
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
import { API_JSON_MAX_BYTES } from '../../src/lib/limits.ts';
import { reportFigures } from '../support/figures.ts';
import { anyMethod, createFuzzer, weirdSegment } from '../support/fuzz.ts';
import { manyAddresses } from '../support/growth-test.ts';
import { checkHostileReply, hostileRequest, type HostileReply, type HostileRequest } from '../support/hostile-requests.ts';
import { findDamage, openDatabase } from '../support/inspect-db.ts';
import { freshDatabase, removeDatabase, startServer, type ServerHandle } from '../support/server.ts';

const SEED = Number(process.env.FAULTS_SEED ?? 10_2026);
const RUNS = Number(process.env.FAULTS_RUNS ?? 1000);

let server: ServerHandle;
let db: Client;
const { fuzz, totals } = createFuzzer({ base: () => server.url, seed: SEED, runs: RUNS });
/** Several keys of the organisation, so the per-key throttle (1,200 a minute) leaves most requests to the endpoints. */
const ownKeys: string[] = [];
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

let sent = 0;
const addresses = manyAddresses();
/** Mostly one of the organisation's keys; sometimes another organisation's, a revoked one, garbage or none. */
function headers(): Record<string, string> {
  sent += 1;
  const roll = sent % 12;
  const key = roll < 8 ? ownKeys[sent % ownKeys.length] : roll === 8 ? otherKey : roll === 9 ? revokedKey : roll === 10 ? 'koers_live_garbage' : null;
  return { 'x-forwarded-for': addresses(), ...(key ? { authorization: `Bearer ${key}` } : {}) };
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
  const routes: { name: string; method: string; path: () => fc.Arbitrary<string>; valid: (() => fc.Arbitrary<Record<string, unknown>>) | null; fields: string[] }[] = [
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
    { name: 'unknown paths below /api/v1', method: 'GET', path: () => fc.tuple(weirdSegment, weirdSegment).map(([a, b]) => `/api/v1/${a}/${b}`), valid: null, fields: [] },
  ];

  for (const route of routes) {
    test(route.name, { timeout: 600_000 }, async () => {
      const arbitrary = apiRequest(route.method, route.path(), route.valid?.() ?? null, route.fields);
      // 200/201 for requests that happen to be valid; 301 Astro's redirect of an empty segment; 431 Node's header limit.
      await fuzz(route.name, arbitrary, (request, reply) => checkApiReply(request, reply, [200, 201, 301, 431, ...ERRORS]), headers);
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
});
