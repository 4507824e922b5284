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

/**
 * Error codes that mean "the database cannot take this now" rather than "the
 * code is wrong": another process held the lock past the busy timeout, the
 * disk is full, the file turned read-only or unreadable, or a libSQL server
 * cannot be reached. Pages turn these into a retry message that keeps the
 * respondent's answers; anything else is a bug and goes to the error page.
 */
const UNAVAILABLE_CODES = new Set([
  'SQLITE_BUSY',
  'SQLITE_LOCKED',
  'SQLITE_FULL',
  'SQLITE_READONLY',
  'SQLITE_IOERR',
  'SQLITE_CANTOPEN',
  'SQLITE_PROTOCOL',
  'SQLITE_NOMEM',
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'ENOTFOUND',
]);

/**
 * The unavailability code `error` (or an error it wraps: Drizzle wraps the
 * driver's) carries, such as "SQLITE_BUSY"; undefined for any other error.
 * Log this code, not the error: Drizzle's message repeats the query's
 * parameters, and those are a respondent's answers.
 */
export function unavailableCode(error: unknown): string | undefined {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current instanceof Error; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string' && UNAVAILABLE_CODES.has(code)) return code;
    current = current.cause;
  }
  return undefined;
}

/** For scripts and tests that open a database of their own. */
export function createDb(c: Client): Database {
  return drizzle(c, { schema });
}
