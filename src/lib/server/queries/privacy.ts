/**
 * What Koers holds about a person, and removing it. Deletion removes rows
 * (answers, scores, notes, action items, sessions follow by cascading foreign keys), not
 * a flag.
 */
import { and, eq, inArray, isNull, lt, sql, type SQL, type SQLWrapper } from 'drizzle-orm';
import { actionItems, companies, factCounts, invites, notes, organisations, peerFacts, responseFacts, responseSegments, responses, sessions, surveys, users } from '../../../../db/schema.ts';
import type { BatchItem } from 'drizzle-orm/batch';
import { checkpointAfterDeletion, getDb, type Database } from '../db.ts';
import { ANONYMOUS_TEST_RETENTION_MONTHS } from '../../limits.ts';
import { forgetThrottlesFor } from '../throttle/throttle.ts';
import { recountStatements } from './fact-counts.ts';

type Statement = BatchItem<'sqlite'>;

/** Everything stored about a user and, for an entrepreneur, their company and the coaches' notes and action items on it. Secrets (hashes) are left out. */
export async function exportUserData(userId: string, db: Database = getDb()) {
  const user = await db.query.users.findFirst({ where: eq(users.id, userId), columns: { passwordHash: false } });
  if (!user) return null;
  const company = user.companyId ? await db.query.companies.findFirst({ where: eq(companies.id, user.companyId) }) : null;
  const tests = user.companyId
    ? await db.query.responses.findMany({ where: eq(responses.companyId, user.companyId), columns: { secretHash: false } })
    : [];
  // What coaches wrote about the person's business is data about them too (GDPR art. 15).
  const companyNotes = user.companyId
    ? await db.select({ body: notes.body, createdAt: notes.createdAt, updatedAt: notes.updatedAt }).from(notes).where(eq(notes.companyId, user.companyId))
    : [];
  const companyActionItems = user.companyId
    ? await db
        .select({ text: actionItems.text, owner: actionItems.owner, dueOn: actionItems.dueOn, doneAt: actionItems.doneAt, createdAt: actionItems.createdAt })
        .from(actionItems)
        .where(eq(actionItems.companyId, user.companyId))
    : [];
  const sessionRows = await db.select({ createdAt: sessions.createdAt, expiresAt: sessions.expiresAt }).from(sessions).where(eq(sessions.userId, userId));
  return { exportedAt: new Date().toISOString(), user, company, responses: tests, notes: companyNotes, actionItems: companyActionItems, sessions: sessionRows };
}

/**
 * Deletes a user. An entrepreneur's company goes with them, and with it
 * every response, score, note and action item about it.
 */
export async function deleteAccount(userId: string, db: Database = getDb()): Promise<void> {
  const user = await db.query.users.findFirst({ where: eq(users.id, userId) });
  if (!user) return;
  const statements: Statement[] = [db.delete(sessions).where(eq(sessions.userId, userId)), db.delete(users).where(eq(users.id, userId))];
  if (user.role === 'entrepreneur' && user.companyId) {
    statements.push(...(await deleteCompanyStatements(user.companyId, db)));
  }
  await db.batch(statements as [Statement, ...Statement[]]);
  await forgetThrottlesFor(user.email, db);
  await checkpointAfterDeletion(db);
}

/** A consultant removes a client company and everything about it, including the entrepreneurs' accounts. */
export async function deleteCompany(companyId: string, db: Database = getDb()): Promise<void> {
  await db.batch((await deleteCompanyStatements(companyId, db)) as [Statement, ...Statement[]]);
  await checkpointAfterDeletion(db);
}

/** The survey instances the responses `where` selects belong to: their counts are rebuilt after the deletion. */
async function instancesOf(where: SQL | undefined, db: Database): Promise<string[]> {
  const rows = await db.selectDistinct({ id: responses.surveyInstanceId }).from(responses).where(where);
  return rows.map((r) => r.id);
}

/**
 * Responses with their facts, segments and peer facts, then the counts of the
 * instances they belonged to rebuilt from the facts left, in the same
 * batch. Explicit rather than left to the cascades, which need foreign keys
 * switched on in every connection.
 */
function deleteResponsesStatements(ids: string[] | SQLWrapper, instanceIds: string[], db: Database): Statement[] {
  return [
    db.delete(responseFacts).where(inArray(responseFacts.responseId, ids)),
    db.delete(responseSegments).where(inArray(responseSegments.responseId, ids)),
    db.delete(peerFacts).where(inArray(peerFacts.responseId, ids)),
    db.delete(responses).where(inArray(responses.id, ids)),
    ...recountStatements(db, instanceIds),
  ];
}

async function deleteCompanyStatements(companyId: string, db: Database): Promise<Statement[]> {
  const ofCompany = db.select({ id: responses.id }).from(responses).where(eq(responses.companyId, companyId));
  const companySurveys = db.select({ id: surveys.id }).from(surveys).where(eq(surveys.companyId, companyId));
  return [
    ...deleteResponsesStatements(ofCompany, await instancesOf(eq(responses.companyId, companyId), db), db),
    db.delete(factCounts).where(inArray(factCounts.surveyInstanceId, companySurveys)),
    db.delete(surveys).where(eq(surveys.companyId, companyId)),
    db.delete(notes).where(eq(notes.companyId, companyId)),
    db.delete(actionItems).where(eq(actionItems.companyId, companyId)),
    db.delete(invites).where(eq(invites.companyId, companyId)),
    db.delete(sessions).where(inArray(sessions.userId, db.select({ id: users.id }).from(users).where(eq(users.companyId, companyId)))),
    db.delete(users).where(and(eq(users.companyId, companyId), eq(users.role, 'entrepreneur'))),
    db.delete(companies).where(eq(companies.id, companyId)),
  ];
}

function monthsBefore(now: Date, months: number): Date {
  const cutoff = new Date(now);
  cutoff.setMonth(cutoff.getMonth() - months);
  return cutoff;
}

/** Deletes the responses `where` selects, with their scores; returns how many. */
async function deleteResponsesWhere(where: SQL | undefined, db: Database): Promise<number> {
  const ids = (await db.select({ id: responses.id }).from(responses).where(where)).map((r) => r.id);
  if (ids.length === 0) return 0;
  await db.batch(deleteResponsesStatements(ids, await instancesOf(where, db), db) as [Statement, ...Statement[]]);
  return ids.length;
}

/**
 * Retention: deletes anonymous, unclaimed tests (no company), finished or
 * not, started longer ago than their organisation's retention period, and
 * those taken on the public site (no organisation) after
 * ANONYMOUS_TEST_RETENTION_MONTHS. Demo tests hold no one's data and stay
 * (they are the demo's peer groups). Returns how many responses were removed.
 */
export async function applyRetention(now = new Date(), db: Database = getDb()): Promise<number> {
  const orgs = await db.select().from(organisations).where(sql`${organisations.retentionMonths} is not null`);
  let removed = 0;
  for (const org of orgs) {
    const cutoff = monthsBefore(now, org.retentionMonths!);
    removed += await deleteResponsesWhere(and(eq(responses.organisationId, org.id), isNull(responses.companyId), lt(responses.createdAt, cutoff)), db);
  }
  const publicCutoff = monthsBefore(now, ANONYMOUS_TEST_RETENTION_MONTHS);
  const anonymous = and(isNull(responses.organisationId), isNull(responses.companyId), eq(responses.isDemo, false), lt(responses.createdAt, publicCutoff));
  removed += await deleteResponsesWhere(anonymous, db);
  return removed;
}
