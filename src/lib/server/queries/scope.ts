/**
 * A DataScope (src/lib/server/auth/access.ts) as SQL conditions, so every
 * dashboard query narrows its rows the same way. The aliases are fixed:
 * queries call companies `c` and responses `r`.
 */
import { sql, type SQL } from 'drizzle-orm';
import type { DataScope } from '../auth/access.ts';
import { templateIdsOf } from '../../families/index.ts';

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

/** `<column> in (the Growth Test's template ids)`: the dashboard's client figures are Growth Tests, never a customer survey's answers. */
export function isGrowthTest(column: SQL): SQL {
  return sql`${column} in (${sql.join(templateIdsOf('growth-test').map((id) => sql`${id}`), sql`, `)})`;
}

/** The latest completed Growth Test of company `c`, as a scalar subquery (index-only on responses_company_latest_idx). */
export const LATEST_RESPONSE_ID = sql`(select lr.id from responses lr where lr.company_id = c.id and ${isGrowthTest(sql`lr.template_id`)} and lr.status = 'completed' order by lr.completed_at desc, lr.id desc limit 1)`;

/** One response's facts as a JSON object key → value, without the overall (for a Growth Test: its area scores). `responseId` is an SQL expression. */
export function areaFactsOf(responseId: SQL): SQL {
  return sql`(select json_group_object(f.key, f.value) from response_facts f where f.response_id = ${responseId} and f.key <> 'overall')`;
}

/** SQLite returns timestamp_ms columns from raw queries as numbers. */
export function toDate(value: number | null | undefined): Date | null {
  return value === null || value === undefined ? null : new Date(Number(value));
}
