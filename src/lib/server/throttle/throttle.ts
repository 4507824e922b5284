/**
 * Throttling by named policy (src/lib/limits.ts). One line per public
 * write: `const t = await throttle('surveyWrite', responseId)`, then answer
 * 429 when `!t.allowed` (./reply.ts). Every request is counted first in this
 * process's memory; a policy marked `shared` is then counted in the
 * database too, so its limit holds across processes. A flood past a limit
 * is refused from memory, without a database write.
 */
import { createHmac, randomBytes } from 'node:crypto';
import { THROTTLE_MEMORY_KEYS, THROTTLES, type ThrottleName } from '../../limits.ts';
import { getDb, type Database } from '../db.ts';
import { MemoryCounter } from './memory.ts';
import { addShared, deleteShared, forgetThrottlesIn, pruneThrottlesIn } from './shared.ts';
import { ALLOWED, DAY_MS, verdict, windowStart, type Throttle } from './window.ts';

export type { Throttle } from './window.ts';

/** What a throttle counts: the subject first (an address, an account's e-mail, a response id), then any narrower part. */
export type ThrottleKey = readonly [string, ...string[]];

export interface ThrottlerOptions {
  db?: () => Database;
  maxKeys?: number;
  /** Delete past days' rows by itself once a day (off in tests that look at several days). */
  pruneDaily?: boolean;
}

export function createThrottler({ db = getDb, maxKeys = THROTTLE_MEMORY_KEYS, pruneDaily: autoPrune = true }: ThrottlerOptions = {}) {
  const memory = new MemoryCounter(maxKeys);
  // Memory keys are hashed too, under a key of this process only: no address sits in the heap in clear.
  const processKey = randomBytes(32);
  const memoryKey = (name: ThrottleName, key: ThrottleKey) => createHmac('sha256', processKey).update(`${name}\n${key.join('\n')}`).digest('base64url');
  let prunedDay = -1;

  function window(name: ThrottleName, nowMs: number) {
    const policy = THROTTLES[name];
    const startMs = windowStart(nowMs, policy.windowS);
    return { policy, startMs, endMs: startMs + policy.windowS * 1000 };
  }

  /** Rows of past days go once a day without waiting for `npm run retention`. */
  function pruneDaily(nowMs: number): void {
    const day = Math.floor(nowMs / DAY_MS);
    if (!autoPrune || day === prunedDay) return;
    prunedDay = day;
    pruneThrottlesIn(nowMs, db()).catch((error: unknown) => console.error('Pruning old throttle rows failed; npm run retention will.', error));
  }

  return {
    /** Counts one request under `key` and says whether it is within the policy's limit. */
    async consume(name: ThrottleName, key: ThrottleKey, nowMs = Date.now()): Promise<Throttle> {
      const { policy, startMs, endMs } = window(name, nowMs);
      const id = memoryKey(name, key);
      const local = memory.add(id, startMs, endMs, nowMs);
      if (local > policy.limit) {
        // Not forwarded, so not counted: memory keeps counting exactly what the database saw.
        memory.add(id, startMs, endMs, nowMs, -1);
        return verdict(local, policy, nowMs);
      }
      if (!policy.shared) return ALLOWED;
      pruneDaily(nowMs);
      return verdict(await addShared(name, key, startMs, 1, db()), policy, nowMs);
    },

    /** Gives back one request counted by `consume` in the same window (a sign-in that succeeded). */
    async refund(name: ThrottleName, key: ThrottleKey, nowMs = Date.now()): Promise<void> {
      const { policy, startMs, endMs } = window(name, nowMs);
      memory.add(memoryKey(name, key), startMs, endMs, nowMs, -1);
      if (policy.shared) await addShared(name, key, startMs, -1, db());
    },

    /** Forgets the key's count in the current window. */
    async clear(name: ThrottleName, key: ThrottleKey, nowMs = Date.now()): Promise<void> {
      const { policy, startMs } = window(name, nowMs);
      memory.delete(memoryKey(name, key));
      if (policy.shared) await deleteShared(name, key, startMs, db());
    },

    /** Keys held in memory now (for tests of the bound). */
    memorySize: () => memory.size,
  };
}

export type Throttler = ReturnType<typeof createThrottler>;

/** The server's throttler: one per process. */
export const throttler: Throttler = createThrottler();

/** Counts one request under the named policy; see the module comment. */
export function throttle(name: ThrottleName, ...key: ThrottleKey): Promise<Throttle> {
  return throttler.consume(name, key);
}

/** Counts one request under each named policy in turn; the first refusal stops (later ones are not counted). */
export async function throttleEach(names: readonly ThrottleName[], ...key: ThrottleKey): Promise<Throttle> {
  for (const name of names) {
    const verdict = await throttler.consume(name, key);
    if (!verdict.allowed) return verdict;
  }
  return ALLOWED;
}

/** Deletes throttle rows of past days and their salts (`npm run retention`). Returns how many rows went. */
export function pruneThrottles(now = new Date(), db: Database = getDb()): Promise<number> {
  return pruneThrottlesIn(now.getTime(), db);
}

/** Deletes every stored throttle row about an account, when the account is deleted. */
export function forgetThrottlesFor(email: string, db: Database = getDb()): Promise<void> {
  return forgetThrottlesIn(email, db);
}
