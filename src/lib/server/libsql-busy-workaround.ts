/**
 * Workaround for a bug in the `libsql` binding (0.5.29) under @libsql/client
 * 0.18: a statement that fails with SQLITE_BUSY (another process held the
 * write lock past the busy timeout) is left in progress on its connection
 * until the garbage collector finalizes it. Until then the pooled connection
 * cannot commit: its next autocommit write stays uncommitted, visible only to
 * this process, and keeps the write lock, so the server acknowledges answers
 * that are not stored and every other process is locked out.
 * Seen in tests/faults/unavailable.test.ts; upstream:
 * https://github.com/tursodatabase/libsql-client-ts/issues/352, fix pending in
 * https://github.com/tursodatabase/libsql-js/pull/238. Remove this once a
 * released binding resets a statement whose step failed.
 *
 * The fix here: when a statement fails busy or locked, close its connection
 * at once, before anything else can run on it. The client's pool then drops
 * the closed connection instead of reusing it (it checks `open` on release),
 * and the caller still gets the original SQLITE_BUSY error.
 */
import { createRequire } from 'node:module';

interface NativeStatement {
  run(...args: unknown[]): unknown;
  all(...args: unknown[]): unknown;
  get(...args: unknown[]): unknown;
}
interface NativeDatabase {
  prepare(sql: string): NativeStatement;
  close(): void;
  readonly open: boolean;
}

const SQLITE_BUSY = 5;
const SQLITE_LOCKED = 6;
const STEPPING_METHODS = ['run', 'all', 'get'] as const;

let installed = false;

function leavesStatementInProgress(error: unknown): boolean {
  const rawCode = (error as { rawCode?: unknown } | null)?.rawCode;
  if (typeof rawCode !== 'number') return false;
  const base = rawCode & 0xff; // extended codes carry the base code in the low byte
  return base === SQLITE_BUSY || base === SQLITE_LOCKED;
}

/** Patches the binding that @libsql/client itself loads (resolved from the client, so it is the same module). */
export function installBusyWorkaround(): void {
  if (installed) return;
  installed = true;
  const require = createRequire(import.meta.resolve('@libsql/client'));
  const Database = require('libsql') as { prototype: NativeDatabase };
  const prepare = Database.prototype.prepare;
  Database.prototype.prepare = function patchedPrepare(this: NativeDatabase, sql: string) {
    const statement = prepare.call(this, sql);
    const connection = this;
    for (const method of STEPPING_METHODS) {
      const original = statement[method];
      statement[method] = function (this: NativeStatement, ...args: unknown[]) {
        try {
          return original.apply(this, args);
        } catch (error) {
          if (leavesStatementInProgress(error) && connection.open) connection.close();
          throw error;
        }
      };
    }
    return statement;
  };
}
