/**
 * The shared count in the `rate_limits` table, for throttles that must hold
 * across every server process. No e-mail or IP address is stored: a row's
 * key is an HMAC-SHA-256 of what it counts, under a random salt that lives
 * one UTC day (every throttle window fits inside a day). Once a day's salt
 * is deleted, that day's rows can no longer be linked to anything, and
 * `pruneThrottles` deletes them.
 *
 * The salts live in the same table, so several processes on one libSQL
 * server agree on them without a schema change: a salt row's key is
 * `salt:<day>:<salt>`; whichever process comes first inserts the day's salt
 * (insert … where not exists, atomic in SQLite) and all read it back.
 *
 * A stored key is `<hash of the subject>.<hash of policy, window, rest>`,
 * where the subject is the first key part (an address, or an account's
 * e-mail). The first half lets `forgetThrottlesFor(email)` find an account's
 * rows without storing the address in clear.
 */
import { createHmac, randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { ThrottleName } from '../../limits.ts';
import type { Database } from '../db.ts';
import { DAY_MS } from './window.ts';

const SALT_PREFIX = 'salt:';
/** Long-lived secret for trusted-device cookies (./device.ts); never pruned. */
const DEVICE_KEY_PREFIX = 'device-key:';
const HASH_CHARS = 22; // 16 bytes of the HMAC in base64url: collisions are out of reach

/** Salts by day, per database (unit tests open several). */
const salts = new WeakMap<Database, Map<number, string>>();

function dayKey(day: number): string {
  // Fixed width, so salt keys of different days compare as their days do.
  return `${SALT_PREFIX}${String(day).padStart(8, '0')}:`;
}

/**
 * A random secret kept in the table under `prefix`, created once by whichever
 * process asks first. Every process reads the same one back.
 */
async function sharedSecret(prefix: string, windowStartMs: number, db: Database): Promise<string> {
  // ';' sorts right after ':', so [prefix, prefix with ';') is exactly the keys starting with prefix.
  const end = prefix.slice(0, -1) + ';';
  const candidate = prefix + randomBytes(32).toString('base64url');
  await db.run(sql`
    insert into rate_limits (key, window_start, count)
    select ${candidate}, ${windowStartMs}, 0
    where not exists (select 1 from rate_limits where key >= ${prefix} and key < ${end})`);
  const [row] = await db.all<{ key: string }>(sql`select key from rate_limits where key >= ${prefix} and key < ${end} order by key limit 1`);
  return row.key.slice(prefix.length);
}

async function saltFor(nowMs: number, db: Database): Promise<string> {
  const day = Math.floor(nowMs / DAY_MS);
  let byDay = salts.get(db);
  if (!byDay) salts.set(db, (byDay = new Map()));
  const cached = byDay.get(day);
  if (cached) return cached;
  const salt = await sharedSecret(dayKey(day), day * DAY_MS, db);
  for (const old of byDay.keys()) if (old < day) byDay.delete(old);
  byDay.set(day, salt);
  return salt;
}

export function deviceKey(db: Database): Promise<string> {
  return sharedSecret(DEVICE_KEY_PREFIX, 0, db);
}

function hmac(salt: string, text: string): string {
  return createHmac('sha256', salt).update(text).digest('base64url').slice(0, HASH_CHARS);
}

async function storedKey(name: ThrottleName, parts: readonly string[], windowStartMs: number, db: Database): Promise<string> {
  const salt = await saltFor(windowStartMs, db);
  const [subject, ...rest] = parts;
  return `${hmac(salt, subject)}.${hmac(salt, [name, windowStartMs, ...rest].join('\n'))}`;
}

/** Adds `by` to the shared count of this key and window, atomically, and returns the count after it. */
export async function addShared(name: ThrottleName, parts: readonly string[], windowStartMs: number, by: number, db: Database): Promise<number> {
  const key = await storedKey(name, parts, windowStartMs, db);
  const [row] = await db.all<{ count: number }>(sql`
    insert into rate_limits (key, window_start, count) values (${key}, ${windowStartMs}, ${Math.max(0, by)})
    on conflict (key) do update set count = max(0, count + ${by})
    returning count`);
  return Number(row.count);
}

export async function deleteShared(name: ThrottleName, parts: readonly string[], windowStartMs: number, db: Database): Promise<void> {
  await db.run(sql`delete from rate_limits where key = ${await storedKey(name, parts, windowStartMs, db)}`);
}

/**
 * Deletes every row of a UTC day before the one of `nowMs`, and those days'
 * salts. Returns how many counters went. For `npm run retention`; the
 * server also runs it once a day by itself (see ./throttle.ts).
 */
export async function pruneThrottlesIn(nowMs: number, db: Database): Promise<number> {
  const today = Math.floor(nowMs / DAY_MS);
  const result = await db.run(sql`
    delete from rate_limits
    where (key >= ${SALT_PREFIX} and key < ${dayKey(today)})
       or (key not like ${SALT_PREFIX + '%'} and key not like ${DEVICE_KEY_PREFIX + '%'} and window_start < ${today * DAY_MS})`);
  return result.rowsAffected;
}

/** Deletes every throttle row about an account (the e-mail is the subject of its rows), under every live salt. */
export async function forgetThrottlesIn(email: string, db: Database): Promise<void> {
  const rows = await db.all<{ key: string }>(sql`select key from rate_limits where key >= ${SALT_PREFIX} and key < ${SALT_PREFIX.slice(0, -1) + ';'}`);
  for (const { key } of rows) {
    const salt = key.slice(dayKey(0).length);
    const prefix = `${hmac(salt, email)}.`;
    await db.run(sql`delete from rate_limits where key >= ${prefix} and key < ${prefix.slice(0, -1) + '/'}`);
  }
}

