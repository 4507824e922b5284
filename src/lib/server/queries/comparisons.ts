/**
 * Comparing clients per area: two to five clients' latest tests side by
 * side, or one client against its organisation's average (latest test per
 * client) and against every Koers test in its sector. Averages come from
 * the tests' facts (response_facts).
 */
import { sql } from 'drizzle-orm';
import { MIN_PEER_GROUP } from '../../limits.ts';
import { GROWTH_AREAS } from '../../families/growth-test/scoring.ts';
import { dataScope, type Actor } from '../auth/access.ts';
import { getDb, type Database } from '../db.ts';
import { LATEST_RESPONSE_ID, areaFactsOf, companiesInScope, isGrowthTest, toDate } from './scope.ts';

export interface ComparedClient {
  id: string;
  name: string;
  organisationId: string | null;
  /** The sector the client gave in its latest test, else the company's. */
  sector: string | null;
  completedAt: Date | null;
  /** Area → score of the latest test; empty without a test. */
  areas: Record<string, number>;
}

/**
 * The clients asked for, in the order asked, with their latest test. null
 * when any id is unknown or outside the actor's scope: the page answers 404
 * without saying which.
 */
export async function compareClients(actor: Actor, ids: string[], db: Database = getDb()): Promise<ComparedClient[] | null> {
  if (ids.length === 0) return [];
  const rows = await db.all<{ id: string; name: string; organisation_id: string | null; sector: string | null; completed_at: number | null; areas: string | null }>(sql`
    with s as (
      select c.id, c.name, c.organisation_id, c.sector, ${LATEST_RESPONSE_ID} as latest_id
      from companies c
      where c.id in (${sql.join(ids.map((id) => sql`${id}`), sql`, `)}) and ${companiesInScope(dataScope(actor))}
    )
    select s.id, s.name, s.organisation_id,
      coalesce((select g.value from response_segments g where g.response_id = s.latest_id and g.dimension = 'sector'), s.sector) as sector,
      r.completed_at, ${areaFactsOf(sql`s.latest_id`)} as areas
    from s left join responses r on r.id = s.latest_id`);
  if (rows.length !== ids.length) return null;
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.map((id) => {
    const row = byId.get(id)!;
    return {
      id: row.id,
      name: row.name,
      organisationId: row.organisation_id,
      sector: row.sector,
      completedAt: toDate(row.completed_at),
      areas: row.areas ? (JSON.parse(row.areas) as Record<string, number>) : {},
    };
  });
}

export interface AreaAverages {
  /** How many tests the averages rest on (the largest count of any area). */
  count: number;
  /** Area → mean score, one decimal. */
  areas: Record<string, number>;
}

function toAverages(rows: { area: string; mean: number; n: number }[]): AreaAverages {
  const areas: Record<string, number> = {};
  for (const row of rows) areas[row.area] = Math.round(Number(row.mean) * 10) / 10;
  return { count: Math.max(0, ...rows.map((r) => Number(r.n))), areas };
}

/**
 * The organisation's average per area over its clients' latest tests. The
 * caller has checked the actor may see this organisation (it is the
 * compared client's own).
 */
export async function organisationAverages(organisationId: string, db: Database = getDb()): Promise<AreaAverages> {
  const rows = await db.all<{ area: string; mean: number; n: number }>(sql`
    with latest as (select ${LATEST_RESPONSE_ID} as id from companies c where c.organisation_id = ${organisationId})
    select f.key as area, avg(f.value) as mean, count(*) as n
    from latest l join response_facts f on f.response_id = l.id
    where f.key <> 'overall'
    group by f.key`);
  return toAverages(rows);
}

/**
 * The average per area of every completed Koers Growth Test in a sector,
 * from all organisations and anonymous tests. Below MIN_PEER_GROUP tests it
 * returns null: a small group's average would say too much about the few
 * businesses in it.
 */
export async function sectorAverages(sector: string, db: Database = getDb()): Promise<AreaAverages | null> {
  // The sector's tests from response_segments_peer_idx, then each test's area facts by response_facts_pk.
  const rows = await db.all<{ area: string; mean: number; n: number }>(sql`
    select f.key as area, avg(f.value) as mean, count(*) as n
    from response_segments g join response_facts f on f.response_id = g.response_id
    where ${isGrowthTest(sql`g.template_id`)} and g.dimension = 'sector' and g.value = ${sector}
      and f.key in (${sql.join(GROWTH_AREAS.map((area) => sql`${area}`), sql`, `)})
    group by f.key`);
  const averages = toAverages(rows);
  return averages.count >= MIN_PEER_GROUP ? averages : null;
}
