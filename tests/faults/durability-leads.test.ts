/**
 * kill -9 and leads (issue 12): respondents of the home page's Growth Test
 * (given to an organisation) send their last page with consent all at once
 * while the server is killed with SIGKILL a few milliseconds after the
 * first is acknowledged, several rounds, restarted on the same file each time (migrate,
 * then start). Afterwards, read from the file: every acknowledged
 * completion (the 303 to the report) is completed and has its lead in that
 * organisation's inbox, once; and no completed test with consent is
 * without its lead (the lead is in the completion's batch, never after it);
 * and once the last server is up, every lead's notification mail is queued
 * for the organisation's coach exactly once (its outbox event is in the same
 * batch too).
 *
 * FAULTS_SEED changes the kill moments and the answers.
 */
import type { Client } from '@libsql/client';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { migrateDatabase } from '../../scripts/migrate.ts';
import { createUser } from '../../src/lib/server/auth/accounts.ts';
import { createOrganisation } from '../../src/lib/server/queries/organisations.ts';
import { HOME_TEST_ORGANISATION_KEY, writeSetting } from '../../src/lib/server/queries/site-settings.ts';
import { createDb } from '../../src/lib/server/db.ts';
import { reportFigures, sleep } from '../support/figures.ts';
import { GrowthTestClient, isReportRedirect, manyAddresses, planAnswers, responseId, seededRandom, type AnswerPlan } from '../support/growth-test.ts';
import { findDamage, openDatabase } from '../support/inspect-db.ts';
import { freshDatabase, removeDatabase, startServer, type ServerHandle, type TestDatabase } from '../support/server.ts';

const SEED = Number(process.env.FAULTS_SEED ?? 12_2027);
const ROUNDS = 4;
const RESPONDENTS = 24;
// A short lease: events a killed process had claimed are due again soon after the restart.
const SERVER_ENV = { TRUST_PROXY: '1', OUTBOX_POLL_MS: '200', OUTBOX_LEASE_MS: '16000' };

let database: TestDatabase;
let server: ServerHandle;
let client: Client;
let organisationId: string;
let coachId: string;

beforeAll(async () => {
  database = await freshDatabase('durability-leads');
  client = openDatabase(database.url);
  const db = createDb(client);
  organisationId = (await createOrganisation('Thuistest BV', null, db)).id;
  coachId = (await createUser({ email: 'coach@thuistest.test', name: 'Coach', password: 'a fine passphrase', role: 'consultant', organisationId }, db)).id;
  await writeSetting(HOME_TEST_ORGANISATION_KEY, organisationId, db);
  server = await startServer({ database, env: SERVER_ENV });
}, 60_000);

afterAll(async () => {
  await server?.stop();
  client?.close();
  removeDatabase(database);
});

interface Journey {
  token: string;
  plan: AnswerPlan;
  acknowledged: boolean;
}

test('an acknowledged completion with consent has its lead after kill -9', async () => {
  const random = seededRandom(SEED);
  const journeys: Journey[] = [];
  let killedMidFlight = 0;
  for (let round = 0; round < ROUNDS; round++) {
    const http = new GrowthTestClient(server.url, { forwardedFor: manyAddresses() });
    // Everyone answers up to the last page while the server is up.
    const ready: Journey[] = [];
    for (let i = 0; i < RESPONDENTS; i++) {
      const plan = planAnswers(random, { consent: 'yes', label: `r${round}-${i}` });
      const token = await http.newToken();
      expect((await http.start(token)).status).toBe(303);
      for (const section of plan.sections.slice(0, -1)) expect((await http.postSection(token, section.id, section.fields)).status).toBe(303);
      ready.push({ token, plan, acknowledged: false });
    }
    // The last pages all at once, and the kill a few milliseconds after the first acknowledgement, with the rest in flight.
    const last = (j: Journey) => j.plan.sections.at(-1)!;
    let firstAck!: () => void;
    const acked = new Promise<void>((resolve) => (firstAck = resolve));
    const flood = ready.map(async (j) => {
      try {
        j.acknowledged = isReportRedirect(await http.postSection(j.token, last(j).id, last(j).fields), j.token);
        if (j.acknowledged) firstAck();
      } catch {
        killedMidFlight++;
      }
    });
    await Promise.race([acked, sleep(10_000)]);
    await sleep(Math.floor(random() * 40));
    await server.crash();
    await Promise.all(flood);
    journeys.push(...ready);
    await migrateDatabase(database.url);
    server = await startServer({ database, port: server.port, env: SERVER_ENV });
  }

  const acknowledged = journeys.filter((j) => j.acknowledged);
  const problems: string[] = [];
  for (const j of acknowledged) {
    const rows = (await client.execute({ sql: "select l.organisation_id, r.status from responses r left join leads l on l.response_id = r.id where r.id = ?", args: [responseId(j.token)] })).rows;
    if (rows.length !== 1 || rows[0].status !== 'completed' || rows[0].organisation_id !== organisationId) {
      problems.push(`${responseId(j.token)}: acknowledged, stored as ${JSON.stringify(rows)}`);
    }
  }
  const orphans = (
    await client.execute(
      "select r.id from responses r where r.status = 'completed' and json_extract(r.answers, '$.consent') = 'yes' and not exists (select 1 from leads l where l.response_id = r.id)",
    )
  ).rows;
  // Each lead's notification event was stored in the completion's batch ...
  const withoutEvent = (
    await client.execute("select l.id from leads l where not exists (select 1 from outbox o where o.kind = 'lead-created' and o.dedupe_key = 'lead-created:' || l.response_id)")
  ).rows;
  expect(withoutEvent).toEqual([]);
  // ... and the restarted server's outbox worker (started by its first request) turns it into the coach's mail.
  await fetch(server.url);
  const unnotified = async () =>
    (
      await client.execute({
        sql: `select l.id, (select count(*) from outbox o where o.kind = 'mail' and o.dedupe_key = 'mail:lead-notification:' || l.id || ':' || ?) as mails
              from leads l where l.organisation_id = ? and mails != 1`,
        args: [coachId, organisationId],
      })
    ).rows;
  for (let wait = 0; wait < 120 && (await unnotified()).length > 0; wait++) await sleep(500);
  const missingMails = await unnotified();
  reportFigures('durability-leads', { rounds: ROUNDS, respondents: journeys.length, acknowledged: acknowledged.length, cutOff: killedMidFlight, orphans: orphans.length, leadsWithoutOneMail: missingMails.length });
  expect(missingMails).toEqual([]);
  expect(problems).toEqual([]);
  expect(orphans).toEqual([]);
  expect(acknowledged.length).toBeGreaterThan(0);
  expect(await findDamage(client)).toEqual([]);
}, 600_000);
