/**
 * The consultant dashboard's queries against a real database with the demo
 * data: scoping (a consultant never sees another organisation's clients, a
 * foreign id reads as unknown), search, filters, sorting, paging.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { companies, notes, responseSegments, responses, users } from '../../../db/schema.ts';
import { DEMO_USERS, seedDemo } from '../../../scripts/seed-demo.ts';
import { CLIENTS_PAGE_SIZE } from '../../../src/lib/limits.ts';
import { GROWTH_TEST_ID } from '../../../src/lib/families/index.ts';
import { parseClientListQuery } from '../../../src/lib/forms/dashboard-query.ts';
import type { Actor } from '../../../src/lib/server/auth/access.ts';
import type { Database } from '../../../src/lib/server/db.ts';
import { deleteClient, findClient, findVisibleResponse, listClients, organisationChoices, ownCompanyTests } from '../../../src/lib/server/queries/clients.ts';
import { compareClients, organisationAverages, sectorAverages } from '../../../src/lib/server/queries/comparisons.ts';
import { exportResponses } from '../../../src/lib/server/queries/export.ts';
import { addNote, deleteNote, notesOf, updateNote } from '../../../src/lib/server/queries/notes.ts';
import { organisationOverview } from '../../../src/lib/server/queries/overview.ts';
import { createCompany } from '../../../src/lib/server/queries/organisations.ts';
import { openTempDb } from '../support/temp-db.ts';

let db: Database;
let close: () => void;
let coach: NonNullable<Actor>;
let other: NonNullable<Actor>;
let admin: NonNullable<Actor>;
let entrepreneur: NonNullable<Actor>;
let ownIds: string[];
let foreignIds: string[];

const query = (search = '') => parseClientListQuery(new URLSearchParams(search));

async function actor(email: string): Promise<NonNullable<Actor>> {
  const user = await db.query.users.findFirst({ where: eq(users.email, email) });
  return { id: user!.id, role: user!.role, organisationId: user!.organisationId, companyId: user!.companyId };
}

beforeAll(async () => {
  ({ db, close } = await openTempDb());
  await seedDemo(db, 60);
  [coach, other, admin, entrepreneur] = await Promise.all([
    actor(DEMO_USERS.consultant),
    actor(DEMO_USERS.otherConsultant),
    actor(DEMO_USERS.admin),
    actor(DEMO_USERS.entrepreneur),
  ]);
  const all = await db.select().from(companies);
  ownIds = all.filter((c) => c.organisationId === coach.organisationId).map((c) => c.id);
  foreignIds = all.filter((c) => c.organisationId === other.organisationId).map((c) => c.id);
}, 60_000);
afterAll(() => close());

describe('listClients', () => {
  test('a consultant sees exactly their own organisation’s clients', async () => {
    const page = await listClients(coach, query(), db);
    expect(page.total).toBe(16);
    expect(page.rows.every((r) => ownIds.includes(r.id))).toBe(true);
    const theirs = await listClients(other, query(), db);
    expect(theirs.total).toBe(4);
    expect(theirs.rows.some((r) => ownIds.includes(r.id))).toBe(false);
  });

  test('asking for another organisation does not widen a consultant’s scope', async () => {
    const page = await listClients(coach, query(`organisatie=${other.organisationId}`), db);
    expect(page.total).toBe(16);
    expect(page.rows.every((r) => ownIds.includes(r.id))).toBe(true);
  });

  test('an administrator sees every organisation and can filter by one', async () => {
    expect((await listClients(admin, query(), db)).total).toBe(20);
    const filtered = await listClients(admin, query(`organisatie=${other.organisationId}`), db);
    expect(filtered.total).toBe(4);
    expect(filtered.rows.every((r) => r.organisationName === 'Ander Adviesbureau')).toBe(true);
    expect((await organisationChoices(admin, db)).map((o) => o.name)).toEqual(['Ander Adviesbureau', 'Demo Groeiadvies']);
    expect(await organisationChoices(coach, db)).toEqual([]);
  });

  test('an entrepreneur’s scope is their own company; no scope sees nothing', async () => {
    const page = await listClients(entrepreneur, query(), db);
    expect(page.rows.map((r) => r.name)).toEqual(['Bakkerij De Korenschoof']);
    expect((await listClients(null, query(), db)).total).toBe(0);
    expect((await listClients({ id: 'x', role: 'consultant', organisationId: null, companyId: null }, query(), db)).total).toBe(0);
  });

  // The latest Growth Test: the demo hotel's customer surveys, answered later, never count as its test.
  test('each row carries its latest completed Growth Test', async () => {
    const page = await listClients(coach, query(), db);
    for (const row of page.rows) {
      expect(row.latest).not.toBeNull();
      const [newest] = await db
        .select({ id: responses.id, completedAt: responses.completedAt })
        .from(responses)
        .where(and(eq(responses.companyId, row.id), eq(responses.templateId, GROWTH_TEST_ID), eq(responses.status, 'completed')))
        .orderBy(responses.completedAt)
        .then((rs) => rs.reverse());
      expect(row.latest!.responseId).toBe(newest.id);
    }
  });

  test('search matches part of the name, case-insensitively; wildcards are literal', async () => {
    expect((await listClients(coach, query('zoek=bakker'), db)).rows.map((r) => r.name)).toEqual(['Bakkerij De Korenschoof']);
    expect((await listClients(coach, query('zoek=%25'), db)).total).toBe(0);
    expect((await listClients(coach, query('zoek=_'), db)).total).toBe(0);
    expect((await listClients(coach, query('zoek=Caf%C3%A9'), db)).total).toBe(0);
    expect((await listClients(other, query('zoek=caf'), db)).rows.map((r) => r.name)).toEqual(['Café De Hoek']);
  });

  test('filters by sector and by the latest test’s opportunity', async () => {
    const retail = await listClients(coach, query('sector=retail'), db);
    expect(retail.total).toBe(3);
    expect(retail.rows.every((r) => r.sector === 'retail')).toBe(true);
    const all = await listClients(coach, query(), db);
    const area = all.rows[0].latest!.opportunity!;
    const filtered = await listClients(coach, query(`kans=${area}`), db);
    expect(filtered.total).toBe(all.rows.filter((r) => r.latest?.opportunity === area).length);
    expect(filtered.rows.every((r) => r.latest?.opportunity === area)).toBe(true);
  });

  test('sorts by name, date and score in both directions', async () => {
    const names = (await listClients(coach, query(), db)).rows.map((r) => r.name);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base' })));
    const desc = (await listClients(coach, query('volgorde=af'), db)).rows.map((r) => r.name);
    expect(desc).toEqual([...names].reverse());
    const byScore = (await listClients(coach, query('sorteer=score'), db)).rows.map((r) => r.latest!.overallScore!);
    expect(byScore).toEqual([...byScore].sort((a, b) => b - a));
    const byScoreUp = (await listClients(coach, query('sorteer=score&volgorde=op'), db)).rows.map((r) => r.latest!.overallScore!);
    expect(byScoreUp).toEqual([...byScore].reverse());
    const byDate = (await listClients(coach, query('sorteer=date'), db)).rows.map((r) => r.latest!.completedAt!.getTime());
    expect(byDate).toEqual([...byDate].sort((a, b) => b - a));
  });

  test('pages hold CLIENTS_PAGE_SIZE rows; a page past the end shows the last page', async () => {
    for (let i = 0; i < CLIENTS_PAGE_SIZE; i++) await createCompany({ organisationId: other.organisationId, name: `Testklant ${String(i).padStart(2, '0')}` }, db);
    const first = await listClients(other, query(), db);
    expect(first.rows).toHaveLength(CLIENTS_PAGE_SIZE);
    expect(first.pageCount).toBe(2);
    const last = await listClients(other, query('pagina=99'), db);
    expect(last.page).toBe(2);
    expect(last.rows).toHaveLength(4);
    expect(new Set([...first.rows, ...last.rows].map((r) => r.id)).size).toBe(CLIENTS_PAGE_SIZE + 4);
    // Clients without a test sort after those with one, in both directions.
    const byDate = await listClients(other, query('sorteer=date&volgorde=op'), db);
    expect(byDate.rows.slice(0, 4).every((r) => r.latest !== null)).toBe(true);
  });
});

describe('one client', () => {
  test('findClient gives details and every completed test, oldest first', async () => {
    const record = await findClient(coach, ownIds[0], db);
    expect(record).not.toBeNull();
    expect(record!.tests.length).toBeGreaterThan(0);
    const times = record!.tests.map((t) => t.completedAt!.getTime());
    expect(times).toEqual([...times].sort((a, b) => a - b));
    expect(Object.keys(record!.tests[0].areas).length).toBeGreaterThan(0);
  });

  test('a foreign or unknown id reads as unknown', async () => {
    expect(await findClient(coach, foreignIds[0], db)).toBeNull();
    expect(await findClient(coach, 'doesnotexist', db)).toBeNull();
    expect(await findClient(entrepreneur, entrepreneur.companyId!, db)).toBeNull();
    expect(await findClient(admin, foreignIds[0], db)).not.toBeNull();
  });

  test('an entrepreneur gets their own tests, newest first, and may open their reports only', async () => {
    const tests = await ownCompanyTests(entrepreneur, db);
    expect(tests.length).toBeGreaterThan(0);
    const times = tests.map((t) => t.completedAt!.getTime());
    expect(times).toEqual([...times].sort((a, b) => b - a));
    expect(await ownCompanyTests(coach, db)).toEqual([]);
    expect(await findVisibleResponse(entrepreneur, tests[0].responseId, db)).not.toBeNull();
    const foreign = (await findClient(admin, foreignIds[0], db))!.tests[0].responseId;
    expect(await findVisibleResponse(entrepreneur, foreign, db)).toBeNull();
    expect(await findVisibleResponse(coach, foreign, db)).toBeNull();
    expect(await findVisibleResponse(other, foreign, db)).not.toBeNull();
  });
});

describe('notes', () => {
  test('the author adds, edits and deletes; a colleague reads but cannot change; others see nothing', async () => {
    const company = { id: ownIds[1], organisationId: coach.organisationId };
    expect(await addNote(coach, company, 'Eerste gesprek gehad.', db)).toBe(true);
    const [note] = await notesOf(coach, company, db);
    expect(note).toMatchObject({ body: 'Eerste gesprek gehad.', authorName: 'Chris Coach', editable: true, updatedAt: null });

    expect(await updateNote(coach, company.id, note.id, 'Tweede versie.', new Date(), db)).toBe(true);
    expect((await notesOf(coach, company, db))[0]).toMatchObject({ body: 'Tweede versie.' });
    expect((await notesOf(coach, company, db))[0].updatedAt).toBeInstanceOf(Date);

    // Another organisation's consultant: no notes, no writes.
    expect(await notesOf(other, company, db)).toEqual([]);
    expect(await addNote(other, company, 'Binnengedrongen', db)).toBe(false);
    expect(await updateNote(other, company.id, note.id, 'x', new Date(), db)).toBe(false);
    expect(await deleteNote(other, company.id, note.id, db)).toBe(false);
    // A note id under a different company is unknown there.
    expect(await updateNote(coach, ownIds[2], note.id, 'x', new Date(), db)).toBe(false);

    // A colleague in the same organisation reads it, but it is not theirs to edit.
    await db.insert(users).values({ id: 'colleague', email: 'collega@koers.demo', name: 'Collega', passwordHash: 'x', role: 'consultant', organisationId: coach.organisationId });
    const colleague = { id: 'colleague', role: 'consultant' as const, organisationId: coach.organisationId, companyId: null };
    const seen = await notesOf(colleague, company, db);
    expect(seen).toHaveLength(1);
    expect(seen[0].editable).toBe(false);
    expect(await updateNote(colleague, company.id, note.id, 'x', new Date(), db)).toBe(false);
    expect(await deleteNote(colleague, company.id, note.id, db)).toBe(false);

    expect(await deleteNote(coach, company.id, note.id, db)).toBe(true);
    expect(await db.$count(notes)).toBe(0);
  });
});

describe('compare', () => {
  test('clients come back in the order asked, with their latest area scores', async () => {
    const compared = await compareClients(coach, [ownIds[3], ownIds[0]], db);
    expect(compared!.map((c) => c.id)).toEqual([ownIds[3], ownIds[0]]);
    expect(Object.keys(compared![0].areas).length).toBeGreaterThan(5);
  });

  test('one foreign or unknown id makes the whole comparison unknown', async () => {
    expect(await compareClients(coach, [ownIds[0], foreignIds[0]], db)).toBeNull();
    expect(await compareClients(coach, [ownIds[0], 'nope'], db)).toBeNull();
  });

  test('the organisation average uses each client’s latest test only', async () => {
    const averages = await organisationAverages(other.organisationId!, db);
    expect(averages.count).toBe(4);
    const latest = await Promise.all(foreignIds.map(async (id) => (await compareClients(other, [id], db))![0].areas.ambition));
    const mean = latest.filter((s) => s !== undefined).reduce((a, b) => a + b, 0) / latest.filter((s) => s !== undefined).length;
    expect(averages.areas.ambition).toBeCloseTo(mean, 1);
  });

  test('a sector average needs enough tests', async () => {
    for (const sector of ['hospitality', 'business_services', 'retail']) {
      const tests = await db.$count(responseSegments, and(eq(responseSegments.dimension, 'sector'), eq(responseSegments.value, sector)));
      const averages = await sectorAverages(sector, db);
      if (tests < 20) expect(averages, sector).toBeNull();
      else expect(averages!.count, sector).toBe(tests);
    }
  });
});

describe('overview and export', () => {
  test('the overview counts only tests in scope', async () => {
    const mine = await organisationOverview(coach, undefined, new Date(), db);
    const theirs = await organisationOverview(other, undefined, new Date(), db);
    const everyone = await organisationOverview(admin, undefined, new Date(), db);
    expect(mine.months).toHaveLength(12);
    expect(mine.bins).toHaveLength(10);
    expect(mine.total + theirs.total).toBeLessThanOrEqual(everyone.total);
    expect(mine.bins.reduce((s, b) => s + b.count, 0)).toBe(mine.total);
    expect(mine.opportunities.reduce((s, o) => s + o.count, 0)).toBe(mine.total);
    const asAdminForOther = await organisationOverview(admin, other.organisationId!, new Date(), db);
    expect(asAdminForOther.total).toBe(theirs.total);
    expect((await organisationOverview(coach, other.organisationId!, new Date(), db)).total).toBe(mine.total);
  });

  test('the export holds the organisation’s responses only, every one once', async () => {
    const rows = [];
    for await (const batch of exportResponses(other, undefined, db)) rows.push(...batch);
    const expected = await db.$count(responses, eq(responses.organisationId, other.organisationId!));
    expect(rows).toHaveLength(expected);
    expect(new Set(rows.map((r) => r.responseId)).size).toBe(rows.length);
    expect(rows.every((r) => r.organisation === 'Ander Adviesbureau')).toBe(true);
    const everything = [];
    // Small batches: the keyset paging neither skips nor repeats a response.
    for await (const batch of exportResponses(admin, undefined, db, 7)) everything.push(...batch);
    expect(everything).toHaveLength(60);
    expect(new Set(everything.map((r) => r.responseId)).size).toBe(60);
  });
});

describe('deleting a client', () => {
  test('only within scope; the client and its tests are gone after', async () => {
    expect(await deleteClient(coach, foreignIds[0], db)).toBe(false);
    expect(await deleteClient(coach, 'nope', db)).toBe(false);
    expect(await db.$count(companies, eq(companies.id, foreignIds[0]))).toBe(1);
    expect(await deleteClient(other, foreignIds[0], db)).toBe(true);
    expect(await db.$count(companies, eq(companies.id, foreignIds[0]))).toBe(0);
    expect(await db.$count(responses, eq(responses.companyId, foreignIds[0]))).toBe(0);
  });
});
