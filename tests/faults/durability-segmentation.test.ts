/**
 * Durability of a customer import (issue 11) under crashes: a preview of
 * 10,000 customers is saved while the server is killed with SIGKILL at a
 * seeded moment, several times, and restarted on the same file. Afterwards,
 * read straight from the file: every save that was acknowledged (its 303)
 * is there with all its customers; no import is half-written; version
 * numbers are unique and without gaps per company.
 *
 * FAULTS_SEED changes the kill moments; FAULTS_KILLS the number of kills.
 */
import { afterAll, beforeAll, expect, test } from 'vitest';
import { migrateDatabase } from '../../scripts/migrate.ts';
import { seedDemoWorld, sessionCookie, type DemoWorld } from '../support/accounts.ts';
import { reportFigures, sleep } from '../support/figures.ts';
import { seededRandom } from '../support/growth-test.ts';
import { openDatabase } from '../support/inspect-db.ts';
import { postCustomerFile, previewIdOf, savePreview, storedImports } from '../support/segmentation.ts';
import { freshDatabase, removeDatabase, startServer, type ServerHandle, type TestDatabase } from '../support/server.ts';

const SEED = Number(process.env.FAULTS_SEED ?? 11_2027);
const KILLS = Math.min(Number(process.env.FAULTS_KILLS ?? 5), 10);
const CUSTOMERS = 10_000;

let database: TestDatabase;
let server: ServerHandle;
let world: DemoWorld;
let cookie: string;

const file = new TextEncoder().encode(
  ['Naam;Omzet;Winst;Groeipotentie;Strategische fit;Culturele fit', ...Array.from({ length: CUSTOMERS }, (_, i) => `Klant ${i};${1000 + i};${i % 50};${1 + (i % 5)};${1 + ((i * 3) % 5)};${1 + ((i * 7) % 5)}`)].join('\n'),
);

beforeAll(async () => {
  database = await freshDatabase('durability-segmentation');
  const db = openDatabase(database.url);
  world = await seedDemoWorld(db, 5);
  cookie = await sessionCookie(world.db, world.users.consultant);
  db.close();
  server = await startServer({ database });
}, 300_000);

afterAll(async () => {
  await server?.stop();
  removeDatabase(database);
});

test('a save cut off by SIGKILL is all or nothing; an acknowledged save is complete', async () => {
  const random = seededRandom(SEED);
  const companyId = world.clients.demo[1].id;
  let acknowledged = 0;
  for (let kill = 0; kill < KILLS; kill++) {
    const preview = await postCustomerFile(server.url, cookie, companyId, file, 'text/csv');
    expect(preview.status).toBe(200);
    const previewId = previewIdOf(preview.body)!;
    const save = savePreview(server.url, cookie, companyId, previewId, `kill ${kill}`).then(
      (reply) => reply.status,
      () => 0,
    );
    // Before, during or after the save: it takes about a second for 10,000 customers on a loaded 2-core machine.
    await sleep(Math.floor(random() * 3000));
    await server.crash();
    if ((await save) === 303) acknowledged++;
    await migrateDatabase(database.url);
    server = await startServer({ database, port: server.port });
  }
  // And one save left alone after all the crashes: the server still saves whole imports.
  const last = await postCustomerFile(server.url, cookie, companyId, file, 'text/csv');
  expect((await savePreview(server.url, cookie, companyId, previewIdOf(last.body)!, 'after the crashes')).status).toBe(303);
  acknowledged++;
  const db = openDatabase(database.url);
  const stored = await storedImports(db);
  const versions = (await db.execute({ sql: 'select version from customer_imports where company_id = ? order by version', args: [companyId] })).rows.map((r) => Number(r.version));
  db.close();
  reportFigures('durability-segmentation', { kills: KILLS, acknowledged, imports: versions.length });
  expect(stored.incomplete).toEqual([]);
  expect(versions.length).toBeGreaterThanOrEqual(acknowledged);
  expect(versions).toEqual(versions.map((_, i) => i + 1));
}, 600_000);
