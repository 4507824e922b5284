/**
 * Reproduces tursodatabase/libsql-client-ts#352 in a process of its own, so
 * no workaround installed elsewhere reaches the binding: a write fails with
 * SQLITE_BUSY, the lock is then released, and the same client writes again.
 * Prints JSON: whether the second write became visible to another client
 * and whether that client could take the write lock. With `--workaround`
 * it installs src/lib/server/libsql-busy-workaround.ts first.
 * Used by tests/unit/server/libsql-busy-workaround.test.ts.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createClient } from '@libsql/client';
import { installBusyWorkaround } from '../../../src/lib/server/libsql-busy-workaround.ts';

if (process.argv.includes('--workaround')) installBusyWorkaround();
const dir = mkdtempSync(join(tmpdir(), 'koers-busy-repro-'));
const url = `file:${join(dir, 'busy.db')}`;
const holder = createClient({ url, timeout: 100 });
const writer = createClient({ url, timeout: 100 });
const observer = createClient({ url, timeout: 100 });
try {
  await holder.execute('pragma journal_mode=wal');
  await holder.execute('create table t (x integer)');
  const lock = await holder.transaction('write');
  let firstError = 'none';
  try {
    await writer.execute('insert into t values (1)');
  } catch (error) {
    firstError = String((error as { code?: unknown }).code);
  }
  await lock.rollback();
  await writer.execute('insert into t values (2)');
  const visibleRows = Number((await observer.execute('select count(*) as n from t')).rows[0].n);
  let lockFree = true;
  try {
    await (await observer.transaction('write')).rollback();
  } catch {
    lockFree = false;
  }
  console.log(JSON.stringify({ firstError, visibleRows, lockFree }));
} finally {
  holder.close();
  writer.close();
  observer.close();
  rmSync(dir, { recursive: true, force: true });
}
