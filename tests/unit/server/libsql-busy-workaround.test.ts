/**
 * The libsql binding leaves a statement that failed with SQLITE_BUSY in
 * progress, and the connection's next write then never commits
 * (tursodatabase/libsql-client-ts#352). With the workaround installed, a
 * client recovers as soon as the lock is free.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createClient } from '@libsql/client';
import { expect, test } from 'vitest';
import { installBusyWorkaround } from '../../../src/lib/server/libsql-busy-workaround.ts';

test('after a busy failure, the next write commits and the lock is released', async () => {
  installBusyWorkaround();
  const dir = mkdtempSync(join(tmpdir(), 'koers-busy-'));
  const url = `file:${join(dir, 'busy.db')}`;
  const holder = createClient({ url, timeout: 100 });
  const writer = createClient({ url, timeout: 100 });
  const observer = createClient({ url, timeout: 100 });
  try {
    await holder.execute('pragma journal_mode=wal');
    await holder.execute('create table t (x integer)');

    const lock = await holder.transaction('write');
    await expect(writer.execute('insert into t values (1)')).rejects.toMatchObject({ code: 'SQLITE_BUSY' });
    await expect(writer.batch(['insert into t values (1)', 'insert into t values (2)'])).rejects.toMatchObject({
      code: 'SQLITE_BUSY',
    });
    await lock.rollback();

    await writer.execute('insert into t values (3)');
    await writer.batch(['insert into t values (4)', 'insert into t values (5)']);
    // Committed: another connection sees the rows, and can take the write lock itself.
    expect((await observer.execute('select count(*) as n from t')).rows[0].n).toBe(3);
    const next = await observer.transaction('write');
    await next.rollback();
  } finally {
    holder.close();
    writer.close();
    observer.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
