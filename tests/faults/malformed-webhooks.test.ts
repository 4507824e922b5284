/**
 * Malformed and hostile input on a survey's webhook form (the owner's
 * survey page, POST with action webhook-save / -remove / -secret / -test),
 * generated with fast-check like malformed-surveys.test.ts, 1000 requests.
 * Every reply: no 5xx, no stack trace, the cross-site check holds; stored
 * webhook URLs are only ever https to a public address (the e2e-like server
 * runs without WEBHOOKS_ALLOW_PRIVATE). The writes are throttled per
 * owner (webhookWrite), so the requests rotate over many signed-in coaches
 * of the survey's organisation to reach the form logic.
 *
 * FAULTS_SEED and FAULTS_RUNS override the seed and the runs.
 */
import type { Client } from '@libsql/client';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { surveyWebhooks } from '../../db/schema.ts';
import { THROTTLES } from '../../src/lib/limits.ts';
import { isPublicAddress, literalAddress } from '../../src/lib/server/webhooks/address.ts';
import { reportFigures } from '../support/figures.ts';
import { createFuzzer, localePrefix } from '../support/fuzz.ts';
import { checkHostileReply, hostileRequest } from '../support/hostile-requests.ts';
import { openDatabase } from '../support/inspect-db.ts';
import { ownerSessions } from '../support/owner-sessions.ts';
import { seedSurveyWorld, type SurveyWorld } from '../support/instance-surveys.ts';
import { freshDatabase, removeDatabase, startServer, type ServerHandle } from '../support/server.ts';

const SEED = Number(process.env.FAULTS_SEED ?? 10_2026);
const RUNS = Number(process.env.FAULTS_RUNS ?? 1000);

let server: ServerHandle;
let db: Client;
let world: SurveyWorld;
const cookies: string[] = [];
const { fuzz, totals } = createFuzzer({ base: () => server.url, seed: SEED, runs: RUNS });

beforeAll(async () => {
  const database = await freshDatabase('malformed-webhooks', { inMemoryFs: true });
  db = openDatabase(database.url);
  world = await seedSurveyWorld(db);
  // Enough coaches that every generated request fits within someone's webhookWrite allowance.
  cookies.push(...(await ownerSessions(world, Math.ceil(RUNS / THROTTLES.webhookWrite.limit) + 1)));
  server = await startServer({ database });
}, 300_000);

afterAll(async () => {
  reportFigures('malformed webhooks total', { requestsSent: totals.requests, failedProperties: totals.failures });
  db?.close();
  await server?.stop();
  removeDatabase(server?.database);
});

const VALID_URLS = ['https://8.8.8.8/hook', 'https://[2606:4700:4700::1111]/x?y=1', 'https://127.0.0.1/hook', 'http://8.8.8.8/hook', 'https://[::ffff:127.0.0.1]/', 'https://169.254.169.254/latest'];
const ACTIONS = ['webhook-save', 'webhook-remove', 'webhook-secret', 'webhook-test'];

describe(`malformed input on the webhook form (${RUNS} generated requests, seed ${SEED})`, () => {
  test('POST /dashboard/vragenlijsten/<id> with webhook actions', { timeout: 300_000 }, async () => {
    const arbitrary = hostileRequest({
      path: fc
        .tuple(localePrefix, fc.oneof({ weight: 9, arbitrary: fc.constant(world.open.id) }, { weight: 1, arbitrary: fc.constant(world.closed.id) }, { weight: 1, arbitrary: fc.constant('onbekend') }))
        .map(([prefix, id]) => `${prefix}/dashboard/vragenlijsten/${id}`),
      fieldNames: ['action', 'webhookUrl'],
      validValues: [...ACTIONS, ...VALID_URLS],
      validForm: fc.tuple(fc.constantFrom(...ACTIONS), fc.constantFrom(...VALID_URLS)).map(([action, url]) => [['action', action], ['webhookUrl', url]] as [string, string][]),
    });
    let turn = 0;
    const figures = await fuzz(
      'POST webhook form',
      arbitrary,
      // 200: the secret shown once; 303: saved; 400: refused URL; 404: unknown survey or action; 429: throttled.
      (request, reply) => checkHostileReply(request, reply, [200, 303, 400, 403, 404, 413, 415, 429]),
      () => ({ cookie: cookies[turn++ % cookies.length] }),
    );
    reportFigures('malformed webhooks statuses', figures.statuses);
  });

  test('afterwards: the server is up, logged no error, and every stored URL is https to a public address', async () => {
    expect(server.errorLines()).toEqual([]);
    const stored = await world.db.select().from(surveyWebhooks);
    for (const row of stored) {
      const url = new URL(row.url);
      expect(url.protocol, row.url).toBe('https:');
      const literal = literalAddress(url.hostname);
      if (literal) expect(isPublicAddress(literal), row.url).toBe(true);
      expect(row.secret).toMatch(/^whsec_[A-Za-z0-9+/]{32}$/);
    }
    reportFigures('malformed webhooks database', { webhooks: stored.length });
  });
});
