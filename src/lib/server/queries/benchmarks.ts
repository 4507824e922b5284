/**
 * Comparing one completed response with others of the same template: the
 * most specific peer group first (the Growth Test: its sector, then its size
 * band), then everyone, whichever first has enough responses to be a fair
 * comparison. Facts are counted on response_facts' indexes; a segment's
 * peers are found on response_segments_peer_idx.
 */
import { sql, type SQL } from 'drizzle-orm';
import { MIN_PEER_GROUP } from '../../limits.ts';
import { getDb, type Database } from '../db.ts';

/** A segment dimension (`sector`, `size_band`, ...) or `all`. */
export type PeerGroupKind = string;

export interface PeerComparison {
  group: { kind: PeerGroupKind; count: number } | null;
  /** Fact key → share (0–100) of the peer group that scored lower. Only keys with enough peers. */
  percentiles: Record<string, number>;
}

interface Own {
  templateId: string;
  /** The response's segments, tried in this order (`[['sector', 'retail'], ['size_band', '2-9']]`). */
  segments: [dimension: string, value: string][];
  /** The response's own facts to compare; it is itself among the facts, and is taken out of the counts. */
  facts: { key: string; value: number }[];
}

export async function compareWithPeers(own: Own, db: Database = getDb()): Promise<PeerComparison> {
  if (own.facts.length === 0) return { group: null, percentiles: {} };
  const candidates: [PeerGroupKind, [string, string] | null][] = [...own.segments.map((s): [string, [string, string]] => [s[0], s]), ['all', null]];
  for (const [kind, segment] of candidates) {
    const rows = await countAround(own, segment, db);
    const largest = Math.max(0, ...rows.map((r) => r.n));
    if (largest < MIN_PEER_GROUP) continue;
    const percentiles: Record<string, number> = {};
    for (const row of rows) {
      if (row.n >= MIN_PEER_GROUP) percentiles[row.key] = Math.round((100 * row.below) / row.n);
    }
    return { group: { kind, count: largest }, percentiles };
  }
  return { group: null, percentiles: {} };
}

async function countAround(own: Own, segment: [string, string] | null, db: Database) {
  const mine = sql.join(
    own.facts.map((f) => sql`(${f.key}, ${f.value})`),
    sql`, `,
  );
  // The own row is counted (a value equal to itself) and then taken off, so
  // no response_id lookup is needed. Everyone: one covering range per key on
  // response_facts_template_idx. A segment: its peers from the segment index,
  // then each peer's few facts by the primary key.
  const from: SQL = segment
    ? sql`response_segments s join response_facts f on f.response_id = s.response_id
        where s.template_id = ${own.templateId} and s.dimension = ${segment[0]} and s.value = ${segment[1]} and f.key in (select key from mine)`
    : sql`response_facts f where f.template_id = ${own.templateId} and f.key in (select key from mine)`;
  const result = await db.all<{ key: string; n: number; below: number }>(sql`
    with mine(key, value) as (values ${mine})
    select f.key as key, count(*) - 1 as n, sum(f.value < (select m.value from mine m where m.key = f.key)) as below
    from ${from}
    group by f.key`);
  return result.map((r) => ({ key: r.key, n: Number(r.n), below: Number(r.below) }));
}
