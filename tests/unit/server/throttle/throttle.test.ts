import { sql } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { THROTTLES, type ThrottleName } from '../../../../src/lib/limits.ts';
import type { Database } from '../../../../src/lib/server/db.ts';
import { MemoryCounter } from '../../../../src/lib/server/throttle/memory.ts';
import { createThrottler, forgetThrottlesFor, pruneThrottles } from '../../../../src/lib/server/throttle/throttle.ts';
import { DAY_MS, strictest, verdict, windowStart } from '../../../../src/lib/server/throttle/window.ts';
import { openTempDb } from '../../support/temp-db.ts';

/** 10:05 UTC on a weekday: inside every window, far from its end. */
const T0 = Date.UTC(2026, 10, 27, 10, 5);
const MIN = 60_000;

describe('window arithmetic (milliseconds in, window lengths in seconds)', () => {
  test.each([
    [T0, 60, Date.UTC(2026, 10, 27, 10, 5)],
    [T0 + 59_999, 60, Date.UTC(2026, 10, 27, 10, 5)],
    [T0, 15 * 60, Date.UTC(2026, 10, 27, 10, 0)],
    [T0, 60 * 60, Date.UTC(2026, 10, 27, 10, 0)],
    [T0, 24 * 60 * 60, Date.UTC(2026, 10, 27)],
  ])('windowStart(%i, %is) = %i', (now, windowS, start) => {
    expect(windowStart(now, windowS)).toBe(start);
  });

  test.each([
    [5, 5, T0, { allowed: true, retryAfterS: 0 }],
    [6, 5, T0, { allowed: false, retryAfterS: 10 * 60 }],
    [6, 5, Date.UTC(2026, 10, 27, 10, 14, 59, 1), { allowed: false, retryAfterS: 1 }],
  ])('count %i of limit %i at %i over 15 min', (count, limit, now, expected) => {
    expect(verdict(count, { limit, windowS: 15 * 60, shared: true }, now)).toEqual(expected);
  });

  test('the strictest verdict waits longest', () => {
    expect(strictest({ allowed: true, retryAfterS: 0 }, { allowed: false, retryAfterS: 5 }, { allowed: false, retryAfterS: 9 })).toEqual({ allowed: false, retryAfterS: 9 });
    expect(strictest({ allowed: true, retryAfterS: 0 })).toEqual({ allowed: true, retryAfterS: 0 });
  });

  // The daily salt must never change inside a window, or counts would restart mid-window.
  test.each(Object.entries(THROTTLES))('%s: the window divides a day', (_, policy) => {
    expect(DAY_MS % (policy.windowS * 1000)).toBe(0);
    expect(policy.limit).toBeGreaterThan(0);
  });
});

describe('the in-process counter', () => {
  test('never holds more than its bound, dropping ended windows first', () => {
    const counter = new MemoryCounter(100);
    for (let i = 0; i < 1000; i++) counter.add(`k${i}`, 0, i < 500 ? 1 : 10 * MIN, 5);
    expect(counter.size).toBeLessThanOrEqual(100);
  });

  test('counts per key and window, never below zero', () => {
    const counter = new MemoryCounter(10);
    expect(counter.add('a', 0, MIN, 0)).toBe(1);
    expect(counter.add('a', 0, MIN, 0)).toBe(2);
    expect(counter.add('a', 0, MIN, 0, -5)).toBe(0);
    expect(counter.add('a', MIN, 2 * MIN, MIN)).toBe(1);
  });
});

describe('throttles against the database', () => {
  let db: Database;
  let close: () => void;
  beforeEach(async () => ({ db, close } = await openTempDb()));
  afterEach(() => close());
  const rows = () => db.all<{ key: string; window_start: number; count: number }>(sql`select key, window_start, count from rate_limits order by key`);
  const counters = async () => (await rows()).filter((r) => !r.key.startsWith('salt:') && !r.key.startsWith('device-key:'));

  test.each<[ThrottleName, number]>([
    ['signInAddress', 15 * 60],
    ['testStartAddress', 60],
    ['surveyWrite', 60],
    ['testStartAddressDaily', 24 * 60 * 60],
  ])('%s: allows the limit, refuses the next until the window ends (%is)', async (name, windowS) => {
    const throttler = createThrottler({ db: () => db });
    const { limit } = THROTTLES[name];
    const start = windowStart(T0, windowS);
    for (let i = 0; i < limit; i++) expect((await throttler.consume(name, ['192.0.2.1'], T0)).allowed).toBe(true);
    expect(await throttler.consume(name, ['192.0.2.1'], T0)).toEqual({ allowed: false, retryAfterS: (start + windowS * 1000 - T0) / 1000 });
    expect((await throttler.consume(name, ['192.0.2.2'], T0)).allowed).toBe(true);
    expect((await throttler.consume(name, ['192.0.2.1'], start + windowS * 1000)).allowed).toBe(true);
  });

  test('memory-only policies write nothing; shared ones write one hashed row per key and window', async () => {
    const throttler = createThrottler({ db: () => db });
    for (let i = 0; i < 5; i++) await throttler.consume('surveyWrite', ['response-id'], T0);
    expect(await rows()).toEqual([]);
    await throttler.consume('signInAccountAddress', ['ada@example.nl', '192.0.2.1'], T0);
    await throttler.consume('signInAddress', ['192.0.2.1'], T0);
    const stored = JSON.stringify(await rows());
    expect(stored).not.toMatch(/ada|example|192\.0\.2/);
    expect(await counters()).toHaveLength(2);
  });

  test('past the limit, a process refuses from memory without another write', async () => {
    const throttler = createThrottler({ db: () => db });
    for (let i = 0; i < 100; i++) await throttler.consume('signUpAddress', ['192.0.2.1'], T0);
    expect((await counters())[0].count).toBe(THROTTLES.signUpAddress.limit);
  });

  test('two processes on one database share the count, and agree on the salt', async () => {
    const [a, b] = [createThrottler({ db: () => db }), createThrottler({ db: () => db })];
    const { limit } = THROTTLES.signUpAddress;
    const results = await Promise.all(Array.from({ length: limit * 3 }, (_, i) => (i % 2 ? a : b).consume('signUpAddress', ['192.0.2.1'], T0)));
    expect(results.filter((r) => r.allowed)).toHaveLength(limit);
    expect((await rows()).filter((r) => r.key.startsWith('salt:'))).toHaveLength(1);
  });

  test('refund and clear give the budget back', async () => {
    const throttler = createThrottler({ db: () => db });
    for (let i = 0; i < 5; i++) await throttler.consume('signInAccountAddress', ['a@b.nl', '1.2.3.4'], T0);
    await throttler.refund('signInAccountAddress', ['a@b.nl', '1.2.3.4'], T0);
    expect((await throttler.consume('signInAccountAddress', ['a@b.nl', '1.2.3.4'], T0)).allowed).toBe(true);
    await throttler.clear('signInAccountAddress', ['a@b.nl', '1.2.3.4'], T0);
    expect(await counters()).toEqual([]);
  });

  test('a new UTC day has a new salt; pruning deletes earlier days and their salts', async () => {
    const throttler = createThrottler({ db: () => db, pruneDaily: false });
    await throttler.consume('signInAddress', ['192.0.2.1'], T0);
    await throttler.consume('testStartAddressDaily', ['192.0.2.1'], T0);
    const tomorrow = T0 + DAY_MS;
    await throttler.consume('signInAddress', ['192.0.2.1'], tomorrow);
    expect((await rows()).filter((r) => r.key.startsWith('salt:'))).toHaveLength(2);
    expect(await pruneThrottles(new Date(tomorrow), db)).toBe(3);
    const left = await rows();
    expect(left.filter((r) => r.key.startsWith('salt:'))).toHaveLength(1);
    expect(left.filter((r) => !r.key.startsWith('salt:') && !r.key.startsWith('device-key:')).map((r) => r.window_start)).toEqual([windowStart(tomorrow, 15 * 60)]);
  });

  test('forgetting an account deletes its rows under every live salt, and nobody else\'s', async () => {
    const throttler = createThrottler({ db: () => db, pruneDaily: false });
    for (const now of [T0, T0 + DAY_MS]) {
      await throttler.consume('signInAccountAddress', ['ada@example.nl', '192.0.2.1'], now);
      await throttler.consume('signInAccount', ['ada@example.nl'], now);
      await throttler.consume('signInAccount', ['bob@example.nl'], now);
      await throttler.consume('signInAddress', ['192.0.2.1'], now);
    }
    expect(await counters()).toHaveLength(8);
    await forgetThrottlesFor('ada@example.nl', db);
    expect(await counters()).toHaveLength(4);
  });
});

test('the server prunes past days by itself on the first shared count of a new day', async () => {
  const { db, close } = await openTempDb();
  try {
    const throttler = createThrottler({ db: () => db });
    await throttler.consume('signInAddress', ['192.0.2.1'], T0);
    await throttler.consume('signInAddress', ['192.0.2.1'], T0 + DAY_MS);
    await expect.poll(async () => (await db.all(sql`select 1 from rate_limits where window_start < ${windowStart(T0 + DAY_MS, 86_400)}`)).length).toBe(0);
  } finally {
    close();
  }
});
