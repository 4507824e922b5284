/**
 * The JSON API against a real temporary database: keys (hash only, revoke,
 * last used once a minute), the framework's refusals (401, 405, 415, 413,
 * 400, 422 with each unknown field, 404 for another organisation), a
 * response posted as JSON checked and stored as the form stores one
 * (fact counts included), keyset pages with an opaque cursor, and the
 * OpenAPI document generated from the same schemas.
 */
import type { APIContext } from 'astro';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { eq } from 'drizzle-orm';
import { apiKeys } from '../../../../db/schema.ts';
import { createApiKey, findActiveKey, revokeApiKey, touchApiKey } from '../../../../src/lib/server/api/keys.ts';
import { API_ENDPOINTS, apiRoute } from '../../../../src/lib/server/api/index.ts';
import { openApiDocument } from '../../../../src/lib/server/api/openapi.ts';
import { checkJsonAnswers, submitJsonResponse } from '../../../../src/lib/server/api/submit-response.ts';
import { decodeCursor, encodeCursor } from '../../../../src/lib/server/api/responses.ts';
import { completedResponsesPage } from '../../../../src/lib/server/queries/api.ts';
import { factCounts } from '../../../../src/lib/server/queries/fact-counts.ts';
import { createCompany, createOrganisation } from '../../../../src/lib/server/queries/organisations.ts';
import { findInstance, insertInstance, type SurveyInstanceRow } from '../../../../src/lib/server/queries/surveys.ts';
import { surveyForInstance } from '../../../../src/lib/families/index.ts';
import { API_JSON_MAX_BYTES } from '../../../../src/lib/limits.ts';
import type { Database } from '../../../../src/lib/server/db.ts';
import { openTempDb } from '../../support/temp-db.ts';

let db: Database;
let close: () => void;
let key: string;
let otherKey: string;
let survey: SurveyInstanceRow;
let otherSurvey: SurveyInstanceRow;

async function instanceFor(organisationId: string, companyId: string): Promise<SurveyInstanceRow> {
  return insertInstance(
    { organisationId, companyId, templateId: 'customer-satisfaction', templateVersion: 1, title: 'Gasten', locales: ['nl', 'en'], options: {}, closesAt: null, createdBy: null },
    db,
  );
}

beforeAll(async () => {
  const temp = await openTempDb();
  db = temp.db;
  close = temp.close;
  // The endpoints use the server's database; point it at this file before anything opens it.
  process.env.DATABASE_URL = temp.url;
  const org = await createOrganisation('Kantoor', null, db);
  const other = await createOrganisation('Ander kantoor', null, db);
  const company = await createCompany({ organisationId: org.id, name: 'Hotel' }, db);
  const otherCompany = await createCompany({ organisationId: other.id, name: 'Bakker' }, db);
  survey = await instanceFor(org.id, company.id);
  otherSurvey = await instanceFor(other.id, otherCompany.id);
  key = (await createApiKey({ organisationId: org.id, companyId: null }, 'test', null, db)).key;
  otherKey = (await createApiKey({ organisationId: other.id, companyId: null }, 'other', null, db)).key;
});

afterAll(() => close?.());

/** Calls an API path's handler as Astro would. */
async function call(path: string, init: { method?: string; key?: string | null; body?: string | Uint8Array; type?: string; params?: Record<string, string>; query?: string } = {}) {
  const url = new URL(`http://localhost/api/v1${path.replace('{id}', init.params?.id ?? '')}${init.query ?? ''}`);
  const headers: Record<string, string> = {};
  if (init.key !== null) headers.authorization = `Bearer ${init.key ?? key}`;
  if (init.type) headers['content-type'] = init.type;
  const request = new Request(url, { method: init.method ?? 'GET', headers, body: init.body as BodyInit | undefined });
  const reply = await apiRoute(path)({ request, url, params: init.params ?? {}, clientAddress: '127.0.0.1' } as unknown as APIContext);
  return { status: reply.status, headers: reply.headers, json: (await reply.json()) as { error?: { code: string; fields?: Record<string, string> } } & Record<string, unknown> };
}

describe('API keys', () => {
  test('only a hash is stored; the key opens its row until revoked', async () => {
    const made = await createApiKey({ organisationId: survey.organisationId!, companyId: null }, 'kort', null, db);
    expect(made.key).toMatch(/^koers_live_[a-z2-7]{16}\.[a-z2-7]{32}$/);
    const stored = await db.query.apiKeys.findFirst({ where: eq(apiKeys.id, made.row.id) });
    expect(Buffer.from(stored!.secretHash).toString('utf8')).not.toContain(made.key.split('.')[1]);
    expect((await findActiveKey(made.key, db))?.id).toBe(made.row.id);
    expect(await findActiveKey(`${made.key.slice(0, -1)}a`, db)).toBeNull();
    expect(await findActiveKey(made.key.replace('koers_live_', ''), db)).toBeNull();
    expect(await revokeApiKey({ organisationId: 'someone-else', companyId: null }, made.row.id, new Date(), db)).toBe(false);
    expect(await revokeApiKey({ organisationId: survey.organisationId!, companyId: null }, made.row.id, new Date(), db)).toBe(true);
    expect(await findActiveKey(made.key, db)).toBeNull();
  });

  test('last used is written at most once a minute', async () => {
    const made = await createApiKey({ organisationId: survey.organisationId!, companyId: null }, 'druk', null, db);
    const t0 = new Date('2027-01-01T10:00:00Z');
    await touchApiKey(made.row, t0, db);
    const first = (await findActiveKey(made.key, db))!;
    expect(first.lastUsedAt?.getTime()).toBe(t0.getTime());
    await touchApiKey(first, new Date(t0.getTime() + 30_000), db);
    expect((await findActiveKey(made.key, db))!.lastUsedAt?.getTime()).toBe(t0.getTime());
    await touchApiKey(first, new Date(t0.getTime() + 61_000), db);
    expect((await findActiveKey(made.key, db))!.lastUsedAt?.getTime()).toBe(t0.getTime() + 61_000);
  });
});

describe('the framework', () => {
  test('no key, a wrong key and a revoked key: 401 JSON', async () => {
    expect((await call('/companies', { key: null })).json.error?.code).toBe('unauthorized');
    expect((await call('/companies', { key: 'koers_live_nope' })).status).toBe(401);
    const made = await createApiKey({ organisationId: survey.organisationId!, companyId: null }, 'weg', null, db);
    await revokeApiKey({ organisationId: survey.organisationId!, companyId: null }, made.row.id, new Date(), db);
    const revoked = await call('/companies', { key: made.key });
    expect(revoked.status).toBe(401);
    expect(revoked.headers.get('content-type')).toContain('application/json');
  });

  test('a method the path does not have: 405 with Allow', async () => {
    const reply = await call('/companies', { method: 'DELETE' });
    expect(reply.status).toBe(405);
    expect(reply.headers.get('allow')).toBe('GET, POST');
  });

  test('bodies: not JSON 415, malformed 400, too large 413, unknown field 422 naming it, wrong type 422', async () => {
    expect((await call('/companies', { method: 'POST', body: 'name=x', type: 'application/x-www-form-urlencoded' })).status).toBe(415);
    expect((await call('/companies', { method: 'POST', body: '{"name":', type: 'application/json' })).json.error?.code).toBe('malformed_json');
    expect((await call('/companies', { method: 'POST', body: new Uint8Array([0x7b, 0xff, 0x7d]), type: 'application/json' })).status).toBe(400);
    const huge = JSON.stringify({ name: 'x'.repeat(API_JSON_MAX_BYTES) });
    expect((await call('/companies', { method: 'POST', body: huge, type: 'application/json' })).status).toBe(413);
    const unknown = await call('/companies', { method: 'POST', body: '{"name":"A","admin":true}', type: 'application/json' });
    expect(unknown.status).toBe(422);
    expect(unknown.json.error?.fields).toEqual({ admin: 'unknown field' });
    const wrongType = await call('/companies', { method: 'POST', body: '{"name":12}', type: 'application/json' });
    expect(Object.keys(wrongType.json.error?.fields ?? {})).toEqual(['name']);
    const created = await call('/companies', { method: 'POST', body: '{"name":"  Nieuw  "}', type: 'application/json; charset=utf-8' });
    expect(created.status).toBe(201);
    expect(created.json.name).toBe('Nieuw');
  });

  test("another organisation's survey is a 404, whatever the endpoint", async () => {
    for (const path of ['/surveys/{id}', '/surveys/{id}/results', '/surveys/{id}/responses']) {
      const reply = await call(path, { params: { id: otherSurvey.id } });
      expect(reply.status, path).toBe(404);
      expect((await call(path, { params: { id: otherSurvey.id }, key: otherKey })).status, path).toBe(200);
    }
    const patch = await call('/surveys/{id}', { method: 'PATCH', params: { id: otherSurvey.id }, body: '{"title":"weg"}', type: 'application/json' });
    expect(patch.status).toBe(404);
    expect((await findInstance(otherSurvey.id, db))?.title).toBe('Gasten');
  });
});

describe('responses as JSON', () => {
  test('checked like a page post: each invalid field named, unknown and hidden ones too', () => {
    const definition = surveyForInstance(survey)!;
    const checked = checkJsonAnswers(definition, { expectation: 'better', recommend: 11, nope: 1, comment: ['a'] });
    expect(checked.fields).toEqual({
      expectation: 'Please choose one of the options.',
      recommend: 'Please choose one of the options.',
      nope: 'no such question in this survey',
      comment: 'expects a single value, not a list',
    });
    expect(checkJsonAnswers(definition, {}).fields).toEqual({ expectation: 'Please answer this question.' });
    expect(checkJsonAnswers(definition, { expectation: 'as', recommend: 9 }).fields).toEqual({});
  });

  test('stored, completed and counted as a form response is; a closed survey takes nothing', async () => {
    const definition = surveyForInstance(survey)!;
    const now = new Date('2027-02-10T09:00:00Z');
    const outcome = await submitJsonResponse(survey, definition, { answers: { expectation: 'more', recommend: 10, service_quality: '4' } }, now, db);
    expect(outcome.kind).toBe('stored');
    if (outcome.kind !== 'stored') return;
    expect(outcome.response.status).toBe('completed');
    expect(outcome.response.answers).toEqual({ expectation: 'more', recommend: 10, service_quality: 4 });
    const counts = await factCounts(survey.id, db);
    expect(counts.length).toBeGreaterThan(0);
    expect(counts.every((c) => c.month === '2027-02')).toBe(true);
    const closed = { ...survey, status: 'closed' as const };
    expect((await submitJsonResponse(closed, definition, { answers: { expectation: 'more' } }, now, db)).kind).toBe('closed');
    expect((await submitJsonResponse(survey, definition, { answers: { expectation: 'more' }, locale: 'en' }, now, db)).kind).toBe('stored');
  });

  test('pages with an opaque cursor, newest first, filtered by date', async () => {
    const definition = surveyForInstance(otherSurvey)!;
    for (let day = 1; day <= 5; day++) {
      await submitJsonResponse(otherSurvey, definition, { answers: { expectation: 'as' } }, new Date(`2027-01-0${day}T12:00:00Z`), db);
    }
    const first = await completedResponsesPage(otherSurvey.id, { limit: 2 }, db);
    expect(first.rows.map((r) => r.completedAt!.getUTCDate())).toEqual([5, 4]);
    const cursor = decodeCursor(encodeCursor(first.next!));
    const second = await completedResponsesPage(otherSurvey.id, { limit: 2, after: cursor! }, db);
    expect(second.rows.map((r) => r.completedAt!.getUTCDate())).toEqual([3, 2]);
    const filtered = await completedResponsesPage(otherSurvey.id, { limit: 10, from: new Date('2027-01-02T00:00:00Z'), to: new Date('2027-01-04T00:00:00Z') }, db);
    expect(filtered.rows.map((r) => r.completedAt!.getUTCDate())).toEqual([3, 2]);
    expect(filtered.next).toBeNull();
    expect(decodeCursor('not-a-cursor')).toBeNull();
    expect(decodeCursor(Buffer.from('[1,""]').toString('base64url'))).toBeNull();
  });
});

describe('the OpenAPI document', () => {
  test('lists every endpoint with its schemas, references resolve', () => {
    const doc = openApiDocument(API_ENDPOINTS, 'https://koers.example/api/v1') as { openapi: string; paths: Record<string, Record<string, { responses: Record<string, unknown> }>>; components: { schemas: Record<string, unknown> } };
    expect(doc.openapi).toBe('3.1.0');
    for (const endpoint of API_ENDPOINTS) {
      const operation = doc.paths[endpoint.path]?.[endpoint.method.toLowerCase()];
      expect(operation, `${endpoint.method} ${endpoint.path}`).toBeDefined();
      expect(Object.keys(operation.responses)).toContain(String(endpoint.reply.status));
    }
    const text = JSON.stringify(doc);
    for (const [, id] of text.matchAll(/"#\/components\/schemas\/([^"]+)"/g)) expect(doc.components.schemas[id], id).toBeDefined();
    expect(text).not.toContain('#/$defs/');
    expect(doc.components.schemas.NewSurvey).toMatchObject({ additionalProperties: false });
  });
});
