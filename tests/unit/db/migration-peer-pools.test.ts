/**
 * Migration 0010 (peer pools) on the rows an older release wrote: completed
 * tests made by today's code, turned back into the old shape (no
 * sector+size_band rows, demo facts in the real pool), then the migration's
 * SQL run as the migrator runs it. Afterwards the rows are exactly what
 * today's completion writes, and the counts still match the facts.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, expect, test } from 'vitest';
import type { Client } from '@libsql/client';
import { demoAnswers, seededRandom } from '../../../scripts/seed-demo.ts';
import { growthTestV1 as survey } from '../../../src/lib/families/growth-test/definition.ts';
import type { Database } from '../../../src/lib/server/db.ts';
import { completeResponse, saveAnswers, startResponse } from '../../../src/lib/server/queries/responses.ts';
import { SITE_GROWTH_TEST_INSTANCE } from '../../../src/lib/server/queries/surveys.ts';
import { issueToken } from '../../../src/lib/server/tokens.ts';
import { expectPeerCountsMatchPeerFacts } from '../support/peer-counts.ts';
import { openTempDb } from '../support/temp-db.ts';

const MIGRATION = fileURLToPath(new URL('../../../db/migrations/0010_peer-pools.sql', import.meta.url));

let db: Database;
let client: Client;
let close: () => void;
beforeEach(async () => ({ db, client, close } = await openTempDb()));
afterEach(() => close());

async function complete(isDemo: boolean, seed: number) {
  const { token } = issueToken();
  const started = (await startResponse(token, { instanceId: SITE_GROWTH_TEST_INSTANCE, survey }, 'nl', { isDemo }, db))!;
  const saved = await saveAnswers(started, survey, { answers: demoAnswers(seededRandom(seed)), cleared: [], sectionId: 'follow_up' }, db);
  await completeResponse(saved, survey, db);
}

const allFacts = async () =>
  (await client.execute('select response_id, template_id, dimension, segment, key, value from peer_facts order by 1, 2, 3, 4, 5')).rows.map((r) => ({ ...r }));

test('backfills the sector+size_band group and moves demo facts to their own pool, counts kept equal', async () => {
  for (let i = 0; i < 3; i++) await complete(true, i);
  for (let i = 3; i < 6; i++) await complete(false, i);
  const today = await allFacts();
  expect(today.some((f) => f.template_id === 'growth-test#demo')).toBe(true);
  expect(today.some((f) => f.dimension === 'sector+size_band')).toBe(true);

  // The old shape, through delete and insert so the triggers keep the counts.
  await client.batch([
    "delete from peer_facts where dimension = 'sector+size_band'",
    'create table old_shape as select response_id, replace(template_id, \'#demo\', \'\') as template_id, dimension, segment, key, value from peer_facts',
    'delete from peer_facts',
    'insert into peer_facts select * from old_shape',
    'drop table old_shape',
  ]);
  expect((await allFacts()).some((f) => f.template_id !== 'growth-test' || f.dimension === 'sector+size_band')).toBe(false);

  for (const statement of readFileSync(MIGRATION, 'utf8').split('--> statement-breakpoint')) await client.execute(statement);
  expect(await allFacts()).toEqual(today);
  await expectPeerCountsMatchPeerFacts(db);
});
