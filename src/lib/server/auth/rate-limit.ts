/**
 * Fixed-window throttling kept in the database, so every server process
 * counts the same attempts. One atomic upsert per attempt.
 */
import { sql } from 'drizzle-orm';
import { getDb, type Database } from '../db.ts';

export interface Throttle {
  allowed: boolean;
  /** Whole seconds until the window resets; 0 when allowed. */
  retryAfterS: number;
}

/**
 * Has the window that started at `windowStartMs` ended at `nowMs`? Both in
 * milliseconds; the window length in seconds, converted here, once.
 */
export function windowEnded(windowStartMs: number, nowMs: number, windowS: number): boolean {
  return nowMs - windowStartMs >= windowS * 1000;
}

export function throttleFor(count: number, limit: number, windowStartMs: number, nowMs: number, windowS: number): Throttle {
  if (count <= limit) return { allowed: true, retryAfterS: 0 };
  const resetAtMs = windowStartMs + windowS * 1000;
  return { allowed: false, retryAfterS: Math.max(1, Math.ceil((resetAtMs - nowMs) / 1000)) };
}

/** Counts one attempt under `key` and says whether it is within `limit` per `windowS` seconds. */
export async function consumeAttempt(
  key: string,
  limit: number,
  windowS: number,
  nowMs = Date.now(),
  db: Database = getDb(),
): Promise<Throttle> {
  const expiredBefore = nowMs - windowS * 1000;
  const [row] = await db.all<{ count: number; window_start: number }>(sql`
    insert into rate_limits (key, window_start, count) values (${key}, ${nowMs}, 1)
    on conflict (key) do update set
      count = case when window_start <= ${expiredBefore} then 1 else count + 1 end,
      window_start = case when window_start <= ${expiredBefore} then excluded.window_start else window_start end
    returning count, window_start`);
  return throttleFor(Number(row.count), limit, Number(row.window_start), nowMs, windowS);
}

/** Says whether `key` is over its limit now, without counting an attempt. */
export async function peekAttempts(key: string, limit: number, windowS: number, nowMs = Date.now(), db: Database = getDb()): Promise<Throttle> {
  const [row] = await db.all<{ count: number; window_start: number }>(sql`select count, window_start from rate_limits where key = ${key}`);
  if (!row || windowEnded(Number(row.window_start), nowMs, windowS)) return { allowed: true, retryAfterS: 0 };
  // At the limit the next attempt would be refused: peek as if it were made.
  return throttleFor(Number(row.count) + 1, limit, Number(row.window_start), nowMs, windowS);
}

/** Forgets the attempts under `key`, e.g. after a successful sign-in. */
export async function resetAttempts(key: string, db: Database = getDb()): Promise<void> {
  await db.run(sql`delete from rate_limits where key = ${key}`);
}
