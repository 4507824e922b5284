/**
 * Action items on a client against a real database: the list's order (open
 * soonest due first, then done most recently done first), overdue by the
 * Dutch calendar day, ticking off and reopening, deletion, and reach: a coach
 * of another organisation, the client's own entrepreneur and nobody signed in
 * see nothing and change nothing, and an item named under another client is
 * unknown there.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { actionItems } from '../../../db/schema.ts';
import type { Actor, CompanyRef } from '../../../src/lib/server/auth/access.ts';
import { createUser } from '../../../src/lib/server/auth/accounts.ts';
import type { Database } from '../../../src/lib/server/db.ts';
import { actionItemsOf, addActionItem, dayIn, deleteActionItem, setActionItemDone } from '../../../src/lib/server/queries/action-items.ts';
import { createCompany, createOrganisation } from '../../../src/lib/server/queries/organisations.ts';
import { deleteCompany } from '../../../src/lib/server/queries/privacy.ts';
import { openTempDb } from '../support/temp-db.ts';

let temp: Awaited<ReturnType<typeof openTempDb>>;
let db: Database;
let company: CompanyRef;
let otherCompany: CompanyRef;
let coach: NonNullable<Actor>;
let colleague: NonNullable<Actor>;
let outsider: NonNullable<Actor>;
let owner: NonNullable<Actor>;
let admin: NonNullable<Actor>;

const asActor = (u: { id: string; role: 'admin' | 'consultant' | 'entrepreneur'; organisationId: string | null; companyId: string | null }): NonNullable<Actor> => ({
  id: u.id,
  role: u.role,
  organisationId: u.organisationId,
  companyId: u.companyId,
});
const PASSWORD = 'een lang wachtwoord';

beforeAll(async () => {
  temp = await openTempDb();
  db = temp.db;
  const office = await createOrganisation('Kantoor', null, db);
  const rival = await createOrganisation('Ander Kantoor', null, db);
  const hotel = await createCompany({ organisationId: office.id, name: 'Hotel' }, db);
  const camping = await createCompany({ organisationId: office.id, name: 'Camping' }, db);
  company = { id: hotel.id, organisationId: office.id };
  otherCompany = { id: camping.id, organisationId: office.id };
  coach = asActor(await createUser({ email: 'coach@kantoor.test', name: 'Coach', password: PASSWORD, role: 'consultant', organisationId: office.id }, db));
  colleague = asActor(await createUser({ email: 'collega@kantoor.test', name: 'Collega', password: PASSWORD, role: 'consultant', organisationId: office.id }, db));
  outsider = asActor(await createUser({ email: 'coach@ander.test', name: 'Ander', password: PASSWORD, role: 'consultant', organisationId: rival.id }, db));
  owner = asActor(await createUser({ email: 'eigenaar@hotel.test', name: 'Eigenaar', password: PASSWORD, role: 'entrepreneur', companyId: hotel.id }, db));
  admin = asActor(await createUser({ email: 'beheer@koers.test', name: 'Beheer', password: PASSWORD, role: 'admin' }, db));
});
afterAll(() => temp.close());

describe('dayIn', () => {
  test.each([
    ['2026-03-09T22:59:59Z', '2026-03-09'],
    // 00:30 in Amsterdam (CET, UTC+1) is already the next day.
    ['2026-03-09T23:30:00Z', '2026-03-10'],
    // Summer time (CEST, UTC+2).
    ['2026-07-01T22:30:00Z', '2026-07-02'],
    ['2026-07-01T21:30:00Z', '2026-07-01'],
  ])('%s is %s in the Netherlands', (instant, day) => {
    expect(dayIn(new Date(instant))).toBe(day);
  });
});

describe('action items', () => {
  test('listed open first by due date, overdue marked, then done ones most recently done first', async () => {
    const now = new Date('2026-03-09T23:30:00Z'); // 10 March in Amsterdam
    for (const [text, dueOn] of [
      ['Offerte sturen', '2026-03-20'],
      ['Bank bellen', '2026-03-09'],
      ['Plan bespreken', '2026-03-10'],
      ['Website laten maken', '2026-02-01'],
      ['Personeel werven', '2026-04-01'],
    ]) {
      expect(await addActionItem(coach, company, { text, owner: 'Anna (klant)', dueOn }, db)).toBe(true);
    }
    const byText = async () => new Map((await actionItemsOf(coach, company, now, db)).map((i) => [i.text, i]));
    const items = await byText();
    // A colleague finishes one, the coach another a day later.
    expect(await setActionItemDone(colleague, company.id, items.get('Website laten maken')!.id, true, new Date('2026-03-01T10:00:00Z'), db)).toBe(true);
    expect(await setActionItemDone(coach, company.id, items.get('Personeel werven')!.id, true, new Date('2026-03-02T10:00:00Z'), db)).toBe(true);

    const list = await actionItemsOf(coach, company, now, db);
    expect(list.map((i) => [i.text, i.overdue, i.doneAt?.toISOString() ?? null])).toEqual([
      ['Bank bellen', true, null],
      ['Plan bespreken', false, null],
      ['Offerte sturen', false, null],
      ['Personeel werven', false, '2026-03-02T10:00:00.000Z'],
      ['Website laten maken', false, '2026-03-01T10:00:00.000Z'],
    ]);
    expect(list[0]).toMatchObject({ owner: 'Anna (klant)', dueOn: '2026-03-09' });
    // The administrator sees the same list; nobody else sees any of it.
    expect((await actionItemsOf(admin, company, now, db)).map((i) => i.id)).toEqual(list.map((i) => i.id));
    for (const actor of [outsider, owner, null]) expect(await actionItemsOf(actor, company, now, db)).toEqual([]);
  });

  test('ticking off twice keeps the first time; reopening puts it back among the open ones', async () => {
    expect(await addActionItem(coach, otherCompany, { text: 'Terugbellen', owner: 'Coach', dueOn: '2026-05-01' }, db)).toBe(true);
    const [item] = await actionItemsOf(coach, otherCompany, new Date('2026-04-01T12:00:00Z'), db);
    const first = new Date('2026-04-02T09:00:00Z');
    expect(await setActionItemDone(coach, otherCompany.id, item.id, true, first, db)).toBe(true);
    expect(await setActionItemDone(coach, otherCompany.id, item.id, true, new Date('2026-04-03T09:00:00Z'), db)).toBe(true);
    expect((await actionItemsOf(coach, otherCompany, first, db))[0].doneAt).toEqual(first);
    expect(await setActionItemDone(coach, otherCompany.id, item.id, false, new Date(), db)).toBe(true);
    // Open again and, on 2 May, overdue.
    expect(await actionItemsOf(coach, otherCompany, new Date('2026-05-02T10:00:00Z'), db)).toEqual([expect.objectContaining({ id: item.id, doneAt: null, overdue: true })]);
  });

  test('an outsider, the entrepreneur and nobody may not add, tick off, reopen or delete', async () => {
    const before = await db.select().from(actionItems);
    const [item] = await actionItemsOf(coach, company, new Date(), db);
    for (const actor of [outsider, owner, null]) {
      expect(await addActionItem(actor, company, { text: 'Binnengedrongen', owner: 'Ik', dueOn: '2026-01-01' }, db)).toBe(false);
      expect(await setActionItemDone(actor, company.id, item.id, true, new Date(), db)).toBe(false);
      expect(await setActionItemDone(actor, company.id, item.id, false, new Date(), db)).toBe(false);
      expect(await deleteActionItem(actor, company.id, item.id, db)).toBe(false);
    }
    // An item named under another client (even one the coach may manage) is unknown there, as is an id that does not exist.
    expect(await setActionItemDone(coach, otherCompany.id, item.id, true, new Date(), db)).toBe(false);
    expect(await deleteActionItem(coach, otherCompany.id, item.id, db)).toBe(false);
    expect(await deleteActionItem(coach, company.id, 'doesnotexist', db)).toBe(false);
    expect(await db.select().from(actionItems)).toEqual(before);
  });

  test('deleting removes the item; deleting the client removes its items', async () => {
    const [item] = await actionItemsOf(coach, company, new Date(), db);
    expect(await deleteActionItem(colleague, company.id, item.id, db)).toBe(true);
    expect((await actionItemsOf(coach, company, new Date(), db)).map((i) => i.id)).not.toContain(item.id);
    expect(await deleteActionItem(coach, company.id, item.id, db)).toBe(false);
    await deleteCompany(company.id, db);
    expect((await db.select().from(actionItems)).map((i) => i.companyId)).toEqual([otherCompany.id]);
  });
});
