/**
 * Comparing one completed response with others of the same template: the
 * most specific peer group first (the Growth Test: its sector and size band
 * together, then its sector, then its size band), then everyone, whichever
 * first has enough responses to be a fair comparison. Counted on
 * peer_value_counts, which triggers keep equal to peer_facts, which
 * completion fills for the families whose report compares with peers
 * (peerFactKeys, peerDimensions).
 *
 * Demo responses count in a pool of their own (template id + DEMO_POOL), so
 * a database that holds real tests never compares anyone with demo data; a
 * demo-only database (a fresh clone) compares its demo tests with each other.
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

/** Suffix of the template id under which demo responses' peer facts are counted. */
export const DEMO_POOL = '#demo';

/** The pool a response's peer facts count in. */
export const peerPool = (templateId: string, isDemo: boolean) => (isDemo ? `${templateId}${DEMO_POOL}` : templateId);

/** The group of several dimensions together, e.g. `sector+size_band` with segment `retail|2-9`. */
export function combinedSegment(segments: [dimension: string, value: string][]): [string, string] | null {
  return segments.length >= 2 ? [segments.map(([d]) => d).join('+'), segments.map(([, v]) => v).join('|')] : null;
}

export interface PeerComparison {
  group: { kind: PeerGroupKind; count: number } | null;
  /** The most specific group, when it had too few and a wider one was used instead (said so in the report). */
  wanted?: PeerGroupKind;
  /** Fact key → share (0–100) of the peer group that scored lower. Only keys with enough peers. */
  percentiles: Record<string, number>;
  /** Fact key → the peer group's mean, to one decimal (the radar's dashed line). The same keys as `percentiles`. */
  averages?: Record<string, number>;
}

interface Own {
  templateId: string;
  /** The response's segments, tried in this order (`[['sector', 'retail'], ['size_band', '2-9']]`). */
  segments: [dimension: string, value: string][];
  /** The response's own facts to compare; it is itself among the peer facts of its pool, and is taken out of the counts. */
  facts: { key: string; value: number }[];
  isDemo?: boolean;
}

/** Where a response is compared: real tests when there are any (a demo response is then not among them), else the demo pool. */
async function poolFor(own: Own, db: Database): Promise<{ pool: string; ownIncluded: boolean }> {
  if (!own.isDemo) return { pool: own.templateId, ownIncluded: true };
  const [real] = await db.all(sql`select 1 from peer_value_counts where template_id = ${own.templateId} and dimension = ${EVERYONE} limit 1`);
  return real ? { pool: own.templateId, ownIncluded: false } : { pool: peerPool(own.templateId, true), ownIncluded: true };
}

export async function compareWithPeers(own: Own, db: Database = getDb()): Promise<PeerComparison> {
  if (own.facts.length === 0) return { group: null, percentiles: {} };
  const pool = await poolFor(own, db);
  const combined = combinedSegment(own.segments);
  const candidates: [PeerGroupKind, string][] = [...(combined ? [combined] : []), ...own.segments, [EVERYONE, '']];
  for (const [kind, segment] of candidates) {
    const rows = await countAround(own, pool, kind, segment, db);
    const largest = Math.max(0, ...rows.map((r) => r.n));
    if (largest < MIN_PEER_GROUP) continue;
    const percentiles: Record<string, number> = {};
    const averages: Record<string, number> = {};
    for (const row of rows) {
      if (row.n < MIN_PEER_GROUP) continue;
      percentiles[row.key] = Math.round((100 * row.below) / row.n);
      averages[row.key] = Math.round((10 * row.sum) / row.n) / 10;
    }
    const wanted = candidates[0][0];
    return { group: { kind, count: largest }, percentiles, averages, ...(wanted !== kind && { wanted }) };
  }
  return { group: null, percentiles: {} };
}

/**
 * Per own fact, sums over one range of peer_value_counts_range_idx
 * (covering; one entry per distinct value, not per response): the group's
 * size, how many score below, and the sum of their scores (for the mean). The own response is in the group (a value
 * equal to itself, so never below) and is taken off the size, so no
 * response_id is needed. A key nobody has gives n = -1: too few.
 */
async function countAround(own: Own, pool: { pool: string; ownIncluded: boolean }, dimension: string, segment: string, db: Database) {
  const result = await db.all<{ key: string; n: number; below: number; sum: number }>(peerCountsQuery(own, dimension, segment, pool));
  return result.map((r) => ({ key: r.key, n: Number(r.n), below: Number(r.below), sum: Number(r.sum) }));
}

/** The counts of one peer group, as SQL (exported for the bench, which checks its plan). */
export function peerCountsQuery(own: Own, dimension: string, segment: string, pool = { pool: own.templateId, ownIncluded: true }): SQL {
  const mine = sql.join(
    own.facts.map((f) => sql`(${f.key}, ${f.value})`),
    sql`, `,
  );
  const group = sql`c.template_id = ${pool.pool} and c.dimension = ${dimension} and c.segment = ${segment} and c.key = m.key`;
  return sql`
    with mine(key, value) as (values ${mine})
    select m.key as key,
      (select coalesce(sum(c.n), 0) from peer_value_counts c where ${group}) - ${pool.ownIncluded ? 1 : 0} as n,
      (select coalesce(sum(c.n), 0) from peer_value_counts c where ${group} and c.value < m.value) as below,
      (select coalesce(sum(c.n * c.value), 0) from peer_value_counts c where ${group}) - ${pool.ownIncluded ? sql`m.value` : 0} as sum
    from mine m`;
}

export type PeerFactRow = typeof peerFacts.$inferInsert;

/**
 * The peer_facts rows of one completed response: each compared fact once
 * for everyone, once per peer dimension the response has a value for, and
 * once for those dimensions together; in the demo pool for a demo response.
 * Nothing for a family without a peer-comparing report.
 */
export function peerFactRows(
  response: { responseId: string; templateId: string; isDemo?: boolean },
  compare: { peerFactKeys: string[]; peerDimensions: string[] } | null,
  facts: Fact[],
  segments: Record<string, string>,
): PeerFactRow[] {
  if (!compare) return [];
  const keys = new Set(compare.peerFactKeys);
  const own = compare.peerDimensions.flatMap((d): [string, string][] => (segments[d] ? [[d, segments[d]]] : []));
  const combined = combinedSegment(own);
  const groups: [string, string][] = [[EVERYONE, ''], ...own, ...(combined ? [combined] : [])];
  const templateId = peerPool(response.templateId, response.isDemo ?? false);
  return facts
    .filter((f) => keys.has(f.key))
    .flatMap((f) => groups.map(([dimension, segment]) => ({ responseId: response.responseId, templateId, dimension, segment, key: f.key, value: f.value })));
}
