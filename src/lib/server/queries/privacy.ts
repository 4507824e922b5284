/**
 * What Koers holds about a person, and removing it. Deletion removes rows
 * (answers, scores, notes, sessions follow by cascading foreign keys), not
 * a flag.
 */
import { and, eq, inArray, isNull, lt, sql, type SQLWrapper } from 'drizzle-orm';
import { companies, invites, notes, organisations, responseFacts, responseSegments, responses, sessions, surveys, users } from '../../../../db/schema.ts';
import type { BatchItem } from 'drizzle-orm/batch';
import { getDb, type Database } from '../db.ts';

type Statement = BatchItem<'sqlite'>;

/** Everything stored about a user and, for an entrepreneur, their company. Secrets (hashes) are left out. */
export async function exportUserData(userId: string, db: Database = getDb()) {
  const user = await db.query.users.findFirst({ where: eq(users.id, userId), columns: { passwordHash: false } });
  if (!user) return null;
  const company = user.companyId ? await db.query.companies.findFirst({ where: eq(companies.id, user.companyId) }) : null;
  const tests = user.companyId
    ? await db.query.responses.findMany({ where: eq(responses.companyId, user.companyId), columns: { secretHash: false } })
    : [];
  const sessionRows = await db.select({ createdAt: sessions.createdAt, expiresAt: sessions.expiresAt }).from(sessions).where(eq(sessions.userId, userId));
  return { exportedAt: new Date().toISOString(), user, company, responses: tests, sessions: sessionRows };
}

/**
 * Deletes a user. An entrepreneur's company goes with them, and with it
 * every response, score and note about it.
 */
export async function deleteAccount(userId: string, db: Database = getDb()): Promise<void> {
  const user = await db.query.users.findFirst({ where: eq(users.id, userId) });
  if (!user) return;
  const statements: Statement[] = [db.delete(sessions).where(eq(sessions.userId, userId)), db.delete(users).where(eq(users.id, userId))];
  if (user.role === 'entrepreneur' && user.companyId) {
    statements.push(...deleteCompanyStatements(user.companyId, db));
  }
  await db.batch(statements as [Statement, ...Statement[]]);
}

/** A consultant removes a client company and everything about it, including the entrepreneurs' accounts. */
export async function deleteCompany(companyId: string, db: Database = getDb()): Promise<void> {
  await db.batch(deleteCompanyStatements(companyId, db) as [Statement, ...Statement[]]);
}

/**
 * Responses with their facts and segments. Explicit rather than left to the
 * cascades, which need foreign keys switched on in every connection.
 */
function deleteResponsesStatements(ids: string[] | SQLWrapper, db: Database): Statement[] {
  return [
    db.delete(responseFacts).where(inArray(responseFacts.responseId, ids)),
    db.delete(responseSegments).where(inArray(responseSegments.responseId, ids)),
    db.delete(responses).where(inArray(responses.id, ids)),
  ];
}

function deleteCompanyStatements(companyId: string, db: Database): Statement[] {
  const ofCompany = db.select({ id: responses.id }).from(responses).where(eq(responses.companyId, companyId));
  return [
    ...deleteResponsesStatements(ofCompany, db),
    db.delete(surveys).where(eq(surveys.companyId, companyId)),
    db.delete(notes).where(eq(notes.companyId, companyId)),
    db.delete(invites).where(eq(invites.companyId, companyId)),
    db.delete(sessions).where(inArray(sessions.userId, db.select({ id: users.id }).from(users).where(eq(users.companyId, companyId)))),
    db.delete(users).where(and(eq(users.companyId, companyId), eq(users.role, 'entrepreneur'))),
    db.delete(companies).where(eq(companies.id, companyId)),
  ];
}

/**
 * Retention: deletes anonymous, unclaimed tests (no company) older than each
 * organisation's retention period, and unfinished tests nobody touched for
 * that long. Returns how many responses were removed.
 */
export async function applyRetention(now = new Date(), db: Database = getDb()): Promise<number> {
  const orgs = await db.select().from(organisations).where(sql`${organisations.retentionMonths} is not null`);
  let removed = 0;
  for (const org of orgs) {
    const cutoff = new Date(now);
    cutoff.setMonth(cutoff.getMonth() - org.retentionMonths!);
    const expired = and(eq(responses.organisationId, org.id), isNull(responses.companyId), lt(responses.createdAt, cutoff));
    const ids = (await db.select({ id: responses.id }).from(responses).where(expired)).map((r) => r.id);
    if (ids.length === 0) continue;
    await db.batch(deleteResponsesStatements(ids, db) as [Statement, ...Statement[]]);
    removed += ids.length;
  }
  return removed;
}
