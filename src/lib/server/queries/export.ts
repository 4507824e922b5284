/**
 * The completed Growth Tests an actor may export, read in pages (keyset on
 * completed_at, id) so an export of any size never sits in memory at once.
 */
import { sql } from 'drizzle-orm';
import type { ExportRecord } from '../../reports/response-export.ts';
import { dataScope, type Actor } from '../auth/access.ts';
import { getDb, type Database } from '../db.ts';
import { areaFactsOf, isGrowthTest, narrowToOrganisation, responsesInScope, toDate } from './scope.ts';

/** Responses read per query while exporting. */
export const EXPORT_BATCH_ROWS = 500;

type Row = {
  id: string;
  completed_at: number;
  overall_score: number | null;
  opportunity: string | null;
  answers: string;
  company: string | null;
  organisation: string | null;
  areas: string | null;
};

export async function* exportResponses(
  actor: Actor,
  organisationId?: string,
  db: Database = getDb(),
  batchRows = EXPORT_BATCH_ROWS,
): AsyncGenerator<ExportRecord[]> {
  const scope = narrowToOrganisation(dataScope(actor), organisationId);
  let after: { completedAt: number; id: string } | null = null;
  for (;;) {
    const page: Row[] = await db.all<Row>(sql`
      select r.id, r.completed_at, r.overall_score, r.headline as opportunity, r.answers, c.name as company, o.name as organisation,
        ${areaFactsOf(sql`r.id`)} as areas
      from responses r
      left join companies c on c.id = r.company_id
      left join organisations o on o.id = coalesce(c.organisation_id, r.organisation_id)
      where ${isGrowthTest(sql`r.template_id`)} and r.status = 'completed' and ${responsesInScope(scope)}
        ${after ? sql`and (r.completed_at, r.id) > (${after.completedAt}, ${after.id})` : sql``}
      order by r.completed_at, r.id
      limit ${batchRows}`);
    if (page.length === 0) return;
    yield page.map((row) => ({
      responseId: row.id,
      company: row.company,
      organisation: row.organisation,
      completedAt: toDate(row.completed_at),
      overallScore: row.overall_score,
      opportunity: row.opportunity,
      areas: row.areas ? (JSON.parse(row.areas) as Record<string, number>) : {},
      answers: JSON.parse(row.answers) as Record<string, unknown>,
    }));
    if (page.length < batchRows) return;
    const last = page[page.length - 1];
    after = { completedAt: Number(last.completed_at), id: last.id };
  }
}
