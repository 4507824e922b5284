/** peer_value_counts as the triggers must keep it: exactly the per-value counts of peer_facts. */
import { expect } from 'vitest';
import type { Database } from '../../../src/lib/server/db.ts';

export async function expectPeerCountsMatchPeerFacts(db: Database): Promise<void> {
  const group = 'template_id, dimension, segment, key, value';
  const ledger = await db.all(`select ${group}, count(*) as n from peer_facts group by ${group} order by ${group}`);
  const counts = await db.all(`select ${group}, n from peer_value_counts order by ${group}`);
  expect(counts).toEqual(ledger);
}
