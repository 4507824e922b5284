/**
 * The statements every answer submission runs (read a response and its
 * survey instance by id, save the response if unchanged), on the `libsql`
 * binding directly with statements prepared once. Through @libsql/client each call prepared its statement
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
import { responses, surveys } from '../../../../db/schema.ts';
import { BUSY_TIMEOUT_MS, PER_CONNECTION_PRAGMAS, fileUrlOf, type Database } from '../db.ts';

type ResponseRow = typeof responses.$inferSelect;
type InstanceRow = typeof surveys.$inferSelect;

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
  /** The survey instance a response belongs to. */
  instanceById(id: string): InstanceRow | undefined;
  /** Applies only if nobody saved in between and the response is still open; true when it did. */
  saveIfUnchanged(args: SaveArgs): boolean;
}

type Columns = [string, { name: string; mapFromDriverValue(value: unknown): unknown }][];
const COLUMNS: Columns = Object.entries(getTableColumns(responses));
const INSTANCE_COLUMNS: Columns = Object.entries(getTableColumns(surveys));
const selectById = (table: string, columns: Columns) => `select ${columns.map(([, c]) => `"${c.name}"`).join(', ')} from ${table} where id = ? limit 1`;
const SELECT_BY_ID = selectById('responses', COLUMNS);
const SELECT_INSTANCE_BY_ID = selectById('surveys', INSTANCE_COLUMNS);
const SAVE_IF_UNCHANGED =
  "update responses set answers = ?, last_section_id = ?, revision = revision + 1, updated_at = ? where id = ? and revision = ? and status = 'in_progress'";

/** The binding @libsql/client itself loads (resolved from the client, so it is the same module the workaround patches). */
function nativeClass(): NativeDatabaseClass {
  return createRequire(import.meta.resolve('@libsql/client'))('libsql') as NativeDatabaseClass;
}

/** A raw row as Drizzle would map it: column names to keys, JSON, dates and booleans decoded. */
function toRow<Row>(raw: Record<string, unknown>, columns: Columns): Row {
  const row: Record<string, unknown> = {};
  for (const [key, column] of columns) {
    const value = raw[column.name];
    row[key] = value === null || value === undefined ? null : column.mapFromDriverValue(value);
  }
  return row as Row;
}

function open(path: string) {
  const connection = new (nativeClass())(path, { timeout: BUSY_TIMEOUT_MS });
  // The same settings as every connection of the server's pool (db.ts).
  for (const pragma of PER_CONNECTION_PRAGMAS) connection.exec(pragma);
  return {
    connection,
    byId: connection.prepare(SELECT_BY_ID),
    instanceById: connection.prepare(SELECT_INSTANCE_BY_ID),
    save: connection.prepare(SAVE_IF_UNCHANGED),
  };
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
      return raw ? toRow<ResponseRow>(raw, COLUMNS) : undefined;
    },
    instanceById(id) {
      const raw = live().instanceById.get(id);
      return raw ? toRow<InstanceRow>(raw, INSTANCE_COLUMNS) : undefined;
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
