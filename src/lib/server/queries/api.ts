/**
 * Queries only the JSON API needs: lists across an organisation's clients,
 * a survey's changeable fields, and completed responses a page at a time
 * (keyset pagination on responses_instance_done_idx, so page 1,000 costs
 * what page 1 does).
 */
import { and, asc, desc, eq, gte, lt, or, sql } from 'drizzle-orm';
import { companies, responses, surveys } from '../../../../db/schema.ts';
import type { DataScope } from '../auth/access.ts';
import { getDb, type Database } from '../db.ts';
import type { CompanyRow } from './organisations.ts';
import type { InstanceListRow } from './surveys.ts';

/** A key's scope is an organisation's clients or one company; anything else sees nothing. */
function companyCondition(scope: DataScope) {
  if (scope.kind === 'organisation') return eq(companies.organisationId, scope.organisationId);
  if (scope.kind === 'company') return eq(companies.id, scope.companyId);
  if (scope.kind === 'all') return sql`1 = 1`;
  return sql`1 = 0`;
}

export async function companiesInScope(scope: DataScope, db: Database = getDb()): Promise<CompanyRow[]> {
  return db.select().from(companies).where(companyCondition(scope)).orderBy(asc(sql`${companies.name} collate nocase`), asc(companies.id));
}

/** The surveys of every company in scope (or of one of them), newest first, with their completed responses. */
export async function instancesInScope(scope: DataScope, companyId: string | undefined, db: Database = getDb()): Promise<InstanceListRow[]> {
  const rows = await db
    .select({
      instance: surveys,
      answers: sql<number>`(select count(*) from responses r where r.survey_instance_id = ${surveys.id} and r.status = 'completed')`,
    })
    .from(surveys)
    .innerJoin(companies, eq(companies.id, surveys.companyId))
    .where(and(companyCondition(scope), companyId === undefined ? undefined : eq(surveys.companyId, companyId)))
    .orderBy(desc(surveys.createdAt), asc(surveys.id));
  return rows.map((r) => ({ ...r.instance, answers: Number(r.answers) }));
}

/** The fields of a survey an owner may change through the API; absent ones stay as they are. */
export interface InstancePatch {
  title?: string;
  status?: 'open' | 'closed';
  embedOrigins?: string[];
}

export async function updateInstance(id: string, patch: InstancePatch, db: Database = getDb()): Promise<void> {
  const set = Object.fromEntries(Object.entries(patch).filter(([, value]) => value !== undefined));
  if (Object.keys(set).length === 0) return;
  await db.update(surveys).set(set).where(eq(surveys.id, id));
}

export async function completedCount(instanceId: string, db: Database = getDb()): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)` })
    .from(responses)
    .where(and(eq(responses.surveyInstanceId, instanceId), eq(responses.status, 'completed')));
  return Number(row?.n ?? 0);
}

/** Where the previous page ended: the last row's completion time and id. */
export interface ResponseCursor {
  completedAt: number;
  id: string;
}

export interface ResponsePageQuery {
  /** Completed at or after this moment. */
  from?: Date;
  /** Completed before this moment. */
  to?: Date;
  after?: ResponseCursor;
  limit: number;
}

export type CompletedResponseRow = Pick<typeof responses.$inferSelect, 'id' | 'locale' | 'answers' | 'completedAt' | 'templateVersion'>;

/** Completed responses, newest first; one more than `limit` is read to know whether another page follows. */
export async function completedResponsesPage(instanceId: string, query: ResponsePageQuery, db: Database = getDb()): Promise<{ rows: CompletedResponseRow[]; next: ResponseCursor | null }> {
  const after = query.after;
  const rows = await db
    .select({ id: responses.id, locale: responses.locale, answers: responses.answers, completedAt: responses.completedAt, templateVersion: responses.templateVersion })
    .from(responses)
    .where(
      and(
        eq(responses.surveyInstanceId, instanceId),
        eq(responses.status, 'completed'),
        query.from ? gte(responses.completedAt, query.from) : undefined,
        query.to ? lt(responses.completedAt, query.to) : undefined,
        after
          ? or(lt(responses.completedAt, new Date(after.completedAt)), and(eq(responses.completedAt, new Date(after.completedAt)), lt(responses.id, after.id)))
          : undefined,
      ),
    )
    .orderBy(desc(responses.completedAt), desc(responses.id))
    .limit(query.limit + 1);
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  const next = rows.length > query.limit && last?.completedAt ? { completedAt: last.completedAt.getTime(), id: last.id } : null;
  return { rows: page, next };
}
