import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createClient } from '@libsql/client';
import { eq } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { responses, surveys } from '../../../db/schema.ts';
import { migrateDatabase } from '../../../scripts/migrate.ts';
import { demoAnswers, seededRandom } from '../../../scripts/seed-demo.ts';
import { createDb, openClient, type Database } from '../../../src/lib/server/db.ts';
import { completeResponse, findResponseByToken, saveAnswers, startResponse } from '../../../src/lib/server/queries/responses.ts';
import { responseStatements } from '../../../src/lib/server/queries/response-statements.ts';
import { issueToken } from '../../../src/lib/server/tokens.ts';
import { SITE_GROWTH_TEST_INSTANCE } from '../../../src/lib/server/queries/surveys.ts';
import { growthTestV1 as survey } from '../../../src/lib/families/growth-test/definition.ts';

const target = { instanceId: SITE_GROWTH_TEST_INSTANCE, survey };
let db: Database;
let close: () => void;
let fileUrl: string;
beforeEach(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'koers-save-'));
  const url = `file:${join(dir, 'test.db')}`;
  fileUrl = url;
  await migrateDatabase(url);
  const client = openClient(url);
  db = createDb(client);
  close = () => {
    client.close();
    rmSync(dir, { recursive: true, force: true });
  };
});
afterEach(() => close());

describe('saveAnswers', () => {
  test('returns exactly the row a fresh read finds', async () => {
    const { token } = issueToken();
    const started = (await startResponse(token, target, 'nl', undefined, db))!;
    const saved = await saveAnswers(started, survey, { answers: { sector: 'retail', ambition_1: 4 }, cleared: [], sectionId: 'ambition' }, db);
    expect(saved).toEqual(await findResponseByToken(token, db));
    expect(saved.revision).toBe(1);
    expect(saved.lastSectionId).toBe('ambition');
  });

  test('clears answers the page cleared', async () => {
    const { token } = issueToken();
    const started = (await startResponse(token, target, 'nl', undefined, db))!;
    const first = await saveAnswers(started, survey, { answers: { ambition_1: 4, ambition_2: 3 }, cleared: [], sectionId: 'ambition' }, db);
    const second = await saveAnswers(first, survey, { answers: {}, cleared: ['ambition_2'], sectionId: 'ambition' }, db);
    expect(second.answers).toEqual({ ambition_1: 4 });
    expect((await findResponseByToken(token, db))!.answers).toEqual({ ambition_1: 4 });
  });

  test('a save from a copy read before completion does not touch the completed response', async () => {
    const { token } = issueToken();
    const started = (await startResponse(token, target, 'nl', undefined, db))!;
    const full = await saveAnswers(started, survey, { answers: demoAnswers(seededRandom(3)), cleared: [], sectionId: 'follow_up' }, db);
    const done = await completeResponse(full, survey, db);
    if (!done.ok) throw new Error('incomplete');
    // Another tab still holds `full`: same revision, status in_progress.
    const late = await saveAnswers(full, survey, { answers: { ambition_1: 1 }, cleared: [], sectionId: 'ambition' }, db);
    expect(late.status).toBe('completed');
    expect(await findResponseByToken(token, db)).toEqual(done.response);
  });
});

describe('the hot statements', () => {
  test('on the binding directly, a response reads exactly as Drizzle maps it, every column', async () => {
    const { token } = issueToken();
    const started = (await startResponse(token, target, 'nl', { isDemo: true }, db))!;
    const saved = await saveAnswers(started, survey, { answers: demoAnswers(seededRandom(3)), cleared: [], sectionId: 'follow_up' }, db);
    const done = await completeResponse(saved, survey, db);
    expect(done.ok).toBe(true);
    const direct = responseStatements(db)!.byId(started.id);
    const [viaDrizzle] = await db.select().from(responses).where(eq(responses.id, started.id));
    expect(direct).toEqual(viaDrizzle);
    expect(direct!.completedAt).toBeInstanceOf(Date);
    expect(direct!.isDemo).toBe(true);
  });

  test('on the binding directly, a survey instance reads exactly as Drizzle maps it, every column', async () => {
    const direct = responseStatements(db)!.instanceById(SITE_GROWTH_TEST_INSTANCE);
    const [viaDrizzle] = await db.select().from(surveys).where(eq(surveys.id, SITE_GROWTH_TEST_INSTANCE));
    expect(direct).toEqual(viaDrizzle);
    expect(direct!.locales).toEqual(expect.any(Array));
    expect(responseStatements(db)!.instanceById('no-such-instance')).toBeUndefined();
  });

  test('a client not opened by openClient (as for a libSQL server) goes through Drizzle, with the same result', async () => {
    const other = createClient({ url: fileUrl });
    try {
      const viaDrizzle = createDb(other);
      expect(responseStatements(viaDrizzle)).toBeNull();
      const { token } = issueToken();
      const started = (await startResponse(token, target, 'nl', undefined, viaDrizzle))!;
      const stale = { ...started };
      await saveAnswers(started, survey, { answers: { ambition_1: 4 }, cleared: [], sectionId: 'ambition' }, viaDrizzle);
      // A save from a stale copy merges through the revision check on this path too.
      const merged = await saveAnswers(stale, survey, { answers: { ambition_2: 2 }, cleared: [], sectionId: 'ambition' }, viaDrizzle);
      expect(merged.answers).toEqual({ ambition_1: 4, ambition_2: 2 });
      expect(merged).toEqual(await findResponseByToken(token, db));
    } finally {
      other.close();
    }
  });
});
