/**
 * The database every server in a run starts from: migrated, with the usual
 * demo data (so reports have peer groups), many in-progress Growth Tests and
 * customer-satisfaction responses for the submission loads and one completed test for the report. Made once per
 * run through the same library functions the app uses, then copied for each
 * server, so every case starts on a fresh database.
 */
import { copyFileSync, existsSync, rmSync } from 'node:fs';
import { createClient } from '@libsql/client';
import { migrateDatabase } from '../../scripts/migrate.ts';
import { demoAnswers, seedDemo, seededRandom } from '../../scripts/seed-demo.ts';
import { eq } from 'drizzle-orm';
import { surveys } from '../../db/schema.ts';
import { createDb, type Database } from '../../src/lib/server/db.ts';
import { publicAttribution } from '../../src/lib/server/survey-start.ts';
import { completeResponse, saveAnswers, startResponse } from '../../src/lib/server/queries/responses.ts';
import { issueToken } from '../../src/lib/server/tokens.ts';
import { siteGrowthTest } from '../../src/lib/server/queries/surveys.ts';
import { GROWTH_TEST_ID, currentSurvey, surveyForInstance } from '../../src/lib/families/index.ts';

/** Enough distinct rows that concurrent submissions never queue on one row. */
export const IN_PROGRESS_TESTS = 500;

export interface Fixture {
  /** The template database file; servers get copies. */
  file: string;
  /** Tokens of in-progress Growth Tests with nothing answered yet. */
  inProgress: string[];
  /** Token of one completed (non-demo) Growth Test. */
  completed: string;
  /** The demo's customer-satisfaction survey, with in-progress responses started by its public link. */
  satisfaction: { instanceId: string; publicId: string; inProgress: string[] };
}

export async function createFixture(file: string): Promise<Fixture> {
  removeDatabase(file);
  await migrateDatabase(`file:${file}`);
  // One connection, and no fsync per insert: this is setup, not a measurement.
  const client = createClient({ url: `file:${file}`, concurrency: 1 });
  try {
    await client.execute('PRAGMA synchronous=OFF');
    const db = createDb(client);
    const survey = currentSurvey(GROWTH_TEST_ID)!;
    await seedDemo(db);
    const target = { instanceId: (await siteGrowthTest(db)).id, survey };
    const inProgress: string[] = [];
    for (let i = 0; i < IN_PROGRESS_TESTS; i++) {
      const { token } = issueToken();
      if (!(await startResponse(token, target, 'nl', undefined, db))) throw new Error('fixture: could not start a response');
      inProgress.push(token);
    }
    const satisfaction = await startSatisfactionResponses(db);
    const { token: completed } = issueToken();
    const started = await startResponse(completed, target, 'nl', undefined, db);
    const saved = await saveAnswers(started!, survey, { answers: demoAnswers(seededRandom(7)), cleared: [], sectionId: 'follow_up' }, db);
    const done = await completeResponse(saved, survey, db);
    if (!done.ok) throw new Error(`fixture: completed test is missing ${done.missingSectionId}`);
    await client.execute('PRAGMA wal_checkpoint(TRUNCATE)');
    return { file, inProgress, completed, satisfaction };
  } finally {
    client.close();
  }
}

/** In-progress responses on the demo's customer-satisfaction survey (scripts/seed-demo-surveys.ts), as its public link starts them. */
async function startSatisfactionResponses(db: Database): Promise<Fixture['satisfaction']> {
  const instance = await db.query.surveys.findFirst({ where: eq(surveys.templateId, 'customer-satisfaction') });
  const survey = instance && surveyForInstance(instance);
  if (!instance || !survey) throw new Error('fixture: the demo data has no customer-satisfaction survey');
  const inProgress: string[] = [];
  for (let i = 0; i < IN_PROGRESS_TESTS; i++) {
    const { token } = issueToken();
    if (!(await startResponse(token, { instanceId: instance.id, survey }, 'nl', publicAttribution(instance), db))) throw new Error('fixture: could not start a survey response');
    inProgress.push(token);
  }
  return { instanceId: instance.id, publicId: instance.publicId, inProgress };
}

/** A fresh database for one server: a copy of the template. */
export function copyDatabase(template: string, target: string): void {
  removeDatabase(target);
  copyFileSync(template, target);
  if (existsSync(`${template}-wal`)) copyFileSync(`${template}-wal`, `${target}-wal`);
}

export function removeDatabase(file: string): void {
  for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(`${file}${suffix}`, { force: true });
}
