/**
 * Comparing one completed Growth Test with others: the sector first, then
 * the size band, then everyone, whichever first has enough tests to be a
 * fair comparison. Counts come from covering indexes on area_scores.
 */
import { sql } from 'drizzle-orm';
import { MIN_PEER_GROUP } from '../../limits.ts';
import { getDb, type Database } from '../db.ts';

export type PeerGroupKind = 'sector' | 'size' | 'all';

export interface PeerComparison {
  group: { kind: PeerGroupKind; count: number } | null;
  /** Area → share (0–100) of the peer group that scored lower. Only areas with enough peers. */
  percentiles: Record<string, number>;
}

interface Own {
  responseId: string;
  surveyId: string;
  sector: string | null;
  sizeBand: string | null;
  /** The response's own area scores; it is itself in area_scores, and is taken out of the counts. */
  scores: { area: string; score: number }[];
}

export async function compareWithPeers(own: Own, db: Database = getDb()): Promise<PeerComparison> {
  if (own.scores.length === 0) return { group: null, percentiles: {} };
  const candidates: [PeerGroupKind, string | null][] = [
    ['sector', own.sector],
    ['size', own.sizeBand],
    ['all', null],
  ];
  for (const [kind, value] of candidates) {
    if (kind !== 'all' && !value) continue;
    const rows = await countAround(own, kind, value, db);
    const largest = Math.max(0, ...rows.map((r) => r.n));
    if (largest < MIN_PEER_GROUP) continue;
    const percentiles: Record<string, number> = {};
    for (const row of rows) {
      if (row.n >= MIN_PEER_GROUP) percentiles[row.area] = Math.round((100 * row.below) / row.n);
    }
    return { group: { kind, count: largest }, percentiles };
  }
  return { group: null, percentiles: {} };
}

async function countAround(own: Own, kind: PeerGroupKind, value: string | null, db: Database) {
  const mine = sql.join(
    own.scores.map((s) => sql`(${s.area}, ${s.score})`),
    sql`, `,
  );
  const filter =
    kind === 'sector' ? sql`and a.sector = ${value}` : kind === 'size' ? sql`and a.size_band = ${value}` : sql``;
  // The own row is counted (score equal to itself) and then taken off, so no
  // response_id lookup is needed and the index covers the whole query.
  const result = await db.all<{ area: string; n: number; below: number }>(sql`
    with mine(area, score) as (values ${mine})
    select a.area as area, count(*) - 1 as n, sum(a.score < m.score) as below
    from area_scores a join mine m on a.area = m.area
    where a.survey_id = ${own.surveyId} ${filter}
    group by a.area`);
  return result.map((r) => ({ area: r.area, n: Number(r.n), below: Number(r.below) }));
}
