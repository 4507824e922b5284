import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { applyToEveryConnection, openClient } from '../../../src/lib/server/db.ts';

const SYNCHRONOUS_NORMAL = 1;

describe('applyToEveryConnection', () => {
  let dir: string | undefined;
  afterEach(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('reaches every pooled connection before anything queued after it', async () => {
    dir = mkdtempSync(join(tmpdir(), 'koers-db-'));
    const client = openClient(`file:${join(dir, 'test.db')}`);
    try {
      await client.execute('PRAGMA journal_mode=WAL');
      // Not awaited, as in getClient(): later calls must still see the setting.
      const applied = applyToEveryConnection(client, ['PRAGMA synchronous=NORMAL']);
      // More calls at once than the pool has connections, so every connection is used.
      const levels = await Promise.all(Array.from({ length: 30 }, () => client.execute('PRAGMA synchronous')));
      await applied;
      expect(levels.map((r) => Number(r.rows[0][0]))).toEqual(Array(30).fill(SYNCHRONOUS_NORMAL));
    } finally {
      client.close();
    }
  });
});
