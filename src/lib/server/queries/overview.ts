/**
 * The organisation overview: Growth Tests per month, the spread of overall
 * scores and the most common growth opportunity, over the completed tests
 * of the last OVERVIEW_MONTHS months the actor may see. Months are UTC
 * calendar months.
 */
import { sql } from 'drizzle-orm';
import { fillMonths, fillScoreBins, periodStart, rankOpportunities, SCORE_BIN_WIDTH, sumBy } from '../../reports/overview.ts';
import { dataScope, type Actor } from '../auth/access.ts';
import { getDb, type Database } from '../db.ts';
import { isGrowthTest, narrowToOrganisation, responsesInScope } from './scope.ts';

export interface Overview {
  since: Date;
  total: number;
  months: { month: string; count: number }[];
  bins: { from: number; to: number; count: number }[];
  opportunities: { area: string; count: number; percent: number }[];
}

export async function organisationOverview(actor: Actor, organisationId?: string, now = new Date(), db: Database = getDb()): Promise<Overview> {
  const scope = narrowToOrganisation(dataScope(actor), organisationId);
  const since = periodStart(now);
  const where = sql`${isGrowthTest(sql`r.template_id`)} and r.status = 'completed' and r.completed_at >= ${since.getTime()} and ${responsesInScope(scope)}`;
  // One pass over the period's tests, grouped by all three at once; the small result is summed per figure.
  const groups = await db.all<{ month: string; bin: number | null; area: string | null; count: number }>(sql`
    select strftime('%Y-%m', r.completed_at / 1000, 'unixepoch') as month,
      min(cast(r.overall_score / ${SCORE_BIN_WIDTH} as integer), ${100 / SCORE_BIN_WIDTH - 1}) as bin,
      r.headline as area, count(*) as count
    from responses r where ${where} group by 1, 2, 3`);
  const months = sumBy(groups, (g) => g.month).map(([month, count]) => ({ month, count }));
  const bins = sumBy(groups.filter((g) => g.bin !== null), (g) => g.bin!).map(([bin, count]) => ({ bin, count }));
  const opportunities = sumBy(groups.filter((g) => g.area !== null), (g) => g.area!).map(([area, count]) => ({ area, count }));
  const filled = fillMonths(months, now);
  return {
    since,
    total: filled.reduce((sum, m) => sum + m.count, 0),
    months: filled,
    bins: fillScoreBins(bins),
    opportunities: rankOpportunities(opportunities),
  };
}
