/**
 * Reference for the submission bench: how many single-row INSERTs per second
 * @libsql/client does on this machine's disk, one after another, into a
 * scratch file database in WAL mode, with SQLite's default synchronous
 * setting and with synchronous=NORMAL. That is the ceiling for any endpoint
 * that writes one row per request and waits for it.
 */
import { createClient } from '@libsql/client';
import { removeDatabase } from '../lib/fixture.ts';
import type { BenchCase, Metric } from '../lib/types.ts';

const RUN_MS = 3_000;
const MAX_ROWS = 100_000;
/** About the size of a Growth Test's answers as JSON. */
const PAYLOAD = JSON.stringify(Object.fromEntries(Array.from({ length: 40 }, (_, i) => [`area_${i}`, (i % 5) + 1])));
const SYNC_NAMES = ['OFF', 'NORMAL', 'FULL', 'EXTRA'];

export const libsqlInserts: BenchCase = {
  name: 'libsql-inserts',
  title: 'Raw libSQL single-row inserts (reference)',
  async run(ctx) {
    const metrics: Metric[] = [];
    const notes: string[] = [];
    for (const synchronous of [null, 'NORMAL'] as const) {
      const file = `${ctx.scratchDir}/inserts-${synchronous ?? 'default'}.db`;
      removeDatabase(file);
      // One connection, so the PRAGMA below certainly applies to the connection that inserts.
      const client = createClient({ url: `file:${file}`, concurrency: 1 });
      try {
        await client.execute('PRAGMA journal_mode=WAL');
        if (synchronous) await client.execute(`PRAGMA synchronous=${synchronous}`);
        const level = SYNC_NAMES[Number((await client.execute('PRAGMA synchronous')).rows[0][0])];
        await client.execute('create table answers (id integer primary key, body text not null)');
        let rows = 0;
        const started = performance.now();
        while (rows < MAX_ROWS && performance.now() - started < RUN_MS) {
          await client.execute({ sql: 'insert into answers (body) values (?)', args: [PAYLOAD] });
          rows++;
        }
        const perSecond = rows / ((performance.now() - started) / 1000);
        const label = synchronous ? `synchronous=${level}` : `default synchronous (${level})`;
        metrics.push({ key: `inserts.${synchronous ?? 'default'}`, label: `Single-row INSERTs, WAL, ${label}`, value: perSecond, unit: 'rows/s' });
      } finally {
        client.close();
        removeDatabase(file);
      }
    }
    notes.push(`Each loop runs ${RUN_MS / 1000} s, awaiting each INSERT of a ${PAYLOAD.length}-byte row before the next.`);
    return { metrics, targets: [], notes };
  },
};
