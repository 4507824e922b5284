/**
 * Applies the committed migrations in db/migrations. Runs before the server
 * starts (the standalone server loads middleware lazily, too late for this)
 * and as `npm run db:migrate`.
 */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { migrate } from 'drizzle-orm/libsql/migrator';
import { createDb, openClient } from '../src/lib/server/db.ts';
import { parseEnv } from '../src/lib/server/env.ts';

const MIGRATIONS = fileURLToPath(new URL('../db/migrations', import.meta.url));

export async function migrateDatabase(url: string, authToken?: string): Promise<void> {
  if (url.startsWith('file:')) {
    mkdirSync(dirname(url.slice('file:'.length)), { recursive: true });
  }
  const client = openClient(url, authToken);
  try {
    if (url.startsWith('file:')) {
      // WAL lets readers and one writer work at once; the setting persists in the file.
      await client.execute('PRAGMA journal_mode=WAL');
    }
    await migrate(createDb(client), { migrationsFolder: MIGRATIONS });
  } finally {
    client.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    const config = parseEnv(process.env);
    await migrateDatabase(config.DATABASE_URL, config.DATABASE_AUTH_TOKEN);
    console.log(`Database ready: ${config.DATABASE_URL}`);
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}
