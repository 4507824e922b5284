/**
 * Pre-aggregated facts per survey instance (the `fact_counts` table): what
 * a results page reads instead of grouping every response's facts. The
 * completion batch adds one per fact; a deletion batch recomputes the
 * instances it touched from response_facts, the source of truth, so the two
 * cannot drift apart for long and a rebuild is always one statement away.
 */
import { inArray, sql } from 'drizzle-orm';
import type { BatchItem } from 'drizzle-orm/batch';
import { factCounts as factCountsTable } from '../../../../db/schema.ts';
import type { FactCount } from '../../families/types.ts';
import { getDb, type Database } from '../db.ts';

type Statement = BatchItem<'sqlite'>;

/**
 * count + 1 for one fact of a response being completed, as long as none of
 * that response's facts are stored yet. Goes in the completion batch before
 * the facts themselves: a second completion of the same response (a double
 * submit racing the first) then finds them and counts nothing.
 */
export function countFactStatement(
  db: Database,
  fact: { instanceId: string; responseId: string; key: string; value: number; month: string },
): Statement {
  return db.run(sql`
    insert into fact_counts (survey_instance_id, key, value, month, count)
    select ${fact.instanceId}, ${fact.key}, ${fact.value}, ${fact.month}, 1
    where not exists (select 1 from response_facts where response_id = ${fact.responseId})
    on conflict (survey_instance_id, key, value, month) do update set count = count + 1`);
}

/**
 * Rebuilds the counts of these instances from response_facts: for the end
 * of a batch that deleted responses (retention, a company or account
 * removed). Simpler than decrementing, and correct whatever was deleted.
 */
export function recountStatements(db: Database, instanceIds: string[]): Statement[] {
  if (instanceIds.length === 0) return [];
  return [
    db.delete(factCountsTable).where(inArray(factCountsTable.surveyInstanceId, instanceIds)),
    db.run(sql`
      insert into fact_counts (survey_instance_id, key, value, month, count)
      select survey_instance_id, key, value, month, count(*) from response_facts
      where survey_instance_id in (${sql.join(instanceIds.map((id) => sql`${id}`), sql`, `)})
      group by survey_instance_id, key, value, month`),
  ];
}

/** An instance's facts counted per (key, value, month): the input of a family's buildResults. One range of the primary key. */
export async function factCounts(instanceId: string, db: Database = getDb()): Promise<FactCount[]> {
  const rows = await db.all<{ key: string; value: number; month: string; count: number }>(sql`
    select key, value, month, count from fact_counts where survey_instance_id = ${instanceId}`);
  return rows.map((r) => ({ key: r.key, value: Number(r.value), month: r.month, count: Number(r.count) }));
}
