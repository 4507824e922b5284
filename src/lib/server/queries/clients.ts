/**
 * A consultant's client companies: the paged list with each client's latest
 * Growth Test, one client's record with all its tests, and the tests of an
 * entrepreneur's own company. Every function takes the actor (or its scope)
 * and returns nothing outside it; an id outside it reads as unknown.
 */
import { sql, type SQL } from 'drizzle-orm';
import { CLIENTS_PAGE_SIZE } from '../../limits.ts';
import type { ClientListQuery } from '../../forms/dashboard-query.ts';
import { can, dataScope, type Actor, type DataScope } from '../auth/access.ts';
import { getDb, type Database } from '../db.ts';
import { deleteCompany } from './privacy.ts';
import { templateIdsOf } from '../../families/index.ts';
import type { ResponseRow } from './responses.ts';
import { LATEST_RESPONSE_ID, areaFactsOf, companiesInScope, isGrowthTest, narrowToOrganisation, toDate } from './scope.ts';

export interface ClientListRow {
  id: string;
  name: string;
  sector: string | null;
  sizeBand: string | null;
  organisationId: string | null;
  organisationName: string | null;
  latest: { responseId: string; completedAt: Date | null; overallScore: number | null; opportunity: string | null } | null;
}

export interface ClientPage {
  rows: ClientListRow[];
  total: number;
  /** The page shown: the one asked for, or the last one when it asked past the end. */
  page: number;
  pageCount: number;
}

/** `%` and `_` typed in a search mean themselves, not wildcards. */
function likePattern(search: string): string {
  return `%${search.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;
}

function orderBy(query: ClientListQuery): SQL {
  const dir = sql.raw(query.direction === 'asc' ? 'asc' : 'desc');
  // Clients without a test go last in either direction; name and id keep pages stable.
  if (query.sort === 'date') return sql`(r.completed_at is null), r.completed_at ${dir}, s.name collate nocase, s.id`;
  if (query.sort === 'score') return sql`(r.overall_score is null), r.overall_score ${dir}, s.name collate nocase, s.id`;
  return sql`s.name collate nocase ${dir}, s.id ${dir}`;
}

/**
 * One page of the clients the actor may see, each with its latest completed
 * test, searched, filtered and sorted in SQL. The latest test is a scalar
 * subquery per company on responses_company_idx; only the rows of the
 * requested page are joined back to their details.
 */
export async function listClients(actor: Actor, query: ClientListQuery, db: Database = getDb()): Promise<ClientPage> {
  const scope = narrowToOrganisation(dataScope(actor), query.organisationId);
  const where = [companiesInScope(scope)];
  if (query.search) where.push(sql`c.name like ${likePattern(query.search)} escape '\\'`);
  if (query.sector) where.push(sql`c.sector = ${query.sector}`);
  const scoped = sql`select c.id, c.name, c.sector, c.size_band, c.organisation_id, ${LATEST_RESPONSE_ID} as latest_id
    from companies c where ${sql.join(where, sql` and `)}`;
  const opportunity = query.opportunity ? sql`where r.headline = ${query.opportunity}` : sql``;

  // Without the opportunity filter the count needs no latest test per client.
  const counted = query.opportunity
    ? sql`with s as (${scoped}) select count(*) as n from s left join responses r on r.id = s.latest_id ${opportunity}`
    : sql`select count(*) as n from companies c where ${sql.join(where, sql` and `)}`;
  const [{ n }] = await db.all<{ n: number }>(counted);
  const total = Number(n);
  const pageCount = Math.max(1, Math.ceil(total / CLIENTS_PAGE_SIZE));
  const page = Math.min(query.page, pageCount);

  const rows = await db.all<{
    id: string;
    name: string;
    sector: string | null;
    size_band: string | null;
    organisation_id: string | null;
    organisation_name: string | null;
    response_id: string | null;
    completed_at: number | null;
    overall_score: number | null;
    opportunity: string | null;
  }>(sql`
    with s as (${scoped})
    select s.id, s.name, s.sector, s.size_band, s.organisation_id, o.name as organisation_name,
      r.id as response_id, r.completed_at, r.overall_score, r.headline as opportunity
    from s
    left join responses r on r.id = s.latest_id
    left join organisations o on o.id = s.organisation_id
    ${opportunity}
    order by ${orderBy(query)}
    limit ${CLIENTS_PAGE_SIZE} offset ${(page - 1) * CLIENTS_PAGE_SIZE}`);

  return {
    total,
    page,
    pageCount,
    rows: rows.map((row) => ({
      id: row.id,
      name: row.name,
      sector: row.sector,
      sizeBand: row.size_band,
      organisationId: row.organisation_id,
      organisationName: row.organisation_name,
      latest: row.response_id
        ? { responseId: row.response_id, completedAt: toDate(row.completed_at), overallScore: row.overall_score, opportunity: row.opportunity }
        : null,
    })),
  };
}

/** Organisations an actor may filter the list by: all of them for an administrator, none for anyone else. */
export async function organisationChoices(actor: Actor, db: Database = getDb()): Promise<{ id: string; name: string }[]> {
  if (dataScope(actor).kind !== 'all') return [];
  return db.all<{ id: string; name: string }>(sql`select id, name from organisations order by name collate nocase`);
}

export interface ClientTest {
  responseId: string;
  completedAt: Date | null;
  overallScore: number | null;
  opportunity: string | null;
  /** Area → score; an area answered only with "don't know" is missing. */
  areas: Record<string, number>;
}

export interface ClientRecord {
  id: string;
  name: string;
  sector: string | null;
  sizeBand: string | null;
  createdAt: Date;
  organisationId: string | null;
  organisationName: string | null;
  /** Completed Growth Tests, oldest first. */
  tests: ClientTest[];
}

async function findCompanyRef(id: string, db: Database) {
  const [row] = await db.all<{ id: string; name: string; sector: string | null; size_band: string | null; created_at: number; organisation_id: string | null; organisation_name: string | null }>(sql`
    select c.id, c.name, c.sector, c.size_band, c.created_at, c.organisation_id, o.name as organisation_name
    from companies c left join organisations o on o.id = c.organisation_id where c.id = ${id}`);
  return row;
}

/**
 * A client's record for the consultant's client page: details and every
 * completed test with its area scores. null when the id is unknown or the
 * actor may not manage this company (the page answers 404 for both).
 */
export async function findClient(actor: Actor, id: string, db: Database = getDb()): Promise<ClientRecord | null> {
  const company = await findCompanyRef(id, db);
  if (!company || !can(actor, { action: 'manage-company', company: { id: company.id, organisationId: company.organisation_id } })) return null;
  return {
    id: company.id,
    name: company.name,
    sector: company.sector,
    sizeBand: company.size_band,
    createdAt: new Date(Number(company.created_at)),
    organisationId: company.organisation_id,
    organisationName: company.organisation_name,
    tests: await testsOfCompany(company.id, db),
  };
}

/** Completed tests of a company the caller has already checked access to (the 360° report too), oldest first. */
export async function testsOfCompany(companyId: string, db: Database): Promise<ClientTest[]> {
  const rows = await db.all<{ id: string; completed_at: number | null; overall_score: number | null; opportunity: string | null; areas: string | null }>(sql`
    select r.id, r.completed_at, r.overall_score, r.headline as opportunity, ${areaFactsOf(sql`r.id`)} as areas
    from responses r
    where r.company_id = ${companyId} and ${isGrowthTest(sql`r.template_id`)} and r.status = 'completed'
    order by r.completed_at asc, r.id asc`);
  return rows.map((row) => ({
    responseId: row.id,
    completedAt: toDate(row.completed_at),
    overallScore: row.overall_score,
    opportunity: row.opportunity,
    areas: row.areas ? (JSON.parse(row.areas) as Record<string, number>) : {},
  }));
}

/** The entrepreneur's own company's completed tests, newest first; empty for anyone without a company scope. */
export async function ownCompanyTests(actor: Actor, db: Database = getDb()): Promise<ClientTest[]> {
  const scope: DataScope = dataScope(actor);
  if (scope.kind !== 'company') return [];
  return (await testsOfCompany(scope.companyId, db)).reverse();
}

/**
 * One completed Growth Test for the dashboard's report page, when the actor
 * may see the company it belongs to; null otherwise (also for anonymous
 * tests, which only their own link opens).
 */
export async function findVisibleResponse(actor: Actor, responseId: string, db: Database = getDb()): Promise<{ response: ResponseRow; companyId: string; companyName: string } | null> {
  const response = await db.query.responses.findFirst({ where: (r, { eq, and, inArray }) => and(eq(r.id, responseId), eq(r.status, 'completed'), inArray(r.templateId, templateIdsOf('growth-test'))) });
  if (!response?.companyId) return null;
  const company = await findCompanyRef(response.companyId, db);
  if (!company || !can(actor, { action: 'view-company', company: { id: company.id, organisationId: company.organisation_id } })) return null;
  return { response, companyId: company.id, companyName: company.name };
}

/** The company a client page acts on, when the actor may manage it: for notes and deletion. */
export async function manageableCompany(actor: Actor, id: string, db: Database = getDb()): Promise<{ id: string; name: string; organisationId: string | null } | null> {
  const company = await findCompanyRef(id, db);
  if (!company) return null;
  const ref = { id: company.id, organisationId: company.organisation_id };
  return can(actor, { action: 'manage-company', company: ref }) ? { ...ref, name: company.name } : null;
}

/** Removes a client and everything about it (deleteCompany), when the actor may manage it; false reads as unknown. */
export async function deleteClient(actor: Actor, id: string, db: Database = getDb()): Promise<boolean> {
  const company = await manageableCompany(actor, id, db);
  if (!company) return false;
  await deleteCompany(company.id, db);
  return true;
}
