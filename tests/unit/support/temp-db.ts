/** A real libSQL database file in a temporary folder, migrated like production. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { migrateDatabase } from '../../../scripts/migrate.ts';
import type { Client } from '@libsql/client';
import { createDb, openClient, type Database } from '../../../src/lib/server/db.ts';

export async function openTempDb(): Promise<{ db: Database; client: Client; url: string; close: () => void }> {
  const dir = mkdtempSync(join(tmpdir(), 'koers-unit-'));
  const url = `file:${join(dir, 'test.db')}`;
  await migrateDatabase(url);
  const client = openClient(url);
  return {
    db: createDb(client),
    client,
    url,
    close: () => {
      client.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
