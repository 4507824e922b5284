/**
 * A DataScope (src/lib/server/auth/access.ts) as SQL conditions, so every
 * dashboard query narrows its rows the same way. The aliases are fixed:
 * queries call companies `c` and responses `r`.
 */
import { sql, type SQL } from 'drizzle-orm';
import type { DataScope } from '../auth/access.ts';

/** Companies the scope may see (alias `c`). */
export function companiesInScope(scope: DataScope): SQL {
  switch (scope.kind) {
    case 'all':
      return sql`1 = 1`;
    case 'organisation':
      return sql`c.organisation_id = ${scope.organisationId}`;
    case 'company':
      return sql`c.id = ${scope.companyId}`;
    case 'none':
      return sql`0 = 1`;
  }
}

/**
 * Responses the scope may see (alias `r`). An organisation's responses are
 * those it invited (organisation_id) and those of its client companies.
 */
export function responsesInScope(scope: DataScope): SQL {
  switch (scope.kind) {
    case 'all':
      return sql`1 = 1`;
    case 'organisation':
      return sql`(r.organisation_id = ${scope.organisationId} or r.company_id in (select c2.id from companies c2 where c2.organisation_id = ${scope.organisationId}))`;
    case 'company':
      return sql`r.company_id = ${scope.companyId}`;
    case 'none':
      return sql`0 = 1`;
  }
}

/**
 * The scope narrowed to one organisation, for an administrator's filter. A
 * consultant's scope stays as it is: asking for another organisation does
 * not widen it.
 */
export function narrowToOrganisation(scope: DataScope, organisationId: string | undefined): DataScope {
  if (scope.kind === 'all' && organisationId) return { kind: 'organisation', organisationId };
  return scope;
}

/** The latest completed test of company `c`, as a scalar subquery (uses responses_company_idx). */
export const LATEST_RESPONSE_ID = sql`(select lr.id from responses lr where lr.company_id = c.id and lr.status = 'completed' order by lr.completed_at desc, lr.id desc limit 1)`;

/** SQLite returns timestamp_ms columns from raw queries as numbers. */
export function toDate(value: number | null | undefined): Date | null {
  return value === null || value === undefined ? null : new Date(Number(value));
}
