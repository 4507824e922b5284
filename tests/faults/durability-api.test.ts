/**
 * Durability of POST /api/v1/surveys/{id}/responses and PUT
 * /api/v1/companies/{id}/customers under crashes: clients post responses
 * and customer files concurrently while the server is killed with SIGKILL
 * at seeded moments and restarted on the same file (migrate, then start, as
 * `npm run serve`). Afterwards, read straight from the file: every
 * acknowledged response (a 201) is stored, completed, once, with exactly
 * the answers sent and its facts counted; every acknowledged import (a 200)
 * is stored with all its customers; nothing is half-written (no import
 * with fewer customer rows than it counts); a response cut off by the crash
 * is never completed without its facts.
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
let companyId: string;
/** Keys for the importer: the import throttle allows 30 a quarter hour per key. */
const importKeys: string[] = [];
const IMPORT_CUSTOMERS = 120;
let serverUp: Promise<void> = Promise.resolve();
let stop = false;
const acknowledged = new Map<string, Record<string, unknown>>();
const acknowledgedImports = new Map<string, number>();
const figures = { kills: 0, posted: 0, acknowledged: 0, cutOff: 0, importsSent: 0, importsAcknowledged: 0, unexpected: [] as string[] };

beforeAll(async () => {
  database = await freshDatabase('durability-api');
  db = openDatabase(database.url);
  const world = await seedSurveyWorld(db);
  surveyId = world.open.id;
  const organisationId = (await db.execute({ sql: 'select organisation_id from companies where id = ?', args: [world.companyId] })).rows[0].organisation_id as string;
  key = (await createApiKey({ organisationId, companyId: null }, 'durability', null, createDb(db))).key;
  for (let i = 0; i < 6; i++) importKeys.push((await createApiKey({ organisationId, companyId: null }, `import ${i}`, null, createDb(db))).key);
  companyId = world.companyId;
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
      const reply = await send('POST', `${server.url}/api/v1/surveys/${surveyId}/responses`, JSON.stringify({ answers }), { key, type: 'application/json' });
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

/** Customer files, each labelled so its import can be found again, PUT one after another with a pause (the import throttle). */
async function importer(): Promise<void> {
  const header = 'Naam;Omzet;Winst;Groeipotentie;Strategische fit;Culturele fit\n';
  for (let i = 0; !stop; i++) {
    await serverUp;
    const label = `crash ${i}`;
    const rows = Array.from({ length: IMPORT_CUSTOMERS }, (_, c) => `Klant ${i}-${c};${1000 + c};${c - 10};${1 + (c % 5)};3;4\n`).join('');
    figures.importsSent++;
    try {
      const reply = await send('PUT', `${server.url}/api/v1/companies/${companyId}/customers?label=${encodeURIComponent(label)}`, header + rows, { key: importKeys[i % importKeys.length], type: 'text/csv' });
      if (reply.status === 200) {
        acknowledgedImports.set(label, (JSON.parse(reply.body) as { imported: number }).imported);
        figures.importsAcknowledged++;
      } else if (reply.status !== 503 && reply.status !== 429) figures.unexpected.push(`import ${reply.status} ${reply.body.slice(0, 120)}`);
    } catch {
      figures.cutOff++;
    }
    await sleep(150);
  }
}

/** One request on a connection of its own (a connection the killed server held is never reused). */
function send(method: string, url: string, body: string, options: { key: string; type: string }): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const headers = { authorization: `Bearer ${options.key}`, 'content-type': options.type, 'content-length': Buffer.byteLength(body), connection: 'close' };
    const sent = request(url, { method, agent: false, timeout: 10_000, headers }, (reply) => {
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

test(`${KILLS} SIGKILLs under API submissions and imports: every 201 is stored, completed and counted, every imported 200 whole`, { timeout: 600_000 }, async () => {
  const workers = [...Array.from({ length: WORKERS }, (_, i) => poster(i)), importer()];
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

  // Imports: every acknowledged one is there with all its customers, and no import is half-written (one batch each).
  expect(figures.importsAcknowledged).toBeGreaterThan(3);
  const imports = await db.execute({
    sql: 'select label, customer_count as count, (select count(*) from imported_customers c where c.import_id = i.id) as rows from customer_imports i where company_id = ?',
    args: [companyId],
  });
  const importsByLabel = new Map(imports.rows.map((r) => [String(r.label), { count: Number(r.count), rows: Number(r.rows) }]));
  for (const [label, imported] of acknowledgedImports) expect(importsByLabel.get(label), label).toEqual({ count: imported, rows: imported });
  for (const [label, stored] of importsByLabel) expect(stored.rows, label).toBe(stored.count);
});
