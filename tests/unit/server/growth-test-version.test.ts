/** New Growth Tests start on the newest version (2, size-aware), though the site instance row was created on version 1. */
import { afterAll, beforeAll, expect, test } from 'vitest';
import { growthTestFor } from '../../../src/lib/server/survey-start.ts';
import { siteGrowthTest } from '../../../src/lib/server/queries/surveys.ts';
import type { Database } from '../../../src/lib/server/db.ts';
import { openTempDb } from '../support/temp-db.ts';

let db: Database;
let close: () => void;
beforeAll(async () => ({ db, close } = await openTempDb()));
afterAll(() => close());

test('the site Growth Test (instance row on version 1) starts new respondents on version 2', async () => {
  expect((await siteGrowthTest(db)).templateVersion).toBe(1);
  const startable = await growthTestFor(null, new Date(), db);
  expect(startable.survey.version).toBe(2);
  expect(startable.survey.sections.flatMap((s) => s.questions).some((q) => q.id === 'customer_focus_1_solo')).toBe(true);
});
