/**
 * Action items on a client company: what was agreed, who does it (a free-text
 * name, so the client's own people can own one) and by when. A shared list:
 * every coach who may manage the company (access.ts, 'manage-company') reads,
 * adds, ticks off, reopens and deletes them. An item outside the actor's
 * reach reads as unknown: the functions return [] or false, the page a 404.
 */
import { and, asc, desc, eq, isNotNull, isNull, sql } from 'drizzle-orm';
import { actionItems, companies } from '../../../../db/schema.ts';
import { can, type Actor, type CompanyRef } from '../auth/access.ts';
import { getDb, type Database } from '../db.ts';
import { randomId } from '../tokens.ts';

/**
 * Deadlines are calendar days in the Netherlands: an item due today is not
 * late until the day is over there, whatever the server's own time zone.
 */
const DEADLINE_TIME_ZONE = 'Europe/Amsterdam';

/** The calendar day ('YYYY-MM-DD') it is at `now` where the deadlines are kept. */
export function dayIn(now: Date, timeZone = DEADLINE_TIME_ZONE): string {
  // Built from the parts, not from a locale's whole format (which ICU has changed before).
  const parts = new Intl.DateTimeFormat('en', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(now);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)!.value;
  return `${part('year')}-${part('month')}-${part('day')}`;
}

export interface ActionItemView {
  id: string;
  text: string;
  owner: string;
  /** 'YYYY-MM-DD'. */
  dueOn: string;
  doneAt: Date | null;
  /** Open and due before today: the page says so in words. */
  overdue: boolean;
}

export interface NewActionItem {
  text: string;
  owner: string;
  dueOn: string;
}

/**
 * Open items first, soonest due first; then the done ones, most recently
 * done first. Empty when the actor may not manage the company.
 */
export async function actionItemsOf(actor: Actor, company: CompanyRef, now = new Date(), db: Database = getDb()): Promise<ActionItemView[]> {
  if (!can(actor, { action: 'manage-company', company })) return [];
  const rows = await db
    .select({ id: actionItems.id, text: actionItems.text, owner: actionItems.owner, dueOn: actionItems.dueOn, doneAt: actionItems.doneAt })
    .from(actionItems)
    .where(eq(actionItems.companyId, company.id))
    // Open ones (done_at null) by due date, then done ones by done date: the CASE leaves each group's other key null.
    .orderBy(
      sql`${actionItems.doneAt} is not null`,
      sql`case when ${actionItems.doneAt} is null then ${actionItems.dueOn} end`,
      desc(actionItems.doneAt),
      asc(actionItems.createdAt),
      asc(actionItems.id),
    );
  const today = dayIn(now);
  return rows.map((row) => ({ ...row, overdue: row.doneAt === null && row.dueOn < today }));
}

export async function addActionItem(actor: Actor, company: CompanyRef, item: NewActionItem, db: Database = getDb()): Promise<boolean> {
  if (!actor || !can(actor, { action: 'manage-company', company })) return false;
  await db.insert(actionItems).values({ id: randomId(), companyId: company.id, createdBy: actor.id, ...item });
  return true;
}

/** Whether the item belongs to that company and the actor may manage the company. */
async function reachable(actor: Actor, companyId: string, itemId: string, db: Database): Promise<boolean> {
  const [row] = await db
    .select({ companyId: companies.id, organisationId: companies.organisationId })
    .from(actionItems)
    .innerJoin(companies, eq(companies.id, actionItems.companyId))
    .where(and(eq(actionItems.id, itemId), eq(actionItems.companyId, companyId)));
  return !!row && can(actor, { action: 'manage-company', company: { id: row.companyId, organisationId: row.organisationId } });
}

/**
 * Ticks an item off (done) or puts it back on the list (not done). Setting
 * what is already so changes nothing and still counts as done: a double
 * click or a second tab must not flip it back.
 */
export async function setActionItemDone(actor: Actor, companyId: string, itemId: string, done: boolean, now = new Date(), db: Database = getDb()): Promise<boolean> {
  if (!(await reachable(actor, companyId, itemId, db))) return false;
  await db
    .update(actionItems)
    .set({ doneAt: done ? now : null })
    .where(and(eq(actionItems.id, itemId), done ? isNull(actionItems.doneAt) : isNotNull(actionItems.doneAt)));
  return true;
}

export async function deleteActionItem(actor: Actor, companyId: string, itemId: string, db: Database = getDb()): Promise<boolean> {
  if (!(await reachable(actor, companyId, itemId, db))) return false;
  await db.delete(actionItems).where(eq(actionItems.id, itemId));
  return true;
}
