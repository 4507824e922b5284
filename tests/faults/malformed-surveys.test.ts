/**
 * Malformed and hostile input on the survey instances' public routes (issue
 * 9), generated with fast-check like malformed.test.ts: the public link
 * /v/<publicId> (GET and other methods with garbage ids, and the start
 * post with its token and honeypot) and the section posts of a
 * customer-satisfaction survey, 1000 requests each. Every reply: no 5xx,
 * no stack trace, the cross-site check holds; a filled honeypot never
 * starts anything. Afterwards the database holds only responses that a
 * valid start created, with valid answers.
 *
 * FAULTS_SEED and FAULTS_RUNS override the seed and the runs per route.
 */
import type { Client } from '@libsql/client';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { issueToken } from '../../src/lib/server/tokens.ts';
import { reportFigures } from '../support/figures.ts';
import { anyMethod, createFuzzer, localePrefix, pathToken as mangledToken, weirdSegment, withWrongSecret } from '../support/fuzz.ts';

const pathToken = (real: string) => mangledToken(real, startPool);
import { manyAddresses, responseId } from '../support/growth-test.ts';
import { checkHostileReply, hostileRequest, safeEncode, type HostileRequest } from '../support/hostile-requests.ts';
import { findDamage, openDatabase, readResponses } from '../support/inspect-db.ts';
import { PublicSurveyClient, satisfactionPlan, satisfactionSurvey, seedSurveyWorld, type SurveyWorld } from '../support/instance-surveys.ts';
import { freshDatabase, removeDatabase, startServer, type ServerHandle } from '../support/server.ts';

const SEED = Number(process.env.FAULTS_SEED ?? 9_2026);
const RUNS = Number(process.env.FAULTS_RUNS ?? 1000);

let server: ServerHandle;
let db: Client;
let world: SurveyWorld;
const { fuzz, totals } = createFuzzer({ base: () => server.url, seed: SEED, runs: RUNS });
const SECTIONS = ['experience', 'service_levels', 'feedback'] as const;
/** Per section, a few started responses: each takes 120 posts a minute (surveyWrite), so the generated posts spread over them. */
const TOKENS_PER_SECTION = 6;
const tokens = {} as Record<(typeof SECTIONS)[number], string[]> & { done: string };
/** Valid tokens the generators may post to the start page; the only ones allowed to create a response. */
const startPool = Array.from({ length: 25 }, () => issueToken().token);
/** Tokens only ever posted with the honeypot filled: none may create a response. */
const honeypotPool = Array.from({ length: 10 }, () => issueToken().token);

const allQuestions = satisfactionSurvey.sections.flatMap((s) => s.questions);
const pair = (id: string) => (v: string) => [id, v] as [string, string];

/** A valid post of one section: every question answered or, where optional, left empty. */
function validSectionForm(sectionId: string): fc.Arbitrary<[string, string][]> {
  const section = satisfactionSurvey.sections.find((s) => s.id === sectionId)!;
  const answers = section.questions.map((question) => {
    switch (question.type) {
      case 'agreement':
        return fc.constantFrom('1', '2', '3', '4', '5', 'dk', '').map(pair(question.id));
      case 'scale':
        return fc.constantFrom('', ...Array.from({ length: 11 }, (_, i) => String(i))).map(pair(question.id));
      case 'single':
        return fc.constantFrom(...question.options.map((o) => o.value)).map(pair(question.id));
      case 'longtext':
        return fc.oneof(fc.string({ maxLength: 200 }), fc.constant('Prima service.\r\nTot ziens!'), fc.constant('x'.repeat(2000))).map(pair(question.id));
      default:
        throw new Error(`no valid value for ${question.type}`);
    }
  });
  return fc.tuple(fc.constantFrom('next', 'back'), ...answers).map(([action, ...fields]) => [['section', sectionId], ...fields, ['action', action]] as [string, string][]);
}

function validValues(): string[] {
  const values = new Set<string>(['next', 'back', ...SECTIONS, '0', '6', '7', '8', '9', '10', '1', '2', '3', '4', '5', 'dk', 'Goed geholpen']);
  for (const question of allQuestions) if (question.type === 'single') question.options.forEach((o) => values.add(o.value));
  return [...values];
}


/** A public id: the open survey's (mostly), the closed one's, a near miss, or garbage. */
function publicIdArb(): fc.Arbitrary<string> {
  const near = (id: string) => `${id.slice(0, -1)}${id.endsWith('A') ? 'B' : 'A'}`;
  return fc.oneof(
    { weight: 10, arbitrary: fc.constant(world.open.publicId) },
    { weight: 2, arbitrary: fc.constant(world.closed.publicId) },
    { weight: 1, arbitrary: fc.constant(near(world.open.publicId)) },
    { weight: 1, arbitrary: fc.constant(world.open.id) },
    { weight: 1, arbitrary: fc.constant(world.open.publicId.toUpperCase()) },
    { weight: 2, arbitrary: weirdSegment },
  );
}

/** The first value of a field as the server reads it, when the request is a plain form post it will parse. */
function plainField(request: HostileRequest, name: string): string | undefined {
  if (request.encoding !== 'urlencoded' || request.contentType !== undefined || request.chunked) return undefined;
  const found = request.fields.find(([n]) => n === name);
  if (!found) return undefined;
  return typeof found[1] === 'string' ? found[1] : found[1].repeat.repeat(found[1].times);
}

beforeAll(async () => {
  const database = await freshDatabase('malformed-surveys', { inMemoryFs: true });
  db = openDatabase(database.url);
  world = await seedSurveyWorld(db);
  // Generated starts come from many addresses (X-Forwarded-For), so the per-address start limit leaves most of them to the start logic.
  server = await startServer({ database, env: { TRUST_PROXY: '1' } });
  const client = new PublicSurveyClient(server.url, { forwardedFor: manyAddresses() });
  const start = async () => {
    const token = await client.newSurveyToken(world.open.publicId);
    expect((await client.startSurvey(world.open.publicId, token)).status).toBe(303);
    return token;
  };
  for (const key of SECTIONS) {
    tokens[key] = [];
    for (let i = 0; i < TOKENS_PER_SECTION; i++) tokens[key].push(await start());
  }
  tokens.done = await start();
  for (const { id, fields } of satisfactionPlan(3).sections) {
    expect((await client.postSection(tokens.done, id, fields)).status).toBe(303);
  }
}, 120_000);

afterAll(async () => {
  reportFigures('malformed surveys total', { requestsSent: totals.requests, failedProperties: totals.failures });
  db?.close();
  await server?.stop();
  removeDatabase(server?.database);
});

describe(`malformed input on survey instances (${RUNS} generated requests per route, seed ${SEED})`, () => {
  test('GET and other methods on /v/<publicId> and its thank-you page, with garbage ids and queries', { timeout: 300_000 }, async () => {
    const path = fc
      .tuple(localePrefix, publicIdArb(), fc.constantFrom('', '', '/bedankt', '/', '/x'), fc.option(fc.string({ maxLength: 80 }).map(safeEncode), { freq: 3 }))
      .map(([prefix, id, tail, query]) => `${prefix}/v/${id}${tail}${query === null ? '' : `?${query}`}`);
    const arbitrary = hostileRequest({
      method: anyMethod,
      path,
      fieldNames: ['token', 'website'],
      validValues: ['x'],
    });
    await fuzz('GET /v/<publicId>', arbitrary, (request, reply) => {
      // 301: Astro's own redirect of a path with an empty segment (/v//) to the one without; it stays on the site.
      const problem = checkHostileReply(request, reply, [200, 301, 303, 400, 403, 404, 405, 410, 413]);
      if (problem) return problem;
      if (reply.status === 301 && !/^\/(?!\/)/.test(reply.location ?? '')) return `redirected off the site to ${reply.location}`;
      return null;
    });
  });

  test('POST /v/<publicId> (the start, with its honeypot)', { timeout: 300_000 }, async () => {
    const arbitrary = hostileRequest({
      path: fc.tuple(localePrefix, publicIdArb()).map(([prefix, id]) => `${prefix}/v/${id}`),
      fieldNames: ['token', 'website', 'action'],
      validValues: [...startPool, ...honeypotPool, tokens.experience[0], withWrongSecret(tokens.experience[0]), 'https://spam.example', ''],
      validForm: fc.oneof(
        fc.constantFrom(...startPool).map((token) => [['token', token], ['website', '']] as [string, string][]),
        fc.constantFrom(...honeypotPool).map((token) => [['token', token], ['website', 'https://spam.example']] as [string, string][]),
      ),
    });
    const addresses = manyAddresses();
    await fuzz('POST /v/<publicId>', arbitrary, (request, reply) => {
      const problem = checkHostileReply(request, reply, [200, 303, 400, 403, 404, 410, 413, 429]);
      if (problem) return problem;
      const honeypot = plainField(request, 'website');
      if (reply.status === 303 && honeypot !== undefined && honeypot.trim() !== '') return 'a filled honeypot started a response';
      if (reply.status === 303 && !reply.location?.includes('/vragenlijst/')) return `start redirected to ${reply.location}`;
      return null;
    }, () => ({ 'x-forwarded-for': addresses() }));
  });

  for (const sectionId of SECTIONS) {
    test(`POST /vragenlijst/<token>/${sectionId} (customer satisfaction)`, { timeout: 300_000 }, async () => {
      const section = satisfactionSurvey.sections.find((s) => s.id === sectionId)!;
      const arbitrary = hostileRequest({
        path: fc
          .tuple(localePrefix, fc.oneof({ weight: 9, arbitrary: fc.constantFrom(...tokens[sectionId]).chain(pathToken) }, { weight: 1, arbitrary: fc.constant(tokens.done) }))
          .map(([prefix, token]) => `${prefix}/vragenlijst/${token}/${sectionId}`),
        fieldNames: ['section', 'action', ...section.questions.map((q) => q.id)],
        validValues: validValues(),
        validForm: validSectionForm(sectionId),
      });
      await fuzz(`POST /vragenlijst/<token>/${sectionId} (satisfaction)`, arbitrary, (request, reply) =>
        // 400: Node refuses a path with broken percent-encoding before the app sees it.
        checkHostileReply(request, reply, [303, 400, 403, 404, 413, 422, 429]),
      );
    });
  }

  test('a filled honeypot is refused with a message and stores nothing', async () => {
    const client = new PublicSurveyClient(server.url);
    const token = await client.newSurveyToken(world.open.publicId);
    const reply = await client.startSurvey(world.open.publicId, token, { website: 'https://spam.example' });
    expect(reply.status).toBe(400);
    expect((await readResponses(db)).some((r) => r.id === responseId(token))).toBe(false);
  });

  test('afterwards: the server is up, logged no error, and stored nothing invalid or unexpected', async () => {
    expect((await fetch(`${server.url}/v/${world.open.publicId}`)).status).toBe(200);
    expect(server.errorLines()).toEqual([]);
    expect(await findDamage(db)).toEqual([]);
    const known = new Set([...SECTIONS.flatMap((s) => tokens[s]), tokens.done, ...startPool, ...honeypotPool].map(responseId));
    const stored = await readResponses(db);
    expect(stored.filter((r) => !known.has(r.id)).map((r) => r.id)).toEqual([]);
    expect(stored.every((r) => r.surveyInstanceId === world.open.id)).toBe(true);
    reportFigures('malformed surveys database', {
      responses: stored.length,
      createdByGeneratedStarts: stored.filter((r) => startPool.some((t) => responseId(t) === r.id)).length,
      completed: stored.filter((r) => r.status === 'completed').length,
    });
  });
});
