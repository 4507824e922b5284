import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { eq } from 'drizzle-orm';
import { responseFacts, responseSegments, responses } from '../../../db/schema.ts';
import { completeResponse, findResponseByToken, saveAnswers, startResponse } from '../../../src/lib/server/queries/responses.ts';
import { compareWithPeers } from '../../../src/lib/server/queries/benchmarks.ts';
import { issueToken } from '../../../src/lib/server/tokens.ts';
import { SITE_GROWTH_TEST_INSTANCE } from '../../../src/lib/server/queries/surveys.ts';
import { growthTestV1 as survey } from '../../../src/lib/families/growth-test/definition.ts';
import { demoAnswers, seededRandom } from '../../../scripts/seed-demo.ts';
import { openTempDb } from '../support/temp-db.ts';
import type { Database } from '../../../src/lib/server/db.ts';

const target = { instanceId: SITE_GROWTH_TEST_INSTANCE, survey };
let db: Database;
let close: () => void;
beforeEach(async () => ({ db, close } = await openTempDb()));
afterEach(() => close());

async function completedTest(answers = demoAnswers(seededRandom(1))) {
  const { token } = issueToken();
  const started = (await startResponse(token, target, 'nl', undefined, db))!;
  const saved = await saveAnswers(started, survey, { answers, cleared: [], sectionId: 'follow_up' }, db);
  const done = await completeResponse(saved, survey, db);
  if (!done.ok) throw new Error('incomplete');
  return { token, response: done.response };
}

describe('responses', () => {
  test('starting twice with the same token creates one response', async () => {
    const { token } = issueToken();
    const a = await startResponse(token, target, 'nl', undefined, db);
    const b = await startResponse(token, target, 'en', undefined, db);
    expect(a!.id).toBe(b!.id);
    expect(await db.$count(responses)).toBe(1);
  });

  test('a token with the right id and a wrong secret opens nothing', async () => {
    const { token } = issueToken();
    await startResponse(token, target, 'nl', undefined, db);
    const forged = `${token.split('.')[0]}.${'a'.repeat(32)}`;
    expect(await findResponseByToken(forged, db)).toBeNull();
    expect(await startResponse(forged, target, 'nl', undefined, db)).toBeNull();
  });

  test('saves from a stale copy merge instead of overwriting', async () => {
    const { token } = issueToken();
    const stale = (await startResponse(token, target, 'nl', undefined, db))!;
    await saveAnswers(stale, survey, { answers: { sector: 'retail' }, cleared: [], sectionId: 'context' }, db);
    const second = await saveAnswers(stale, survey, { answers: { ambition_1: 4 }, cleared: [], sectionId: 'ambition' }, db);
    expect(second.answers).toEqual({ sector: 'retail', ambition_1: 4 });
    expect(second.revision).toBe(2);
  });

  test('completing twice stores one completion and one set of facts and segments', async () => {
    const { response } = await completedTest();
    const again = await completeResponse({ ...response, status: 'in_progress' }, survey, db);
    expect(again.ok).toBe(true);
    const rows = await db.select().from(responseFacts).where(eq(responseFacts.responseId, response.id));
    expect(rows.length).toBeGreaterThan(1);
    expect(new Set(rows.map((r) => r.key)).size).toBe(rows.length);
    expect(rows.every((r) => r.surveyInstanceId === SITE_GROWTH_TEST_INSTANCE && r.templateId === 'growth-test')).toBe(true);
    expect(rows.find((r) => r.key === 'overall')?.value).toBe(response.overallScore);
    expect(response.overallScore).not.toBeNull();
    expect(response.headline).not.toBeNull();
    const segments = await db.select().from(responseSegments).where(eq(responseSegments.responseId, response.id));
    expect(segments.map((s) => s.dimension).sort()).toEqual(['sector', 'size_band']);
  });

  test('an incomplete response is not completed and says where the gap is', async () => {
    const { token } = issueToken();
    const started = (await startResponse(token, target, 'nl', undefined, db))!;
    expect(await completeResponse(started, survey, db)).toEqual({ ok: false, missingSectionId: 'context' });
  });
});

describe('peer comparison', () => {
  test('below the threshold there is no comparison; from 20 others on it compares with everyone', async () => {
    const random = seededRandom(7);
    const first = await completedTest(demoAnswers(random));
    const own = (r: typeof first.response) => ({
      templateId: r.templateId,
      segments: [['sector', 'no-such-sector'], ['size_band', 'no-such-size']] as [string, string][],
      facts: [{ key: 'ambition', value: 50 }],
    });
    for (let i = 0; i < 19; i++) await completedTest(demoAnswers(random));
    expect((await compareWithPeers(own(first.response), db)).group).toBeNull();
    await completedTest(demoAnswers(random));
    const peers = await compareWithPeers(own(first.response), db);
    expect(peers.group).toEqual({ kind: 'all', count: 20 });
    expect(peers.percentiles.ambition).toBeGreaterThanOrEqual(0);
    expect(peers.percentiles.ambition).toBeLessThanOrEqual(100);
  });
});
