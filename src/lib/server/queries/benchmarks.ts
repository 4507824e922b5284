/**
 * Comparing one completed response with others of the same template: the
 * most specific peer group first (the Growth Test: its sector, then its size
 * band), then everyone, whichever first has enough responses to be a fair
 * comparison. Counted on peer_value_counts, which triggers keep equal to
 * peer_facts, which completion fills for the families whose report compares
 * with peers (peerFactKeys, peerDimensions).
 */
import { sql, type SQL } from 'drizzle-orm';
import { peerFacts } from '../../../../db/schema.ts';
import { MIN_PEER_GROUP } from '../../limits.ts';
import type { Fact } from '../../families/types.ts';
import { getDb, type Database } from '../db.ts';

/** A segment dimension (`sector`, `size_band`, ...) or `all`. */
export type PeerGroupKind = string;

/** The dimension of the everyone group; its segment is ''. */
export const EVERYONE = 'all';

export interface PeerComparison {
  group: { kind: PeerGroupKind; count: number } | null;
  /** Fact key → share (0–100) of the peer group that scored lower. Only keys with enough peers. */
  percentiles: Record<string, number>;
}

interface Own {
  templateId: string;
  /** The response's segments, tried in this order (`[['sector', 'retail'], ['size_band', '2-9']]`). */
  segments: [dimension: string, value: string][];
  /** The response's own facts to compare; it is itself among the peer facts, and is taken out of the counts. */
  facts: { key: string; value: number }[];
}

export async function compareWithPeers(own: Own, db: Database = getDb()): Promise<PeerComparison> {
  if (own.facts.length === 0) return { group: null, percentiles: {} };
  const candidates: [PeerGroupKind, string][] = [...own.segments, [EVERYONE, '']];
  for (const [kind, segment] of candidates) {
    const rows = await countAround(own, kind, segment, db);
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

/**
 * Per own fact, two sums over one range of peer_value_counts_range_idx
 * (covering; one entry per distinct value, not per response): the group's
 * size and how many score below. The own response is in the group (a value
 * equal to itself, so never below) and is taken off the size, so no
 * response_id is needed. A key nobody has gives n = -1: too few.
 */
async function countAround(own: Own, dimension: string, segment: string, db: Database) {
  const result = await db.all<{ key: string; n: number; below: number }>(peerCountsQuery(own, dimension, segment));
  return result.map((r) => ({ key: r.key, n: Number(r.n), below: Number(r.below) }));
}

/** The counts of one peer group, as SQL (exported for the bench, which checks its plan). */
export function peerCountsQuery(own: Own, dimension: string, segment: string): SQL {
  const mine = sql.join(
    own.facts.map((f) => sql`(${f.key}, ${f.value})`),
    sql`, `,
  );
  const group = sql`c.template_id = ${own.templateId} and c.dimension = ${dimension} and c.segment = ${segment} and c.key = m.key`;
  return sql`
    with mine(key, value) as (values ${mine})
    select m.key as key,
      (select coalesce(sum(c.n), 0) from peer_value_counts c where ${group}) - 1 as n,
      (select coalesce(sum(c.n), 0) from peer_value_counts c where ${group} and c.value < m.value) as below
    from mine m`;
}

export type PeerFactRow = typeof peerFacts.$inferInsert;

/**
 * The peer_facts rows of one completed response: each compared fact once
 * for everyone and once per peer dimension the response has a value for.
 * Nothing for a family without a peer-comparing report.
 */
export function peerFactRows(
  response: { responseId: string; templateId: string },
  compare: { peerFactKeys: string[]; peerDimensions: string[] } | null,
  facts: Fact[],
  segments: Record<string, string>,
): PeerFactRow[] {
  if (!compare) return [];
  const keys = new Set(compare.peerFactKeys);
  const groups: [string, string][] = [[EVERYONE, ''], ...compare.peerDimensions.flatMap((d): [string, string][] => (segments[d] ? [[d, segments[d]]] : []))];
  return facts
    .filter((f) => keys.has(f.key))
    .flatMap((f) => groups.map(([dimension, segment]) => ({ ...response, dimension, segment, key: f.key, value: f.value })));
}
