/**
 * The survey instances migration on a database made by the release
 * before it: built with that release's migrations (all before it), filled with
 * rows shaped exactly as that release wrote them (answers from the demo
 * generator, scores from the unchanged Growth Test scorer), then migrated.
 * Nothing may be lost: counts, ids, answers, scores, opportunities and the
 * report's percentiles are the same before and after.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { migrate } from 'drizzle-orm/libsql/migrator';
import type { Client } from '@libsql/client';
import { migrateDatabase } from '../../../scripts/migrate.ts';
import { demoAnswers, seededRandom } from '../../../scripts/seed-demo.ts';
import { createDb, openClient, type Database } from '../../../src/lib/server/db.ts';
import { growthTestV1 as survey } from '../../../src/lib/families/growth-test/definition.ts';
import { scoreGrowthTest } from '../../../src/lib/families/growth-test/scoring.ts';
import { compareWithPeers } from '../../../src/lib/server/queries/benchmarks.ts';
import { SITE_GROWTH_TEST_INSTANCE, factCounts } from '../../../src/lib/server/queries/surveys.ts';
import { listClients } from '../../../src/lib/server/queries/clients.ts';
import { parseClientListQuery } from '../../../src/lib/forms/dashboard-query.ts';
import { issueToken } from '../../../src/lib/server/tokens.ts';
import { MIN_PEER_GROUP } from '../../../src/lib/limits.ts';

const MIGRATIONS = fileURLToPath(new URL('../../../db/migrations', import.meta.url));
const JOURNAL = JSON.parse(readFileSync(join(MIGRATIONS, 'meta', '_journal.json'), 'utf8')) as { entries: { tag: string }[] };
/** The migrations of the release before survey instances: every one before the migration named `*_survey_instances`. */
const BEFORE = JOURNAL.entries.slice(0, JOURNAL.entries.findIndex((e) => e.tag.endsWith('_survey_instances'))).map((e) => e.tag);

let dir: string;
let client: Client;
let db: Database;

/** A copy of db/migrations holding only the earlier release's migrations. */
function oldMigrationsFolder(): string {
  const folder = join(dir, 'old-migrations');
  mkdirSync(join(folder, 'meta'), { recursive: true });
  for (const tag of BEFORE) copyFileSync(join(MIGRATIONS, `${tag}.sql`), join(folder, `${tag}.sql`));
  writeFileSync(join(folder, 'meta', '_journal.json'), JSON.stringify({ ...JOURNAL, entries: JOURNAL.entries.filter((e) => BEFORE.includes(e.tag)) }));
  return folder;
}

interface OldResponse {
  id: string;
  kind: 'anonymous' | 'invited' | 'claimed' | 'unfinished';
  organisationId: string | null;
  companyId: string | null;
  answers: Record<string, unknown>;
  overall: number | null;
  opportunity: string | null;
  sector: string | null;
  sizeBand: string | null;
  areas: Record<string, number>;
  completedAt: number | null;
}

const DAY_MS = 24 * 60 * 60 * 1000;
const START = Date.UTC(2026, 0, 15);

/** Inserts one response as the earlier release stored it: the row, then its area scores. */
async function insertOld(response: Omit<OldResponse, 'overall' | 'opportunity' | 'sector' | 'sizeBand' | 'areas'>): Promise<OldResponse> {
  const done = response.kind !== 'unfinished';
  const score = scoreGrowthTest(survey, response.answers as never);
  const full: OldResponse = {
    ...response,
    overall: done ? score.overall : null,
    opportunity: done ? (score.opportunity?.area ?? null) : null,
    sector: done ? String(response.answers.sector) : null,
    sizeBand: done ? String(response.answers.employees) : null,
    areas: done ? Object.fromEntries(score.areas.filter((a) => a.score !== null).map((a) => [a.area, a.score!])) : {},
  };
  await client.execute({
    sql: `insert into responses (id, secret_hash, survey_id, survey_version, locale, status, answers, revision, last_section_id,
      overall_score, opportunity, sector, size_band, organisation_id, company_id, invited_by, is_demo, created_at, updated_at, completed_at)
      values (?, ?, 'growth-test', 1, 'nl', ?, ?, 3, 'follow_up', ?, ?, ?, ?, ?, ?, null, 0, ?, ?, ?)`,
    args: [
      full.id, Buffer.from(issueToken().secretHash), done ? 'completed' : 'in_progress', JSON.stringify(full.answers),
      full.overall, full.opportunity, full.sector, full.sizeBand, full.organisationId, full.companyId,
      (full.completedAt ?? START) - 600_000, full.completedAt, full.completedAt,
    ],
  });
  for (const [area, value] of Object.entries(full.areas)) {
    await client.execute({
      sql: 'insert into area_scores (response_id, survey_id, area, score, sector, size_band) values (?, ?, ?, ?, ?, ?)',
      args: [full.id, 'growth-test', area, value, full.sector, full.sizeBand],
    });
  }
  return full;
}

/** The earlier release's percentile rule (src/lib/server/queries/benchmarks.ts before 0002), on its own tables. */
async function oldPercentiles(own: OldResponse) {
  const candidates: [string, string | null, string][] = [['sector', own.sector, 'and a.sector = ?'], ['size', own.sizeBand, 'and a.size_band = ?'], ['all', null, '']];
  const mine = Object.entries(own.areas);
  for (const [kind, value, filter] of candidates) {
    if (kind !== 'all' && !value) continue;
    const result = await client.execute({
      sql: `with mine(area, score) as (values ${mine.map(() => '(?, ?)').join(', ')})
        select a.area as area, count(*) - 1 as n, sum(a.score < m.score) as below
        from area_scores a join mine m on a.area = m.area where a.survey_id = 'growth-test' ${filter} group by a.area`,
      args: [...mine.flat(), ...(value ? [value] : [])],
    });
    const rows = result.rows.map((r) => ({ area: String(r.area), n: Number(r.n), below: Number(r.below) }));
    const largest = Math.max(0, ...rows.map((r) => r.n));
    if (largest < MIN_PEER_GROUP) continue;
    const percentiles: Record<string, number> = {};
    for (const row of rows) if (row.n >= MIN_PEER_GROUP) percentiles[row.area] = Math.round((100 * row.below) / row.n);
    return { kind, count: largest, percentiles };
  }
  return null;
}

const old: OldResponse[] = [];
const before: Record<string, Awaited<ReturnType<typeof oldPercentiles>>> = {};

beforeAll(async () => {
  expect(BEFORE.length, 'the survey instances migration is in the journal, after the earlier ones').toBeGreaterThan(1);
  dir = mkdtempSync(join(tmpdir(), 'koers-migration-'));
  const url = `file:${join(dir, 'old.db')}`;
  client = openClient(url);
  db = createDb(client);
  await migrate(db, { migrationsFolder: oldMigrationsFolder() });

  await client.executeMultiple(`
    insert into organisations (id, name) values ('org-a', 'Advies A'), ('org-b', 'Advies B'), ('org-unused', 'Zonder tests');
    insert into companies (id, organisation_id, name) values ('co-a1', 'org-a', 'Bakkerij'), ('co-a2', 'org-a', 'Drukkerij'), ('co-b1', 'org-b', 'Café'), ('co-own', null, 'Eigen zaak');`);
  const random = seededRandom(2002);
  const at = (i: number) => START + i * 3 * DAY_MS;
  let i = 0;
  // Enough anonymous tests in one sector for the sector comparison, and a mix of the rest.
  for (let n = 0; n < 30; n++, i++) {
    old.push(await insertOld({ id: `anon-${n}`, kind: 'anonymous', organisationId: null, companyId: null, answers: { ...demoAnswers(random), sector: n % 5 ? 'retail' : 'ict' }, completedAt: at(i) }));
  }
  for (const [n, org, company] of [[0, 'org-a', 'co-a1'], [1, 'org-a', 'co-a1'], [2, 'org-a', 'co-a2'], [3, 'org-b', 'co-b1'], [4, 'org-b', null]] as const) {
    old.push(await insertOld({ id: `inv-${n}`, kind: 'invited', organisationId: org, companyId: company, answers: demoAnswers(random), completedAt: at(i++) }));
  }
  old.push(await insertOld({ id: 'claimed-0', kind: 'claimed', organisationId: null, companyId: 'co-own', answers: demoAnswers(random), completedAt: at(i++) }));
  old.push(await insertOld({ id: 'open-0', kind: 'unfinished', organisationId: null, companyId: null, answers: { sector: 'retail', ambition_1: 4 }, completedAt: null }));
  old.push(await insertOld({ id: 'open-1', kind: 'unfinished', organisationId: 'org-a', companyId: 'co-a2', answers: { sector: 'ict' }, completedAt: null }));
  for (const r of old) if (r.kind !== 'unfinished') before[r.id] = await oldPercentiles(r);
  // Both kinds of group occur: the sector (retail) and everyone (the rest).
  expect(new Set(Object.values(before).map((p) => p?.kind))).toEqual(new Set(['sector', 'all']));

  await migrateDatabase(url);
}, 60_000);

afterAll(() => {
  client.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('the survey instances migration', () => {
  test('every response is still there with its id, answers, status, times and scores', async () => {
    const rows = await db.query.responses.findMany();
    expect(rows.map((r) => r.id).sort()).toEqual(old.map((r) => r.id).sort());
    for (const was of old) {
      const now = rows.find((r) => r.id === was.id)!;
      expect(now.answers, was.id).toEqual(was.answers);
      expect(now.status).toBe(was.kind === 'unfinished' ? 'in_progress' : 'completed');
      expect(now.completedAt?.getTime() ?? null).toBe(was.completedAt);
      expect(now.overallScore).toBe(was.overall);
      expect(now.headline).toBe(was.opportunity);
      expect([now.templateId, now.templateVersion]).toEqual(['growth-test', 1]);
      expect([now.organisationId, now.companyId]).toEqual([was.organisationId, was.companyId]);
      expect(now.revision).toBe(3);
    }
  });

  test('anonymous and claimed tests belong to the site-wide Growth Test, invited ones to their organisation’s', async () => {
    const rows = await db.query.responses.findMany();
    for (const was of old) {
      const expected = was.organisationId ? `gt-${was.organisationId}` : SITE_GROWTH_TEST_INSTANCE;
      expect(rows.find((r) => r.id === was.id)!.surveyInstanceId, was.id).toBe(expected);
    }
    const instances = await db.query.surveys.findMany();
    expect(instances.map((s) => s.id).sort()).toEqual(['gt-org-a', 'gt-org-b', SITE_GROWTH_TEST_INSTANCE]);
    for (const instance of instances) {
      expect(instance.publicId).toMatch(/^[0-9a-f]{32}$/);
      expect([instance.templateId, instance.templateVersion, instance.status, instance.companyId]).toEqual(['growth-test', 1, 'open', null]);
      expect(instance.locales).toEqual(['nl', 'en']);
    }
    expect(new Set(instances.map((s) => s.publicId)).size).toBe(3);
  });

  test('area scores and the overall score became facts, sector and size band segments', async () => {
    const facts = await db.query.responseFacts.findMany();
    const segments = await db.query.responseSegments.findMany();
    const areaRows = old.reduce((n, r) => n + Object.keys(r.areas).length, 0);
    const overallRows = old.filter((r) => r.overall !== null).length;
    expect(facts).toHaveLength(areaRows + overallRows);
    for (const was of old) {
      const own = facts.filter((f) => f.responseId === was.id);
      expect(Object.fromEntries(own.filter((f) => f.key !== 'overall').map((f) => [f.key, f.value]))).toEqual(was.areas);
      expect(own.find((f) => f.key === 'overall')?.value ?? null).toBe(was.overall);
      if (was.completedAt) expect(own.every((f) => f.month === new Date(was.completedAt!).toISOString().slice(0, 7))).toBe(true);
      const seg = Object.fromEntries(segments.filter((s) => s.responseId === was.id).map((s) => [s.dimension, s.value]));
      expect(seg).toEqual(was.sector ? { sector: was.sector, size_band: was.sizeBand } : {});
    }
  });

  test('every report compares with the same peer group and the same percentiles as before', async () => {
    for (const was of old.filter((r) => r.kind !== 'unfinished')) {
      const peers = await compareWithPeers({
        templateId: 'growth-test',
        segments: [['sector', was.sector!], ['size_band', was.sizeBand!]],
        facts: Object.entries(was.areas).map(([key, value]) => ({ key, value })),
      }, db);
      const expected = before[was.id];
      expect(peers.group && { kind: peers.group.kind === 'size_band' ? 'size' : peers.group.kind, count: peers.group.count }, was.id).toEqual(expected && { kind: expected.kind, count: expected.count });
      expect(peers.percentiles, was.id).toEqual(expected?.percentiles ?? {});
    }
  });

  test('the dashboard still shows each client’s latest test, and an instance’s facts aggregate', async () => {
    const page = await listClients({ id: 'admin', role: 'admin', organisationId: null, companyId: null }, parseClientListQuery(new URLSearchParams('')), db);
    const a1 = page.rows.find((r) => r.id === 'co-a1')!;
    expect(a1.latest?.responseId).toBe('inv-1');
    expect(a1.latest?.opportunity).toBe(old.find((r) => r.id === 'inv-1')!.opportunity);
    const counts = await factCounts(SITE_GROWTH_TEST_INSTANCE, db);
    const anonymousDone = old.filter((r) => !r.organisationId && r.overall !== null).length;
    expect(counts.filter((c) => c.key === 'overall').reduce((n, c) => n + c.count, 0)).toBe(anonymousDone);
  });
});
