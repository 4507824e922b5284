/**
 * Survey instances against a real temporary database: the queries behind
 * the owner's pages (counts, aggregates, the Growth Test doors), the
 * owner's rules (who may create, see, close), and starting through a
 * public link (closed, honeypot, attribution).
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import { responses } from '../../../db/schema.ts';
import { createUser } from '../../../src/lib/server/auth/accounts.ts';
import type { Actor } from '../../../src/lib/server/auth/access.ts';
import { createCompany, createOrganisation } from '../../../src/lib/server/queries/organisations.ts';
import { completeResponse, saveAnswers, startResponse } from '../../../src/lib/server/queries/responses.ts';
import {
  SITE_GROWTH_TEST_INSTANCE,
  factCounts,
  findInstanceByPublicId,
  instancesOfCompany,
  isOpen,
  organisationGrowthTest,
} from '../../../src/lib/server/queries/surveys.ts';
import { createSurvey, listCompanySurveys, loadSurveyPage, setSurveyOpen, surveyQrCode } from '../../../src/lib/server/owner-surveys.ts';
import { openPublicSurvey, publicAttribution, startSurvey } from '../../../src/lib/server/survey-start.ts';
import { finishedTarget } from '../../../src/lib/server/survey-flow.ts';
import { listClients } from '../../../src/lib/server/queries/clients.ts';
import { parseClientListQuery } from '../../../src/lib/forms/dashboard-query.ts';
import { issueToken } from '../../../src/lib/server/tokens.ts';
import { growthTestV1 as survey } from '../../../src/lib/families/growth-test/definition.ts';
import { demoAnswers, seededRandom } from '../../../scripts/seed-demo.ts';
import type { Database } from '../../../src/lib/server/db.ts';
import { openTempDb } from '../support/temp-db.ts';
import { createThrottler } from '../../../src/lib/server/throttle/throttle.ts';

let db: Database;
let close: () => void;
let coach: Actor;
let stranger: Actor;
let owner: Actor;
let companyId: string;
let otherCompanyId: string;

function form(values: Record<string, string | string[]>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(values)) for (const v of [value].flat()) data.append(key, v);
  return data;
}

const NOW = new Date('2027-03-01T12:00:00Z');
/** Starts counted against this test's own database, never the default one. */
const starts = (db: Database) => createThrottler({ db: () => db, pruneDaily: false });

async function create(actor: Actor, values: Record<string, string | string[]> = {}) {
  const result = await createSurvey(actor, form({ company: companyId, template: 'growth-test', title: 'Voorjaar', locales: ['nl', 'en'], ...values }), 'nl', NOW, db);
  if (!result?.ok) throw new Error(`not created: ${JSON.stringify(result)}`);
  return result.id;
}

/** A respondent completes a Growth Test through the instance's public link. */
async function answerByLink(publicId: string, seed: number, completedAt = NOW) {
  const target = (await openPublicSurvey(publicId, NOW, db))!;
  const { token } = issueToken();
  const outcome = await startSurvey(target, { token, honeypot: '', clientAddress: '192.0.2.1' }, 'nl', publicAttribution(target.instance), db, starts(db));
  if (outcome.kind !== 'started') throw new Error(outcome.kind);
  const saved = await saveAnswers(outcome.response, target.survey, { answers: demoAnswers(seededRandom(seed)), cleared: [], sectionId: 'follow_up' }, db);
  const done = await completeResponse(saved, target.survey, db, completedAt);
  if (!done.ok) throw new Error('incomplete');
  return done.response;
}

beforeAll(async () => {
  ({ db, close } = await openTempDb());
  const org = await createOrganisation('Eigen bureau', null, db);
  const otherOrg = await createOrganisation('Ander bureau', null, db);
  companyId = (await createCompany({ organisationId: org.id, name: 'Bakkerij' }, db)).id;
  otherCompanyId = (await createCompany({ organisationId: otherOrg.id, name: 'Café' }, db)).id;
  const password = 'een-lang-wachtwoord-2027';
  coach = await createUser({ email: 'coach@test.example', name: 'Coach', password, role: 'consultant', organisationId: org.id }, db);
  stranger = await createUser({ email: 'ander@test.example', name: 'Ander', password, role: 'consultant', organisationId: otherOrg.id }, db);
  owner = await createUser({ email: 'eigen@test.example', name: 'Ondernemer', password, role: 'entrepreneur', companyId }, db);
});
afterAll(() => close());

describe('creating surveys', () => {
  test('a coach creates one for a client; it gets a 128-bit public id, the template version and the organisation', async () => {
    const id = await create(coach, { closesAt: '2027-04-01' });
    const [row] = (await instancesOfCompany(companyId, db)).filter((r) => r.id === id);
    expect(row.publicId).toMatch(/^[a-z2-7]{26}$/);
    // The newest version: 2, the size-aware Growth Test (issue 12).
    expect([row.templateId, row.templateVersion, row.title, row.status]).toEqual(['growth-test', 2, 'Voorjaar', 'open']);
    expect(row.locales).toEqual(['nl', 'en']);
    expect(row.closesAt?.toISOString()).toBe('2027-04-01T00:00:00.000Z');
    expect(row.organisationId).not.toBeNull();
    expect(row.createdBy).toBe(coach!.id);
  });

  test('an entrepreneur creates one for their own company only; another organisation’s coach for none of ours', async () => {
    expect(await create(owner)).toBeTruthy();
    expect(await createSurvey(stranger, form({ company: companyId, template: 'growth-test', title: 'x', locales: 'nl' }), 'nl', NOW, db)).toBeNull();
    expect(await createSurvey(owner, form({ company: otherCompanyId, template: 'growth-test', title: 'x', locales: 'nl' }), 'nl', NOW, db)).toBeNull();
  });

  test.each([
    [{ title: '   ' }, 'title'],
    [{ title: 'x'.repeat(121) }, 'title'],
    [{ template: 'no-such-template' }, 'template'],
    [{ locales: [] }, 'locales'],
    [{ locales: ['nl', 'pl'] }, 'locales'],
    [{ closesAt: '2027-02-30' }, 'closesAt'],
    [{ closesAt: '2027-03-01' }, 'closesAt'],
  ])('%j is refused at %s, and nothing is stored', async (values, field) => {
    const before = (await instancesOfCompany(companyId, db)).length;
    const result = await createSurvey(coach, form({ company: companyId, template: 'growth-test', title: 'Voorjaar', locales: 'nl', ...values }), 'en', NOW, db);
    expect(result?.ok).toBe(false);
    if (result && !result.ok) expect(Object.keys(result.fieldErrors)).toEqual([field]);
    expect((await instancesOfCompany(companyId, db)).length).toBe(before);
  });
});

describe('answers, counts and aggregates', () => {
  test('the list counts completed answers only and shows the family’s headline figure', async () => {
    const id = await create(coach, { title: 'Geteld' });
    const { publicId } = (await instancesOfCompany(companyId, db)).find((r) => r.id === id)!;
    const first = await answerByLink(publicId, 1, new Date('2027-01-10T10:00:00Z'));
    const second = await answerByLink(publicId, 2, new Date('2027-02-10T10:00:00Z'));
    const target = (await openPublicSurvey(publicId, NOW, db))!;
    await startSurvey(target, { token: issueToken().token, honeypot: '', clientAddress: '192.0.2.1' }, 'nl', undefined, db, starts(db));

    expect([first.companyId, first.surveyInstanceId]).toEqual([companyId, id]);
    const listed = (await listCompanySurveys(coach, companyId, 'nl', NOW, db))!.find((s) => s.id === id)!;
    expect(listed.answers).toBe(2);
    const mean = Math.round((first.overallScore! + second.overallScore!) / 2);
    expect(listed.headline).toBe(`gemiddelde score ${mean}`);

    const counts = await factCounts(id, db);
    expect(counts.filter((c) => c.key === 'overall').map((c) => c.month).sort()).toEqual(['2027-01', '2027-02']);
    expect(counts.every((c) => c.count === 1)).toBe(true);
  });

  test('a survey nobody answered lists no headline', async () => {
    const id = await create(coach, { title: 'Leeg' });
    const listed = (await listCompanySurveys(coach, companyId, 'nl', NOW, db))!.find((s) => s.id === id)!;
    expect([listed.answers, listed.headline]).toEqual([0, null]);
  });

  test('nobody sees another organisation’s surveys: the list, the page and the QR code read as unknown', async () => {
    const id = await create(coach, { title: 'Privé' });
    expect(await listCompanySurveys(stranger, companyId, 'nl', NOW, db)).toBeNull();
    expect(await loadSurveyPage(stranger, id, 'https://koers.example', 'nl', NOW, db)).toBeNull();
    expect(await surveyQrCode(stranger, id, 'https://koers.example', 'svg', db)).toBeNull();
    expect(await setSurveyOpen(stranger, id, false, db)).toBe(false);
    expect(await loadSurveyPage(coach, SITE_GROWTH_TEST_INSTANCE, 'https://koers.example', 'nl', NOW, db)).toBeNull();
    const page = await loadSurveyPage(owner, id, 'https://koers.example', 'nl', NOW, db);
    expect(page?.publicUrl).toBe(`https://koers.example/v/${page?.instance.publicId}`);
    expect(await surveyQrCode(coach, id, 'https://koers.example', 'svg', db)).toContain('<svg');
    const png = (await surveyQrCode(coach, id, 'https://koers.example', 'png', db)) as Uint8Array;
    expect([...png.subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
  });

  test('a Growth Test answered on a customer survey never becomes the client’s latest test unless it is one', async () => {
    // A response of another family for the same company, completed later: the dashboard must not take it for a Growth Test.
    const id = await create(coach, { title: 'Klanten' });
    // Raw, as no second family is registered yet: only its template id matters here.
    await db.run(
      sql`insert into responses (id, secret_hash, survey_instance_id, template_id, template_version, locale, status, answers, overall_score, headline, company_id, completed_at)
        values ('sat-1', x'00', ${id}, 'customer-satisfaction', 1, 'nl', 'completed', '{}', 99, 'nps', ${companyId}, ${Date.UTC(2030, 0, 1)})`,
    );
    const page = await listClients(coach, parseClientListQuery(new URLSearchParams('')), db);
    const row = page.rows.find((r) => r.id === companyId)!;
    expect(row.latest?.responseId).not.toBe('sat-1');
    expect(row.latest?.opportunity).not.toBe('nps');
    await db.run(sql`delete from responses where id = 'sat-1'`);
  });
});

describe('starting through the public link', () => {
  test('a closed survey, or one past its closing date, stores nothing', async () => {
    const id = await create(coach, { title: 'Dicht', closesAt: '2027-03-02' });
    const { publicId } = (await instancesOfCompany(companyId, db)).find((r) => r.id === id)!;
    const start = async (now: Date) => startSurvey((await openPublicSurvey(publicId, now, db))!, { token: issueToken().token, honeypot: '', clientAddress: '192.0.2.1' }, 'nl', undefined, db, starts(db));
    expect((await start(new Date('2027-03-02T00:00:00Z'))).kind).toBe('closed');
    await setSurveyOpen(coach, id, false, db);
    expect((await start(NOW)).kind).toBe('closed');
    expect((await instancesOfCompany(companyId, db)).find((r) => r.id === id)!.answers).toBe(0);
    expect(await db.$count(responses, eq(responses.surveyInstanceId, id))).toBe(0);
    await setSurveyOpen(coach, id, true, db);
    expect((await start(NOW)).kind).toBe('started');
  });

  test('a filled honeypot stores nothing', async () => {
    const id = await create(coach, { title: 'Bots' });
    const { publicId } = (await instancesOfCompany(companyId, db)).find((r) => r.id === id)!;
    const target = (await openPublicSurvey(publicId, NOW, db))!;
    expect((await startSurvey(target, { token: issueToken().token, honeypot: 'http://spam.example', clientAddress: '192.0.2.1' }, 'nl', undefined, db, starts(db))).kind).toBe('refused');
    expect(await db.$count(responses, eq(responses.surveyInstanceId, id))).toBe(0);
  });

  test('public ids of the wrong shape are not looked up; an unknown one opens nothing', async () => {
    expect(await findInstanceByPublicId("' or 1=1 --", db)).toBeUndefined();
    expect(await openPublicSurvey('a'.repeat(26), NOW, db)).toBeNull();
  });

  test('each organisation gets one own Growth Test, however often it is asked for', async () => {
    const org = await createOrganisation('Nieuw bureau', null, db);
    const [a, b] = await Promise.all([organisationGrowthTest(org.id, db), organisationGrowthTest(org.id, db)]);
    expect(a.id).toBe(b.id);
    expect([a.templateId, a.companyId, a.organisationId]).toEqual(['growth-test', null, org.id]);
  });

  test('isOpen: status open and not past the closing date', () => {
    expect(isOpen({ status: 'open', closesAt: null }, NOW)).toBe(true);
    expect(isOpen({ status: 'closed', closesAt: null }, NOW)).toBe(false);
    expect(isOpen({ status: 'open', closesAt: new Date(NOW.getTime() + 1) }, NOW)).toBe(true);
    expect(isOpen({ status: 'open', closesAt: NOW }, NOW)).toBe(false);
  });
});

describe('the definition an instance serves', () => {
  test('a finished respondent of a collective survey goes to the thank-you page, of a self survey to the report', () => {
    const instance = { publicId: 'p'.repeat(26) } as never;
    const response = { embedded: false } as never;
    expect(finishedTarget('t.k', { response, instance, survey: { ...survey, audience: 'collective' } }, 'en')).toBe(`/en/v/${'p'.repeat(26)}/bedankt`);
    expect(finishedTarget('t.k', { response, instance, survey }, 'nl')).toBe('/rapport/t.k');
  });

  test("an embedded respondent stays in the frame: the embedded thank-you page, with the way to a self survey's report", () => {
    const instance = { publicId: 'p'.repeat(26) } as never;
    const response = { embedded: true } as never;
    expect(finishedTarget('t.k', { response, instance, survey: { ...survey, audience: 'collective' } }, 'en')).toBe(`/en/e/${'p'.repeat(26)}/bedankt`);
    expect(finishedTarget('t.k', { response, instance, survey }, 'nl')).toBe(`/e/${'p'.repeat(26)}/bedankt?rapport=t.k`);
  });
});
