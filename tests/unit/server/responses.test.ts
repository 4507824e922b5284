import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { eq } from 'drizzle-orm';
import { peerFacts, peerValueCounts, responseFacts, responseSegments, responses } from '../../../db/schema.ts';
import { completeResponse, findResponseByToken, saveAnswers, startResponse } from '../../../src/lib/server/queries/responses.ts';
import { compareWithPeers, peerFactRows } from '../../../src/lib/server/queries/benchmarks.ts';
import { familyOf } from '../../../src/lib/families/index.ts';
import { issueToken } from '../../../src/lib/server/tokens.ts';
import { SITE_GROWTH_TEST_INSTANCE } from '../../../src/lib/server/queries/surveys.ts';
import { growthTestV1 as survey } from '../../../src/lib/families/growth-test/definition.ts';
import { demoAnswers, seededRandom } from '../../../scripts/seed-demo.ts';
import { openTempDb } from '../support/temp-db.ts';
import { expectPeerCountsMatchPeerFacts } from '../support/peer-counts.ts';
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

  test('completion writes each area once per peer group (everyone, its sector, its size band, both together), the overall not', async () => {
    const { response } = await completedTest();
    await completeResponse({ ...response, status: 'in_progress' }, survey, db);
    const rows = await db.select().from(peerFacts).where(eq(peerFacts.responseId, response.id));
    const areas = (await db.select().from(responseFacts).where(eq(responseFacts.responseId, response.id))).filter((f) => f.key !== 'overall');
    const answers = response.answers as Record<string, string>;
    const groups = [['all', ''], ['sector', answers.sector], ['size_band', answers.employees], ['sector+size_band', `${answers.sector}|${answers.employees}`]];
    expect(rows.length).toBe(areas.length * groups.length);
    for (const [dimension, segment] of groups) {
      const group = rows.filter((r) => r.dimension === dimension && r.segment === segment && r.templateId === 'growth-test');
      expect(Object.fromEntries(group.map((r) => [r.key, r.value])), dimension).toEqual(Object.fromEntries(areas.map((f) => [f.key, f.value])));
    }
    // The second completion's ignored inserts counted nothing.
    await expectPeerCountsMatchPeerFacts(db);
    expect(await db.$count(peerValueCounts)).toBe(rows.length);
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

describe('peer percentiles, exact', () => {
  type AreaScore = { area: string; score: number; sector?: string; sizeBand?: string };
  /**
   * A bare response with fixed area scores; returns its id. The percentile reads peer_facts only, written
   * here as completion writes them (peerFactRows, the Growth Test's peer dimensions), for whatever keys the
   * case uses (`planning` is no Growth Test area).
   */
  async function addResponse(areas: AreaScore[]): Promise<string> {
    const { token } = issueToken();
    const started = (await startResponse(token, target, 'nl', undefined, db))!;
    const segments = Object.fromEntries(
      Object.entries({ sector: areas[0]?.sector, size_band: areas[0]?.sizeBand }).filter((e): e is [string, string] => Boolean(e[1])),
    );
    const facts = areas.map((a) => ({ key: a.area, value: a.score }));
    const compare = { peerDimensions: familyOf(survey.id)!.report!.peerDimensions, peerFactKeys: facts.map((f) => f.key) };
    const rows = peerFactRows({ responseId: started.id, templateId: survey.id }, compare, facts, segments);
    if (rows.length) await db.insert(peerFacts).values(rows);
    return started.id;
  }
  const own = (_responseId: string, scores: { area: string; score: number }[], sector: string | null = null, sizeBand: string | null = null) => ({
    templateId: survey.id,
    segments: [['sector', sector], ['size_band', sizeBand]].filter((s): s is [string, string] => s[1] !== null),
    facts: scores.map((s) => ({ key: s.area, value: s.score })),
  });

  // Hand-worked: the own response scores 50 on ambition and 70 on complaints. Of its 20 peers (itself not
  // counted), ambition scores are 0..95 by 5: 10 below 50 (0..45), one equal (50, not below), 9 above →
  // 10/20 = 50%. Complaints: 20 peers, 7 scoring 10 and 13 scoring 90 → 7/20 = 35%. An off-by-one in the
  // group size (21 or 19) would give 48/53 and 33/37; counting ties as below would give 55.
  test('the share of the group scoring lower, own response not counted', async () => {
    const ownId = await addResponse([{ area: 'ambition', score: 50 }, { area: 'complaints', score: 70 }]);
    for (let i = 0; i < 20; i++) {
      await addResponse([{ area: 'ambition', score: i * 5 }, { area: 'complaints', score: i < 7 ? 10 : 90 }]);
    }
    const result = await compareWithPeers(own(ownId, [{ area: 'ambition', score: 50 }, { area: 'complaints', score: 70 }]), db);
    // Means: ambition (0 + 5 + … + 95) / 20 = 47.5; complaints (7 × 10 + 13 × 90) / 20 = 62.
    expect(result).toEqual({ group: { kind: 'all', count: 20 }, percentiles: { ambition: 50, complaints: 35 }, averages: { ambition: 47.5, complaints: 62 } });
  });

  // 19 peers is one short of MIN_PEER_GROUP (20): no comparison. The 20th makes one, exactly at the edge.
  test('exactly MIN_PEER_GROUP peers compare, one fewer does not', async () => {
    const ownId = await addResponse([{ area: 'ambition', score: 60 }]);
    for (let i = 0; i < 19; i++) await addResponse([{ area: 'ambition', score: i < 3 ? 20 : 80 }]);
    const mine = own(ownId, [{ area: 'ambition', score: 60 }]);
    expect(await compareWithPeers(mine, db)).toEqual({ group: null, percentiles: {} });
    await addResponse([{ area: 'ambition', score: 20 }]);
    // 4 of 20 below → 20%.
    // 4 × 20 + 16 × 80 = 1360 / 20 = 68.
    expect(await compareWithPeers(mine, db)).toEqual({ group: { kind: 'all', count: 20 }, percentiles: { ambition: 20 }, averages: { ambition: 68 } });
  });

  // The sector comes first when it has enough tests; its percentile counts only that sector. 20 retail peers
  // (1 below 40: 5%) and 30 others all below: all-peers would say 31/50 = 62%.
  test('the sector group when it is large enough, counting that sector only', async () => {
    const ownId = await addResponse([{ area: 'ambition', score: 40, sector: 'retail' }]);
    for (let i = 0; i < 20; i++) await addResponse([{ area: 'ambition', score: i === 0 ? 10 : 90, sector: 'retail' }]);
    for (let i = 0; i < 30; i++) await addResponse([{ area: 'ambition', score: 0, sector: 'horeca' }]);
    const result = await compareWithPeers(own(ownId, [{ area: 'ambition', score: 40 }], 'retail', 'micro'), db);
    // Sector and size together come first; with too few it says so ("wanted") and takes the sector.
    expect(result).toEqual({ group: { kind: 'sector', count: 20 }, percentiles: { ambition: 5 }, averages: { ambition: 86 }, wanted: 'sector+size_band' });
  });

  // 20 retail-micro peers (2 below 40: 10%) beside 30 retail-large ones all above: the sector would say 2/50 = 4%.
  test('sector and size band together when that group has 20 others', async () => {
    const ownId = await addResponse([{ area: 'ambition', score: 40, sector: 'retail', sizeBand: 'micro' }]);
    for (let i = 0; i < 20; i++) await addResponse([{ area: 'ambition', score: i < 2 ? 10 : 90, sector: 'retail', sizeBand: 'micro' }]);
    for (let i = 0; i < 30; i++) await addResponse([{ area: 'ambition', score: 90, sector: 'retail', sizeBand: 'large' }]);
    const result = await compareWithPeers(own(ownId, [{ area: 'ambition', score: 40 }], 'retail', 'micro'), db);
    expect(result).toEqual({ group: { kind: 'sector+size_band', count: 20 }, percentiles: { ambition: 10 }, averages: { ambition: 82 } });
  });

  // Demo tests count apart. A demo test in a demo-only database compares with the other 25 demo tests (all
  // below: 100%). Once real tests exist, everyone compares with real tests only: with one, nobody has a
  // comparison; with 21 (5 below 50), a real one sees 5 of its 20 others below (25%), and a demo one all 21,
  // none taken off as it is not among them (5/21 = 23.8 → 24%). Means: 1400 / 20 = 70; (1400 + 50) / 21 = 69.05 → 69.
  test('demo data never counts in a database that holds real tests', async () => {
    const demo = async (score: number) => {
      const { token } = issueToken();
      const started = (await startResponse(token, target, 'nl', { isDemo: true }, db))!;
      const rows = peerFactRows({ responseId: started.id, templateId: survey.id, isDemo: true }, { peerDimensions: [], peerFactKeys: ['ambition'] }, [{ key: 'ambition', value: score }], {});
      await db.insert(peerFacts).values(rows);
      return started.id;
    };
    const demoId = await demo(50);
    for (let i = 0; i < 25; i++) await demo(10);
    const demoOwn = { ...own(demoId, [{ area: 'ambition', score: 50 }]), isDemo: true };
    expect(await compareWithPeers(demoOwn, db)).toEqual({ group: { kind: 'all', count: 25 }, percentiles: { ambition: 100 }, averages: { ambition: 10 } });

    const realOwn = own(await addResponse([{ area: 'ambition', score: 50 }]), [{ area: 'ambition', score: 50 }]);
    expect(await compareWithPeers(realOwn, db)).toEqual({ group: null, percentiles: {} });
    expect(await compareWithPeers(demoOwn, db)).toEqual({ group: null, percentiles: {} });

    for (let i = 0; i < 20; i++) await addResponse([{ area: 'ambition', score: i < 5 ? 10 : 90 }]);
    expect(await compareWithPeers(realOwn, db)).toEqual({ group: { kind: 'all', count: 20 }, percentiles: { ambition: 25 }, averages: { ambition: 70 } });
    expect(await compareWithPeers(demoOwn, db)).toEqual({ group: { kind: 'all', count: 21 }, percentiles: { ambition: 24 }, averages: { ambition: 69 } });
  });

  // Rounding: 1 of 40 below is 2.5%, which Math.round gives as 3; 2 of 40 is exactly 5.
  test('percentiles are rounded to whole numbers, half up', async () => {
    const ownId = await addResponse([{ area: 'ambition', score: 50 }, { area: 'planning', score: 50 }]);
    for (let i = 0; i < 40; i++) await addResponse([{ area: 'ambition', score: i === 0 ? 1 : 99 }, { area: 'planning', score: i < 2 ? 1 : 99 }]);
    const result = await compareWithPeers(own(ownId, [{ area: 'ambition', score: 50 }, { area: 'planning', score: 50 }]), db);
    expect(result.percentiles).toEqual({ ambition: 3, planning: 5 });
  });
});
