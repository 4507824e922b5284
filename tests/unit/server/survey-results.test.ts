/**
 * Survey results against a real temporary database: the pre-aggregated
 * fact counts stay equal to a GROUP BY over response_facts through
 * completions (a double completion included) and every kind of deletion,
 * and the results loader returns the family's figures and the comments
 * (newest first, searchable, 20 a page), nothing for a withheld team
 * survey, and null (a 404) for another organisation.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { sql } from 'drizzle-orm';
import { createUser } from '../../../src/lib/server/auth/accounts.ts';
import type { Actor } from '../../../src/lib/server/auth/access.ts';
import { createCompany, createOrganisation } from '../../../src/lib/server/queries/organisations.ts';
import { completeResponse, saveAnswers, startResponse } from '../../../src/lib/server/queries/responses.ts';
import { factCounts } from '../../../src/lib/server/queries/fact-counts.ts';
import { findComments } from '../../../src/lib/server/queries/comments.ts';
import { findInstance, organisationGrowthTest } from '../../../src/lib/server/queries/surveys.ts';
import { applyRetention, deleteAccount, deleteCompany } from '../../../src/lib/server/queries/privacy.ts';
import { createSurvey } from '../../../src/lib/server/owner-surveys.ts';
import { loadSurveyResults, surveyResultsPdf } from '../../../src/lib/server/survey-results.ts';
import { surveyForInstance } from '../../../src/lib/families/index.ts';
import { parseResultsQuery } from '../../../src/lib/forms/results-query.ts';
import { issueToken } from '../../../src/lib/server/tokens.ts';
import type { Answers } from '../../../src/lib/surveys/answers.ts';
import type { Database } from '../../../src/lib/server/db.ts';
import { openTempDb } from '../support/temp-db.ts';
import { answersFor } from '../../support/survey-answers.ts';
import { demoAnswers, seededRandom } from '../../../scripts/seed-demo.ts';

let db: Database;
let close: () => void;
let coach: Actor;
let stranger: Actor;
let companyId: string;
let organisationId: string;

const NOW = new Date('2027-03-01T12:00:00Z');

function form(values: Record<string, string | string[]>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(values)) for (const v of [value].flat()) data.append(key, v);
  return data;
}

async function create(template: string, company = companyId, actor = coach, extra: Record<string, string | string[]> = {}) {
  const result = await createSurvey(actor, form({ company, template, title: `Lijst ${template}`, locales: ['nl', 'en'], ...extra }), 'nl', NOW, db);
  if (!result?.ok) throw new Error(`not created: ${JSON.stringify(result)}`);
  return result.id;
}

/** Completes one response to the instance, with answers from `overrides`, in the month of `at`. */
async function answer(instanceId: string, overrides: Answers = {}, at = NOW, attribution?: { organisationId: string | null; companyId: string | null }) {
  const instance = (await findInstance(instanceId, db))!;
  const survey = surveyForInstance(instance)!;
  const started = await startResponse(issueToken().token, { instanceId, survey }, 'nl', { organisationId: instance.organisationId, companyId: instance.companyId, ...attribution, createdAt: at }, db);
  const saved = await saveAnswers(started!, survey, { answers: answersFor(survey, overrides), cleared: [], sectionId: survey.sections.at(-1)!.id }, db);
  const done = await completeResponse(saved, survey, db, at);
  if (!done.ok) throw new Error(`incomplete at ${done.missingSectionId}`);
  return { response: done.response, saved, survey };
}

/** What the counts must be: a GROUP BY over the facts, the source of truth. */
async function groupedFacts(instanceId: string) {
  const rows = await db.all<{ key: string; value: number; month: string; count: number }>(sql`
    select key, value, month, count(*) as count from response_facts where survey_instance_id = ${instanceId} group by key, value, month`);
  return rows.map((r) => ({ ...r, value: Number(r.value), count: Number(r.count) }));
}

const sorted = <T extends { key: string; value: number; month: string }>(rows: T[]) =>
  [...rows].sort((a, b) => `${a.key}|${a.value}|${a.month}`.localeCompare(`${b.key}|${b.value}|${b.month}`));

async function expectCountsMatchFacts(instanceId: string) {
  expect(sorted(await factCounts(instanceId, db))).toEqual(sorted(await groupedFacts(instanceId)));
}

beforeAll(async () => {
  ({ db, close } = await openTempDb());
  const org = await createOrganisation('Eigen bureau', 6, db);
  organisationId = org.id;
  const otherOrg = await createOrganisation('Ander bureau', null, db);
  companyId = (await createCompany({ organisationId: org.id, name: 'Bakkerij' }, db)).id;
  const password = 'een-lang-wachtwoord-2027';
  coach = await createUser({ email: 'coach@test.example', name: 'Coach', password, role: 'consultant', organisationId: org.id }, db);
  stranger = await createUser({ email: 'ander@test.example', name: 'Ander', password, role: 'consultant', organisationId: otherOrg.id }, db);
});
afterAll(() => close());

describe('fact counts', () => {
  test('equal a GROUP BY over the facts after completions in several months; a second completion counts nothing', async () => {
    const id = await create('customer-satisfaction');
    await answer(id, { recommend: 10 }, new Date('2027-01-05T10:00:00Z'));
    await answer(id, { recommend: 3 }, new Date('2027-02-05T10:00:00Z'));
    const { saved, survey } = await answer(id, { recommend: 10 }, new Date('2027-02-06T10:00:00Z'));
    // The same in-progress row completed again (a double submit racing the first): nothing more is counted.
    expect((await completeResponse(saved, survey, db, new Date('2027-02-07T10:00:00Z'))).ok).toBe(true);
    await expectCountsMatchFacts(id);
    const recommend = (await factCounts(id, db)).filter((c) => c.key === 'recommend');
    expect(sorted(recommend).map((c) => [c.value, c.month, c.count])).toEqual([[10, '2027-01', 1], [10, '2027-02', 1], [3, '2027-02', 1]]);
  });

  test('retention rebuilds the counts of the instance it deleted from', async () => {
    const instance = await organisationGrowthTest(organisationId, db);
    const anonymous = { organisationId, companyId: null };
    await answer(instance.id, demoAnswers(seededRandom(1)), new Date('2026-01-10T10:00:00Z'), anonymous);
    await answer(instance.id, demoAnswers(seededRandom(2)), new Date('2027-02-20T10:00:00Z'), anonymous);
    const before = await factCounts(instance.id, db);
    expect(Math.max(...before.map((c) => c.count))).toBeGreaterThanOrEqual(1);
    expect(await applyRetention(NOW, db)).toBe(1);
    await expectCountsMatchFacts(instance.id);
    expect(new Set((await factCounts(instance.id, db)).map((c) => c.month))).toEqual(new Set(['2027-02']));
  });

  test('deleting a company or an entrepreneur’s account removes its surveys’ counts', async () => {
    const company = await createCompany({ organisationId, name: 'Weg ermee' }, db);
    const id = await create('customer-satisfaction', company.id);
    await answer(id);
    expect((await factCounts(id, db)).length).toBeGreaterThan(0);
    await deleteCompany(company.id, db);
    expect(await factCounts(id, db)).toEqual([]);

    const own = await createCompany({ organisationId: null, name: 'Eigen zaak' }, db);
    const entrepreneur = await createUser({ email: 'zelf@test.example', name: 'Zelf', password: 'een-lang-wachtwoord-2027', role: 'entrepreneur', companyId: own.id }, db);
    const mine = await create('customer-satisfaction', own.id, entrepreneur);
    await answer(mine);
    await deleteAccount(entrepreneur!.id, db);
    expect(await factCounts(mine, db)).toEqual([]);
    expect(await db.all(sql`select * from fact_counts where survey_instance_id not in (select id from surveys)`)).toEqual([]);
  });
});

describe('owner options on the create form', () => {
  test('the options chosen are stored; a bad one is refused at its field, values kept, nothing stored', async () => {
    const id = await create('complaint-thresholds', companyId, coach, { 'opt.complaint-thresholds': '1', 'opt.complaint-thresholds.offeredChannels': ['email', 'chat'] });
    expect((await findInstance(id, db))!.options).toEqual({ offeredChannels: ['email', 'chat'], askContact: false });
    const bad = await createSurvey(coach, form({ company: companyId, template: 'customer-satisfaction', title: 'x', locales: 'nl', 'opt.customer-satisfaction': '1', 'opt.customer-satisfaction.serviceLevels': ['quality', 'weather'] }), 'nl', NOW, db);
    expect(bad).toMatchObject({ ok: false, fieldErrors: { 'opt.customer-satisfaction.serviceLevels': expect.any(String) }, values: { title: 'x', 'opt.customer-satisfaction.serviceLevels': ['quality', 'weather'] } });
  });
});

describe('the results loader', () => {
  test('a satisfaction survey: the NPS of its answers and the comments, newest first, searchable, 20 a page', async () => {
    const id = await create('customer-satisfaction');
    for (let i = 0; i < 22; i++) {
      await answer(id, { recommend: i < 12 ? 10 : 4, comment: i % 2 ? `Snelle Levering nummer ${i}` : `Vriendelijk 100%_${i}` }, new Date(Date.UTC(2027, 1, 1 + i)));
    }
    await answer(id, { recommend: 9 }, new Date('2027-02-25T10:00:00Z'));
    const page = (await loadSurveyResults(coach, id, parseResultsQuery(new URLSearchParams()), db))!;
    expect(page.model).toBe('customer-satisfaction');
    const results = page.results as { nps: { score: number; answers: number } };
    expect(results.nps.answers).toBe(23);
    expect(results.nps.score).toBe(Math.round(((13 - 10) / 23) * 1000) / 10);
    expect(page.comments!.total).toBe(22);
    expect(page.comments!.items).toHaveLength(20);
    expect(page.comments!.pageCount).toBe(2);
    expect(page.comments!.items[0].text).toBe('Snelle Levering nummer 21');
    const second = (await loadSurveyResults(coach, id, parseResultsQuery(new URLSearchParams('pagina=2')), db))!;
    expect(second.comments!.items.map((c) => c.text)).toEqual(['Snelle Levering nummer 1', 'Vriendelijk 100%_0']);
    const search = async (q: string) => (await loadSurveyResults(coach, id, parseResultsQuery(new URLSearchParams({ q })), db))!.comments!;
    expect((await search('snelle levering')).total).toBe(11);
    expect((await search('LEVERING NUMMER 2')).items.map((c) => c.text)).toEqual(['Snelle Levering nummer 21']);
    // % and _ match themselves, not anything.
    expect((await search('100%_')).total).toBe(11);
    expect((await search('%')).total).toBe(11);
    expect((await search('x'.repeat(500))).search).toHaveLength(100);
    // The family's results PDF, for the owner (another organisation gets null, below).
    const pdf = await surveyResultsPdf(coach, id, 'nl', db);
    expect(Buffer.from(pdf!.bytes.subarray(0, 5)).toString()).toBe('%PDF-');
    // Past the count cap: no total, but whether another page follows.
    const capped = await findComments(id, ['comment'], { search: '', page: 1, pageSize: 20, countCap: 5 }, db);
    expect([capped.total, capped.hasNext, capped.comments.length]).toEqual([null, true, 20]);
    const last = await findComments(id, ['comment'], { search: '', page: 2, pageSize: 20, countCap: 5 }, db);
    expect([last.total, last.hasNext, last.comments.length]).toEqual([null, false, 2]);
  });

  test('a team survey shows nothing, not even comments, below 5 answers; with 5 its figures', async () => {
    const id = await create('customer-focus');
    for (let i = 0; i < 4; i++) await answer(id, { comment: 'Mijn chef luistert niet' });
    const withheld = (await loadSurveyResults(coach, id, parseResultsQuery(new URLSearchParams()), db))!;
    expect(withheld.withheld).toBe(true);
    expect(withheld.comments).toBeNull();
    expect(withheld.results).toMatchObject({ status: 'withheld', respondents: 4 });
    await answer(id);
    const shown = (await loadSurveyResults(coach, id, parseResultsQuery(new URLSearchParams()), db))!;
    expect(shown.withheld).toBe(false);
    expect(shown.results).toMatchObject({ status: 'shown', respondents: 5 });
    expect(shown.comments!.total).toBe(4);
  });

  test('another organisation, an unknown id and a Growth Test door read as unknown', async () => {
    const id = await create('complaint-thresholds');
    const query = parseResultsQuery(new URLSearchParams());
    expect(await loadSurveyResults(stranger, id, query, db)).toBeNull();
    expect(await loadSurveyResults(coach, 'nonexistent', query, db)).toBeNull();
    expect(await loadSurveyResults(coach, (await organisationGrowthTest(organisationId, db)).id, query, db)).toBeNull();
    expect(await surveyResultsPdf(stranger, id, 'nl', db)).toBeNull();
    expect((await loadSurveyResults(coach, id, query, db))!.model).toBe('complaint-thresholds');
  });
});
