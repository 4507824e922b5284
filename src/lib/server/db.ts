/**
 * The libSQL client and the Drizzle instance. One per process, created on
 * first use. The same code talks to an embedded file (the default) or to a
 * libSQL server through DATABASE_URL; nothing here assumes a local file
 * except the pragmas, which only apply to one.
 */
import { createClient, type Client } from '@libsql/client';
import { sql } from 'drizzle-orm';
import { drizzle, type LibSQLDatabase } from 'drizzle-orm/libsql';
import * as schema from '../../../db/schema.ts';
import { env } from './env.ts';
import { installBusyWorkaround } from './libsql-busy-workaround.ts';

export type Database = LibSQLDatabase<typeof schema>;

/** How long a write waits for another process's lock before giving up. Set per pooled connection by the client. */
export const BUSY_TIMEOUT_MS = 5000;

/**
 * Connections the client's pool may open to a local file (the client's own
 * default, made explicit because every one of them is set up below).
 */
const MAX_CONNECTIONS = 20;

/**
 * synchronous=NORMAL in WAL mode (scripts/migrate.ts puts the file in WAL
 * before the server starts): a commit is durable once it returns as far as
 * a crash or kill of this process goes, which is what Koers promises a
 * respondent; only a power cut or OS crash can lose the last commits (the
 * database stays consistent). SQLite's default, FULL, syncs the WAL to disk
 * on every commit, and that fsync, done synchronously on the event loop,
 * was most of the time of an answer submission (see bench/README.md).
 *
 * A PRAGMA reaches one connection, and @libsql/client pools several with no
 * per-connection hook. Its pool hands each call a connection synchronously,
 * before the call's first await, opening one while below the limit; so
 * MAX_CONNECTIONS calls made at once occupy every connection the pool will
 * ever have, and anything queued after them waits for one of these.
 * A connection the pool replaces later (only after it broke) misses the
 * setting and falls back to FULL: slower, never less safe.
 * tests/unit/server/db.test.ts checks that every connection has it.
 *
 * secure_delete=ON: SQLite overwrites deleted content with zeros instead of
 * leaving it in free pages, so a deleted account's name, answers and notes
 * cannot be read back from the database file (the GDPR promise of
 * deletion). With checkpointAfterDeletion the WAL is emptied too.
 */
export const PER_CONNECTION_PRAGMAS = ['PRAGMA synchronous=NORMAL', 'PRAGMA secure_delete=ON'];

let client: Client | undefined;
let database: Database | undefined;

/** Clients of an embedded file: its URL, and what to close with the client (queries/response-statements.ts). */
const fileClients = new WeakMap<Client, { url: string; closers: (() => void)[] }>();

export function openClient(url: string, authToken?: string): Client {
  if (url.startsWith('file:')) installBusyWorkaround();
  const created = createClient({ url, authToken, timeout: BUSY_TIMEOUT_MS, concurrency: MAX_CONNECTIONS });
  if (url.startsWith('file:')) {
    const file = { url, closers: [] as (() => void)[] };
    fileClients.set(created, file);
    const close = created.close.bind(created);
    created.close = () => {
      for (const closer of file.closers.splice(0)) closer();
      close();
    };
  }
  return created;
}

/** The file URL of a database opened with openClient on an embedded file, and a hook to run when its client closes. */
export function fileUrlOf(db: Database): { url: string; onClose(closer: () => void): void } | null {
  // drizzle() sets $client; the Database type leaves it out.
  const file = fileClients.get((db as Database & { $client: Client }).$client);
  return file ? { url: file.url, onClose: (closer) => file.closers.push(closer) } : null;
}

/** The server's client. Scripts that open their own keep SQLite's defaults. */
export function getClient(): Client {
  if (!client) {
    const { DATABASE_URL, DATABASE_AUTH_TOKEN } = env();
    client = openClient(DATABASE_URL, DATABASE_AUTH_TOKEN);
    if (DATABASE_URL.startsWith('file:')) applyToEveryConnection(client, PER_CONNECTION_PRAGMAS);
  }
  return client;
}

/** Runs `statements` on each pooled connection; see PER_CONNECTION_PRAGMAS for why this reaches all of them. */
export function applyToEveryConnection(c: Client, statements: string[]): Promise<void> {
  const all = Array.from({ length: MAX_CONNECTIONS }, () => c.executeMultiple(statements.join(';\n')));
  return Promise.all(all).then(
    () => undefined,
    (error: unknown) => console.error('Could not apply connection settings; SQLite defaults stay in force.', error),
  );
}

/**
 * After deleting personal data: copies the WAL into the database file and
 * truncates it, so the deleted rows' old page images do not stay readable
 * in the -wal file until the next automatic checkpoint. A checkpoint that
 * other readers keep from finishing completes later on its own; a failure
 * here never undoes the deletion, so it is logged, not thrown.
 */
export async function checkpointAfterDeletion(db: Database): Promise<void> {
  try {
    await db.run(sql`PRAGMA wal_checkpoint(TRUNCATE)`);
  } catch (error) {
    console.error(`WAL checkpoint after a deletion failed (${unavailableCode(error) ?? 'unexpected'}); the next checkpoint will do it.`);
  }
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
