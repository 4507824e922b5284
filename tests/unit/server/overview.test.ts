/** The overview's score bins are computed in SQL; their edges, checked on a real database. */
import { afterEach, beforeEach, expect, test } from 'vitest';
import { responses } from '../../../db/schema.ts';
import type { Actor } from '../../../src/lib/server/auth/access.ts';
import type { Database } from '../../../src/lib/server/db.ts';
import { organisationOverview } from '../../../src/lib/server/queries/overview.ts';
import { GROWTH_TEST_ID } from '../../../src/lib/families/index.ts';
import { SITE_GROWTH_TEST_INSTANCE } from '../../../src/lib/server/queries/surveys.ts';
import { openTempDb } from '../support/temp-db.ts';

let db: Database;
let close: () => void;
beforeEach(async () => ({ db, close } = await openTempDb()));
afterEach(() => close());

const admin: Actor = { id: 'admin', role: 'admin', organisationId: null, companyId: null };
const NOW = new Date('2026-03-15T10:00:00Z');

// 0 for 0–9.9, …, 9 for 90–100: 100 joins the top bin, 9.9 stays in the lowest, 10 starts the next.
test('completed tests fall into ten score bins by their overall score', async () => {
  const scores = [0, 9.9, 10, 59.5, 90, 99.9, 100];
  await db.insert(responses).values(
    scores.map((overallScore, i) => ({
      id: `bin${i}`,
      secretHash: Buffer.alloc(32),
      surveyInstanceId: SITE_GROWTH_TEST_INSTANCE,
      templateId: GROWTH_TEST_ID,
      templateVersion: 1,
      locale: 'nl' as const,
      status: 'completed' as const,
      completedAt: new Date('2026-03-01T12:00:00Z'),
      overallScore,
    })),
  );
  const overview = await organisationOverview(admin, undefined, NOW, db);
  expect(overview.total).toBe(scores.length);
  expect(overview.bins.map((b) => b.count)).toEqual([2, 1, 0, 0, 0, 1, 0, 0, 0, 3]);
  expect(overview.bins[9]).toEqual({ from: 90, to: 100, count: 3 });
});
