/**
 * Malformed and hostile input on the widget's routes (issue 10), generated
 * with fast-check like malformed-surveys.test.ts: the loader /embed.js and
 * the embedded pages /e/<publicId>[/bedankt] (any method, garbage ids and
 * queries), the embedded start post with its honeypot, and the owner's
 * origins form, 1000 requests each. Every reply: no 5xx, no stack trace,
 * the cross-site check holds, and the widget's routes never set a cookie.
 * The embedded start goes through the start throttles of the public link.
 * Afterwards the survey's embed origins are only ever a list of origins
 * its schema accepts, and the database holds only valid responses.
 *
 * FAULTS_SEED and FAULTS_RUNS override the seed and the runs per route.
 */
import type { Client } from '@libsql/client';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createDb } from '../../src/lib/server/db.ts';
import { EmbedOriginsSchema } from '../../src/lib/surveys/embed-origins.ts';
import { issueToken } from '../../src/lib/server/tokens.ts';
import { THROTTLES } from '../../src/lib/limits.ts';
import { sessionCookie } from '../support/accounts.ts';
import { reportFigures } from '../support/figures.ts';
import { anyMethod, createFuzzer, localePrefix, weirdSegment } from '../support/fuzz.ts';
import { manyAddresses, responseId } from '../support/growth-test.ts';
import { checkHostileReply, hostileRequest, safeEncode, type HostileRequest } from '../support/hostile-requests.ts';
import { findDamage, openDatabase, readResponses } from '../support/inspect-db.ts';
import { PublicSurveyClient, seedSurveyWorld, type SurveyWorld } from '../support/instance-surveys.ts';
import { freshDatabase, removeDatabase, startServer, type ServerHandle } from '../support/server.ts';

const SEED = Number(process.env.FAULTS_SEED ?? 10_2026);
const RUNS = Number(process.env.FAULTS_RUNS ?? 1000);

let server: ServerHandle;
let db: Client;
let world: SurveyWorld;
let cookie: string;
const { fuzz, totals } = createFuzzer({ base: () => server.url, seed: SEED, runs: RUNS });
/** Valid tokens the generators may post to the embedded start page; the only ones allowed to create a response. */
const startPool = Array.from({ length: 25 }, () => issueToken().token);
const honeypotPool = Array.from({ length: 10 }, () => issueToken().token);
/**
 * Honeypot tokens some request carried where the server may have read an
 * empty honeypot: the field dropped, emptied or sent as a file by the
 * mutations, or a body whose fields the server splits differently (unescaped,
 * broken multipart). Those may rightly start a response; no other may.
 */
const honeypotMaybeEmpty = new Set<string>();
let filledHoneypotsChecked = 0;

/** Whether the server reads this request's honeypot as filled, for the encodings where that is certain. */
function honeypotFilled(request: HostileRequest): boolean {
  if (request.encoding !== 'urlencoded' && request.encoding !== 'multipart') return false;
  const index = request.fields.findIndex(([name]) => name === 'website');
  if (index === -1 || index === request.filePart) return false;
  const website = request.fields[index][1];
  return typeof website !== 'string' || website.trim() !== '';
}

function noteHoneypotTokens(request: HostileRequest): void {
  if (honeypotFilled(request)) return;
  for (const [, value] of request.fields) if (typeof value === 'string' && honeypotPool.includes(value)) honeypotMaybeEmpty.add(value);
}

function publicIdArb(): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 10, arbitrary: fc.constant(world.open.publicId) },
    { weight: 2, arbitrary: fc.constant(world.closed.publicId) },
    { weight: 1, arbitrary: fc.constant(world.open.id) },
    { weight: 1, arbitrary: fc.constant(world.open.publicId.toUpperCase()) },
    { weight: 2, arbitrary: weirdSegment },
  );
}

/** What an owner might type, or paste by mistake, as the origins list. */
const originLines = fc
  .array(
    fc.oneof(
      fc.constantFrom('https://www.example.nl', 'http://localhost:8080', 'https://a.example:443', 'https://bücher.example', 'https://*.example.nl', "'self'", '*', 'https://a;b.example', 'https://x.example/path', 'javascript:alert(1)', '<script>alert(1)</script>', ''),
      fc.webUrl(),
      fc.string({ maxLength: 60 }),
    ),
    { maxLength: 25 },
  )
  .map((lines) => lines.join('\n'));

beforeAll(async () => {
  const database = await freshDatabase('malformed-embed', { inMemoryFs: true });
  db = openDatabase(database.url);
  world = await seedSurveyWorld(db);
  cookie = await sessionCookie(createDb(db), world.coach.id);
  server = await startServer({ database, env: { TRUST_PROXY: '1' } });
}, 120_000);

afterAll(async () => {
  reportFigures('malformed embed total', { requestsSent: totals.requests, failedProperties: totals.failures });
  db?.close();
  await server?.stop();
  removeDatabase(server?.database);
});

describe(`malformed input on the widget (${RUNS} generated requests per route, seed ${SEED})`, () => {
  test('any method on /embed.js and /e/<publicId>[/bedankt], with garbage ids and queries: no cookie ever', { timeout: 300_000 }, async () => {
    const path = fc.oneof(
      { weight: 1, arbitrary: fc.option(fc.string({ maxLength: 40 }).map(safeEncode)).map((q) => `/embed.js${q === null ? '' : `?${q}`}`) },
      {
        weight: 6,
        arbitrary: fc
          .tuple(localePrefix, publicIdArb(), fc.constantFrom('', '', '/bedankt', '/', '/x'), fc.option(fc.oneof(fc.string({ maxLength: 80 }).map(safeEncode), fc.constantFrom('voorbeeld', `rapport=${issueToken().token}`, 'rapport=', 'rapport=%00')), { freq: 3 }))
          .map(([prefix, id, tail, query]) => `${prefix}/e/${id}${tail}${query === null ? '' : `?${query}`}`),
      },
    );
    const arbitrary = hostileRequest({ method: anyMethod, path, fieldNames: ['token', 'website'], validValues: ['x'] });
    await fuzz('GET /e/<publicId>', arbitrary, (request, reply) => {
      const problem = checkHostileReply(request, reply, [200, 301, 303, 304, 400, 403, 404, 405, 410, 413]);
      if (problem) return problem;
      if (reply.setCookies.length > 0) return `set a cookie: ${reply.setCookies.join('; ')}`;
      if (reply.status === 301 && !/^\/(?!\/)/.test(reply.location ?? '')) return `redirected off the site to ${reply.location}`;
      return null;
    });
  });

  test('POST /e/<publicId> (the embedded start, with its honeypot)', { timeout: 300_000 }, async () => {
    const arbitrary = hostileRequest({
      path: fc.tuple(localePrefix, publicIdArb(), fc.constantFrom('', '', '?voorbeeld')).map(([prefix, id, query]) => `${prefix}/e/${id}${query}`),
      fieldNames: ['token', 'website', 'action'],
      validValues: [...startPool, 'https://spam.example', ''],
      validForm: fc.oneof(
        fc.constantFrom(...startPool).map((token) => [['token', token], ['website', '']] as [string, string][]),
        fc.constantFrom(...honeypotPool).map((token) => [['token', token], ['website', 'https://spam.example']] as [string, string][]),
      ),
    });
    const addresses = manyAddresses();
    await fuzz('POST /e/<publicId>', arbitrary, (request, reply) => {
      noteHoneypotTokens(request);
      const problem = checkHostileReply(request, reply, [200, 303, 400, 403, 404, 410, 413, 429]);
      if (problem) return problem;
      if (honeypotFilled(request)) {
        filledHoneypotsChecked++;
        if (reply.status === 303) return 'a filled honeypot started a response';
      }
      if (reply.setCookies.length > 0) return `set a cookie: ${reply.setCookies.join('; ')}`;
      if (reply.status === 303 && !/\/(vragenlijst|e)\//.test(reply.location ?? '')) return `start redirected to ${reply.location}`;
      if (reply.status === 303 && request.path.includes('voorbeeld')) return 'the preview started a response';
      return null;
    }, () => ({ 'x-forwarded-for': addresses() }));
  });

  test("POST the owner's origins form", { timeout: 300_000 }, async () => {
    const arbitrary = hostileRequest({
      path: fc.tuple(localePrefix, fc.constantFrom(world.open.id, world.open.id, world.closed.id, 'nonexistent0000')).map(([prefix, id]) => `${prefix}/dashboard/vragenlijsten/${id}`),
      fieldNames: ['action', 'origins'],
      validValues: ['origins', 'https://www.example.nl', 'https://www.example.nl\nhttp://localhost:8080'],
      validForm: originLines.map((origins) => [['action', 'origins'], ['origins', origins]] as [string, string][]),
    });
    await fuzz('POST origins form', arbitrary, (request, reply) => checkHostileReply(request, reply, [303, 400, 403, 404, 413, 422]), () => ({ cookie }));
  });

  test('the embedded start is held by the same per-address start throttle as the public link', async () => {
    const client = new PublicSurveyClient(server.url, { forwardedFor: '203.0.113.77' });
    const limit = THROTTLES.testStartAddress.limit;
    const statuses: number[] = [];
    for (let i = 0; i <= limit; i++) {
      const token = issueToken().token;
      statuses.push((await client.postForm(`/e/${world.open.publicId}`, { token, website: '' })).status);
    }
    expect(statuses.slice(0, limit).every((s) => s === 303)).toBe(true);
    expect(statuses[limit]).toBe(429);
    // The public link from that address is held by the same count.
    expect((await client.startSurvey(world.open.publicId, issueToken().token)).status).toBe(429);
  });

  test('afterwards: the server is up, logged no error, the origins are valid origins, nothing invalid stored', async () => {
    expect((await fetch(`${server.url}/e/${world.open.publicId}`)).status).toBe(200);
    expect(server.errorLines()).toEqual([]);
    expect(await findDamage(db)).toEqual([]);
    const rows = await db.execute('select embed_origins from surveys');
    for (const row of rows.rows) {
      const origins = JSON.parse(String(row.embed_origins));
      expect(EmbedOriginsSchema.parse(origins)).toEqual(origins);
    }
    const stored = await readResponses(db);
    const known = new Set(startPool.map(responseId));
    const generated = stored.filter((r) => known.has(r.id));
    expect(generated.every((r) => r.surveyInstanceId === world.open.id)).toBe(true);
    expect(filledHoneypotsChecked).toBeGreaterThan(0);
    const neverEmpty = honeypotPool.filter((t) => !honeypotMaybeEmpty.has(t));
    expect(stored.filter((r) => neverEmpty.some((t) => responseId(t) === r.id))).toEqual([]);
    reportFigures('malformed embed database', { responses: stored.length, createdByGeneratedStarts: generated.length, filledHoneypotsChecked });
  });
});
