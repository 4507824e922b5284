/**
 * The libSQL client and the Drizzle instance. One per process, created on
 * first use. The same code talks to an embedded file (the default) or to a
 * libSQL server through DATABASE_URL; nothing here assumes a local file
 * except the pragmas, which only apply to one.
 */
import { createClient, type Client } from '@libsql/client';
import { drizzle, type LibSQLDatabase } from 'drizzle-orm/libsql';
import * as schema from '../../../db/schema.ts';
import { env } from './env.ts';
import { installBusyWorkaround } from './libsql-busy-workaround.ts';

export type Database = LibSQLDatabase<typeof schema>;

/** How long a write waits for another process's lock before giving up. Set per pooled connection by the client. */
const BUSY_TIMEOUT_MS = 5000;

let client: Client | undefined;
let database: Database | undefined;

export function openClient(url: string, authToken?: string): Client {
  if (url.startsWith('file:')) installBusyWorkaround();
  const created = createClient({ url, authToken, timeout: BUSY_TIMEOUT_MS });
  return created;
}

export function getClient(): Client {
  if (!client) {
    const { DATABASE_URL, DATABASE_AUTH_TOKEN } = env();
    client = openClient(DATABASE_URL, DATABASE_AUTH_TOKEN);
  }
  return client;
}

export function getDb(): Database {
  database ??= drizzle(getClient(), { schema });
  return database;
}

/** For scripts and tests that open a database of their own. */
export function createDb(c: Client): Database {
  return drizzle(c, { schema });
}
