/**
 * Malformed and hostile input, generated with fast-check (a fixed seed, so
 * a failure replays and shrinks to a minimal request): at least a thousand
 * requests per form and API endpoint, and as many against the GET routes
 * with mangled tokens and sections. Every reply: no 5xx, no stack trace, the
 * cross-site form check holds. Afterwards the database holds no invalid or
 * hidden answer, no half-completed response, and no response that a valid
 * start did not create.
 *
 * FAULTS_SEED and FAULTS_RUNS override the seed and the runs per endpoint.
 */
import type { Client } from '@libsql/client';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { hashSecret, issueToken, parseToken } from '../../src/lib/server/tokens.ts';
import { reportFigures } from '../support/figures.ts';
import { GrowthTestClient, growthTest, planAnswers, responseId, seededRandom } from '../support/growth-test.ts';
import { checkHostileReply, hostileRequest, safeEncode } from '../support/hostile-requests.ts';
import { anyMethod, createFuzzer, localePrefix, pathToken as mangledToken, weirdSegment, withWrongSecret } from '../support/fuzz.ts';

const pathToken = (real: string) => mangledToken(real, startPool);
import { findDamage, openDatabase, readResponses } from '../support/inspect-db.ts';
import { freshDatabase, removeDatabase, startServer, type ServerHandle } from '../support/server.ts';

const SEED = Number(process.env.FAULTS_SEED ?? 4_2026);
const RUNS = Number(process.env.FAULTS_RUNS ?? 1000);

let server: ServerHandle;
let db: Client;
const tokens = {} as Record<'context' | 'ambition' | 'contact' | 'draft' | 'done', string>;
/** Valid tokens the generators may post to the start page; the only ones allowed to create a response. */
const startPool = Array.from({ length: 25 }, () => issueToken().token);
const { fuzz, totals } = createFuzzer({ base: () => server.url, seed: SEED, runs: RUNS });

const allQuestions = growthTest.sections.flatMap((s) => s.questions);
const sectionIds = growthTest.sections.map((s) => s.id);

/** A valid post of one section's form: every visible question answered (with the given earlier answers). */
function validSectionForm(sectionId: string): fc.Arbitrary<[string, string][]> {
  const section = growthTest.sections.find((s) => s.id === sectionId)!;
  const answers = section.questions.map((question) => {
    switch (question.type) {
      case 'agreement':
        return fc.constantFrom('1', '2', '3', '4', '5', 'dk').map((v) => [question.id, v] as [string, string]);
      case 'single':
        return fc.constantFrom(...question.options.map((o) => o.value)).map((v) => [question.id, v] as [string, string]);
      case 'text':
        return fc
          .constantFrom(question.format === 'email' ? 'anna@zon.nl' : 'Anna de Vries', question.format === 'email' ? 'a.b@c.de' : 'Zon & Co')
          .map((v) => [question.id, v] as [string, string]);
      default:
        throw new Error(`no valid value for ${question.type}`);
    }
  });
  return fc
    .tuple(fc.constantFrom('next', 'back'), ...answers)
    .map(([action, ...fields]) => [['section', sectionId], ...fields, ['action', action]] as [string, string][]);
}

/** Every value some question accepts, so generated posts often get past the first check. */
function validValuesOf(questionIds: string[]): string[] {
  const values = new Set<string>(['next', 'back', ...sectionIds]);
  for (const question of allQuestions.filter((q) => questionIds.includes(q.id))) {
    if (question.type === 'agreement') ['1', '2', '3', '4', '5', 'dk'].forEach((v) => values.add(v));
    if (question.type === 'single' || question.type === 'multiple') question.options.forEach((o) => values.add(o.value));
    if (question.type === 'text') ['Anna de Vries', 'Bakkerij Zon', 'anna@zon.nl'].forEach((v) => values.add(v));
  }
  return [...values];
}


/** The token in a request path, when it may open a response: one of ours, or one a generated start may have used. */
function tokenIn(path: string): string | undefined {
  return [...Object.values(tokens), ...startPool].find((t) => path.includes(`/${t}/`) || path.endsWith(`/${t}`));
}

beforeAll(async () => {
  // On a RAM disk where there is one: this test is about input, not durability, and writes a lot.
  const database = await freshDatabase('malformed', { inMemoryFs: true });
  server = await startServer({ database });
  db = openDatabase(database.url);
  const client = new GrowthTestClient(server.url);
  for (const key of ['context', 'ambition', 'contact', 'draft', 'done'] as const) {
    tokens[key] = await client.newToken();
    expect((await client.start(tokens[key])).status).toBe(303);
  }
  expect((await client.postSection(tokens.contact, 'follow_up', { consent: 'yes' })).status).toBe(303);
  const plan = planAnswers(seededRandom(7), { consent: 'yes', label: 'done' });
  for (const section of plan.sections) {
    expect((await client.postSection(tokens.done, section.id, section.fields)).status).toBe(303);
  }
});

afterAll(async () => {
  reportFigures('malformed total', { requestsSent: totals.requests, failedProperties: totals.failures });
  db?.close();
  await server?.stop();
  removeDatabase(server?.database);
});

describe(`malformed input (${RUNS} generated requests per endpoint, seed ${SEED})`, () => {
  test('POST /groeitest', async () => {
    const arbitrary = hostileRequest({
      path: localePrefix.map((p) => `${p}/groeitest`),
      fieldNames: ['token', 'action', 'section'],
      validValues: [...startPool, tokens.context, withWrongSecret(tokens.context)],
      validForm: fc.constantFrom(...startPool).map((token) => [['token', token]] as [string, string][]),
    });
    await fuzz('POST /groeitest', arbitrary, (request, reply) => {
      return checkHostileReply(request, reply, [200, 303, 403, 413, 429]);
    });
  });

  for (const [key, sectionId] of [
    ['context', 'context'],
    ['ambition', 'ambition'],
    ['contact', 'contact'],
  ] as const) {
    test(`POST /vragenlijst/<token>/${sectionId}`, async () => {
      const section = growthTest.sections.find((s) => s.id === sectionId)!;
      const fieldNames = ['section', 'action', ...section.questions.map((q) => q.id)];
      const arbitrary = hostileRequest({
        path: fc
          .tuple(localePrefix, fc.oneof({ weight: 9, arbitrary: pathToken(tokens[key]) }, { weight: 1, arbitrary: fc.constant(tokens.done) }))
          .map(([prefix, token]) => `${prefix}/vragenlijst/${token}/${sectionId}`),
        fieldNames,
        validValues: validValuesOf(fieldNames),
        validForm: validSectionForm(sectionId),
      });
      await fuzz(`POST /vragenlijst/<token>/${sectionId}`, arbitrary, (request, reply) => {
        // 400: Node refuses a path with broken percent-encoding before the app sees it.
        const problem = checkHostileReply(request, reply, [303, 400, 403, 404, 413, 422, 429]);
        if (problem) return problem;
        if (!tokenIn(request.path) && ![400, 403, 404, 413].includes(reply.status)) return `unknown token answered ${reply.status}`;
        return null;
      });
    });
  }

  test('POST /api/responses/<token>/draft', async () => {
    const fieldNames = ['section', ...allQuestions.map((q) => q.id)];
    const arbitrary = hostileRequest({
      path: fc.oneof(pathToken(tokens.draft), fc.constant(tokens.done)).map((token) => `/api/responses/${token}/draft`),
      fieldNames,
      validValues: validValuesOf(fieldNames),
      // Autosave of any section except the contact page (hidden for this token): it says which in `section`.
      validForm: fc.constantFrom(...sectionIds.filter((id) => id !== 'contact')).chain(validSectionForm),
    });
    await fuzz('POST /api/responses/<token>/draft', arbitrary, (request, reply) => {
      const problem = checkHostileReply(request, reply, [200, 400, 403, 404, 413, 429]);
      if (problem) return problem;
      if (reply.status === 200 && !tokenIn(request.path)) return 'unknown token saved';
      return null;
    });
  });

  test('GET and other methods on every route, with mangled tokens, sections and queries', async () => {
    const anyToken = fc.oneof(
      fc.constantFrom(...Object.values(tokens)),
      fc.constantFrom(...Object.values(tokens)).map(withWrongSecret),
      fc.constantFrom(...startPool),
      weirdSegment,
    );
    const section = fc.oneof(fc.constantFrom(...sectionIds), weirdSegment);
    const path = fc
      .tuple(
        localePrefix,
        fc.constantFrom('section', 'resume', 'report', 'pdf', 'draft', 'start', 'home', 'other'),
        anyToken,
        section,
        fc.option(fc.string({ maxLength: 80 }).map(safeEncode), { freq: 3 }),
      )
      .map(([prefix, route, token, sectionId, query]) => {
        const paths: Record<string, string> = {
          section: `/vragenlijst/${token}/${sectionId}`,
          resume: `/hervatten/${token}`,
          report: `/rapport/${token}`,
          pdf: `/rapport/${token}/pdf`,
          draft: `/api/responses/${token}/draft`,
          start: '/groeitest',
          home: '/',
          other: `/${sectionId}`,
        };
        return `${prefix}${paths[route]}${query === null ? '' : `?${query}`}`;
      });
    const arbitrary = hostileRequest({
      method: anyMethod,
      path,
      fieldNames: ['token', 'section'],
      validValues: ['x'],
    });
    await fuzz('GET and other methods', arbitrary, (request, reply) => {
      const problem = checkHostileReply(request, reply, [200, 303, 400, 403, 404, 405, 413]);
      if (problem) return problem;
      // A forged secret opens nothing.
      const forged = Object.values(tokens).map(withWrongSecret).find((t) => request.path.includes(`/${t}`));
      if (forged && [200, 303].includes(reply.status) && request.path.match(/vragenlijst|hervatten|rapport/)) {
        return `forged token answered ${reply.status}`;
      }
      return null;
    });
  });

  test('afterwards: the server is up, logged no error, and stored nothing invalid or unexpected', async () => {
    expect((await fetch(`${server.url}/groeitest`)).status).toBe(200);
    expect(server.errorLines()).toEqual([]);
    expect(await findDamage(db)).toEqual([]);

    const known = new Map([...Object.values(tokens), ...startPool].map((t) => [responseId(t), t]));
    const stored = await readResponses(db);
    const strangers = stored.filter((r) => !known.has(r.id));
    expect(strangers.map((r) => r.id)).toEqual([]);
    for (const response of stored) {
      // The stored hash is the hash of the token's own secret: nothing forged a response for an id it had seen.
      const token = known.get(response.id)!;
      expect(Buffer.from(response.secretHash).equals(Buffer.from(hashSecret(parseToken(token)!.secret)))).toBe(true);
      expect(response.status).toBe(response.id === responseId(tokens.done) ? 'completed' : 'in_progress');
    }
    const created = stored.filter((r) => startPool.some((t) => responseId(t) === r.id)).length;
    reportFigures('malformed database', {
      responses: stored.length,
      createdByGeneratedStarts: created,
      strangers: strangers.length,
      damage: 0,
    });
  });
});
