/**
 * The two statements every answer submission runs (read a response by id,
 * save it if unchanged), on the `libsql` binding directly with statements
 * prepared once. Through @libsql/client each call prepared its statement
 * anew and read the column metadata twice: ~320 µs of CPU per read-and-save
 * against ~55 µs here (bench/README.md). Only for an embedded file; a
 * libSQL server goes through Drizzle as everything else does.
 *
 * One connection of its own per database, opened on first use with the
 * same busy timeout and synchronous=NORMAL as the server's pool, closed
 * with the client. The calls are synchronous, as they are inside
 * @libsql/client's embedded driver too. If the busy workaround
 * (libsql-busy-workaround.ts) closes the connection after SQLITE_BUSY, the
 * next call opens a fresh one.
 */
import { createRequire } from 'node:module';
import { getTableColumns } from 'drizzle-orm';
import { responses } from '../../../../db/schema.ts';
import { BUSY_TIMEOUT_MS, fileUrlOf, type Database } from '../db.ts';

type ResponseRow = typeof responses.$inferSelect;

interface NativeStatement {
  get(...args: unknown[]): Record<string, unknown> | undefined;
  run(...args: unknown[]): { changes: number };
}
interface NativeDatabase {
  prepare(sql: string): NativeStatement;
  exec(sql: string): void;
  close(): void;
  readonly open: boolean;
}
type NativeDatabaseClass = new (path: string, options: { timeout: number }) => NativeDatabase;

export interface SaveArgs {
  id: string;
  revision: number;
  answers: ResponseRow['answers'];
  sectionId: string;
  updatedAt: Date;
}

export interface ResponseStatements {
  byId(id: string): ResponseRow | undefined;
  /** Applies only if nobody saved in between and the response is still open; true when it did. */
  saveIfUnchanged(args: SaveArgs): boolean;
}

const COLUMNS = Object.entries(getTableColumns(responses));
const SELECT_BY_ID = `select ${COLUMNS.map(([, c]) => `"${c.name}"`).join(', ')} from responses where id = ? limit 1`;
const SAVE_IF_UNCHANGED =
  "update responses set answers = ?, last_section_id = ?, revision = revision + 1, updated_at = ? where id = ? and revision = ? and status = 'in_progress'";

/** The binding @libsql/client itself loads (resolved from the client, so it is the same module the workaround patches). */
function nativeClass(): NativeDatabaseClass {
  return createRequire(import.meta.resolve('@libsql/client'))('libsql') as NativeDatabaseClass;
}

/** A raw row as Drizzle would map it: column names to keys, JSON, dates and booleans decoded. */
function toResponseRow(raw: Record<string, unknown>): ResponseRow {
  const row: Record<string, unknown> = {};
  for (const [key, column] of COLUMNS) {
    const value = raw[column.name];
    row[key] = value === null || value === undefined ? null : column.mapFromDriverValue(value);
  }
  return row as ResponseRow;
}

function open(path: string) {
  const connection = new (nativeClass())(path, { timeout: BUSY_TIMEOUT_MS });
  connection.exec('PRAGMA synchronous=NORMAL');
  return { connection, byId: connection.prepare(SELECT_BY_ID), save: connection.prepare(SAVE_IF_UNCHANGED) };
}

const cache = new WeakMap<Database, ResponseStatements | null>();

/** The statements for `db`'s file, or null when `db` is not an embedded file (then use Drizzle). */
export function responseStatements(db: Database): ResponseStatements | null {
  const found = cache.get(db);
  if (found !== undefined) return found;
  const file = fileUrlOf(db);
  if (!file) {
    cache.set(db, null);
    return null;
  }
  const path = file.url.replace(/^file:(\/\/)?/, '');
  let current: ReturnType<typeof open> | undefined;
  const live = () => {
    if (!current || !current.connection.open) current = open(path);
    return current;
  };
  file.onClose(() => current?.connection.close());
  const statements: ResponseStatements = {
    byId(id) {
      const raw = live().byId.get(id);
      return raw ? toResponseRow(raw) : undefined;
    },
    saveIfUnchanged({ id, revision, answers, sectionId, updatedAt }) {
      const result = live().save.run(
        responses.answers.mapToDriverValue(answers),
        sectionId,
        responses.updatedAt.mapToDriverValue(updatedAt),
        id,
        revision,
      );
      return result.changes === 1;
    },
  };
  cache.set(db, statements);
  return statements;
}
