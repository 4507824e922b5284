/**
 * Durability of POST /api/v1/surveys/{id}/responses under crashes: clients
 * post responses concurrently while the server is killed with SIGKILL at
 * seeded moments and restarted on the same file (migrate, then start, as
 * `npm run serve`). Afterwards, read straight from the file: every
 * acknowledged response (a 201) is stored, completed, once, with exactly
 * the answers sent and its facts counted; nothing is half-written; a
 * response cut off by the crash is never completed without its facts.
 *
 * FAULTS_SEED changes the kill schedule; FAULTS_KILLS the number of kills.
 */
import { request } from 'node:http';
import type { Client } from '@libsql/client';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { migrateDatabase } from '../../scripts/migrate.ts';
import { createApiKey } from '../../src/lib/server/api/keys.ts';
import { createDb } from '../../src/lib/server/db.ts';
import { reportFigures, sleep } from '../support/figures.ts';
import { seededRandom } from '../support/growth-test.ts';
import { findDamage, openDatabase, readResponses } from '../support/inspect-db.ts';
import { seedSurveyWorld } from '../support/instance-surveys.ts';
import { freshDatabase, removeDatabase, startServer, type ServerHandle, type TestDatabase } from '../support/server.ts';

const SEED = Number(process.env.FAULTS_SEED ?? 10_1123);
const KILLS = Number(process.env.FAULTS_KILLS ?? 6);
const WORKERS = 6;
const LOAD_BETWEEN_KILLS_MS = { min: 800, max: 2500 };

let database: TestDatabase;
let server: ServerHandle;
let db: Client;
let key: string;
let surveyId: string;
let serverUp: Promise<void> = Promise.resolve();
let stop = false;
const acknowledged = new Map<string, Record<string, unknown>>();
const figures = { kills: 0, posted: 0, acknowledged: 0, cutOff: 0, unexpected: [] as string[] };

beforeAll(async () => {
  database = await freshDatabase('durability-api');
  db = openDatabase(database.url);
  const world = await seedSurveyWorld(db);
  surveyId = world.open.id;
  key = (await createApiKey({ organisationId: (await db.execute({ sql: 'select organisation_id from companies where id = ?', args: [world.companyId] })).rows[0].organisation_id as string, companyId: null }, 'durability', null, createDb(db))).key;
  server = await startServer({ database });
}, 120_000);

afterAll(async () => {
  db?.close();
  await server?.stop();
  removeDatabase(database);
});

async function poster(worker: number): Promise<void> {
  const random = seededRandom(SEED + worker);
  for (let i = 0; !stop; i++) {
    await serverUp;
    const answers = { expectation: ['less', 'as', 'more'][Math.floor(random() * 3)], recommend: Math.floor(random() * 11), comment: `worker ${worker} post ${i}` };
    figures.posted++;
    try {
      const reply = await postJson(`${server.url}/api/v1/surveys/${surveyId}/responses`, JSON.stringify({ answers }));
      const body = JSON.parse(reply.body) as { id?: string };
      if (reply.status === 201 && body.id) {
        acknowledged.set(body.id, answers);
        figures.acknowledged++;
      } else if (reply.status !== 503) figures.unexpected.push(`${reply.status} ${JSON.stringify(body).slice(0, 120)}`);
    } catch {
      figures.cutOff++; // the connection died with the server: nothing was acknowledged
      await sleep(50);
    }
  }
}

/** One POST on a connection of its own (a connection the killed server held is never reused). */
function postJson(url: string, body: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const sent = request(url, { method: 'POST', agent: false, timeout: 10_000, headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), connection: 'close' } }, (reply) => {
      const chunks: Buffer[] = [];
      reply.on('data', (c: Buffer) => chunks.push(c));
      reply.on('end', () => resolve({ status: reply.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
      reply.on('error', reject);
    });
    sent.on('timeout', () => sent.destroy(new Error('timeout')));
    sent.on('error', reject);
    sent.end(body);
  });
}

async function crashAndRestart(random: () => number): Promise<void> {
  for (let kill = 0; kill < KILLS; kill++) {
    const { min, max } = LOAD_BETWEEN_KILLS_MS;
    await sleep(min + random() * (max - min));
    let reopen!: () => void;
    serverUp = new Promise((resolve) => (reopen = resolve));
    await server.crash();
    figures.kills++;
    await migrateDatabase(database.url);
    server = await startServer({ database, port: server.port });
    reopen();
  }
}

test(`${KILLS} SIGKILLs under API submissions: every 201 is stored, completed and counted`, { timeout: 600_000 }, async () => {
  const workers = Array.from({ length: WORKERS }, (_, i) => poster(i));
  await crashAndRestart(seededRandom(SEED));
  await sleep(500);
  stop = true;
  await Promise.all(workers);
  reportFigures('durability api', { ...figures, unexpected: figures.unexpected.length });
  expect(figures.unexpected).toEqual([]);
  expect(figures.acknowledged).toBeGreaterThan(20);

  const stored = new Map((await readResponses(db)).map((r) => [r.id, r]));
  const lost: string[] = [];
  for (const [id, answers] of acknowledged) {
    const row = stored.get(id);
    if (!row || row.status !== 'completed') lost.push(`${id}: ${row?.status ?? 'missing'}`);
    else expect(row.answers, id).toEqual(answers);
  }
  expect(lost).toEqual([]);
  expect(await findDamage(db)).toEqual([]);
  // Every completed response is counted once in the results' counts (the fact counts the page reads).
  const completed = Number((await db.execute({ sql: "select count(*) as n from responses where survey_instance_id = ? and status = 'completed'", args: [surveyId] })).rows[0].n);
  const counted = Number((await db.execute({ sql: "select coalesce(sum(count), 0) as n from fact_counts where survey_instance_id = ? and key = 'expectation'", args: [surveyId] })).rows[0].n);
  expect(counted).toBe(completed);
});
