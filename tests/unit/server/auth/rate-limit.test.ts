import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { consumeAttempt, peekAttempts, resetAttempts, throttleFor, windowEnded } from '../../../../src/lib/server/auth/rate-limit.ts';
import { openTempDb } from '../../support/temp-db.ts';
import type { Database } from '../../../../src/lib/server/db.ts';

describe('window arithmetic (milliseconds timestamps, windows in seconds)', () => {
  // The bug Lucia's example limiter shipped: adding seconds to a millisecond timestamp.
  test.each([
    [0, 899_999, 900, false],
    [0, 900_000, 900, true],
    [1_700_000_000_000, 1_700_000_000_000 + 60_000, 60, true],
    [1_700_000_000_000, 1_700_000_000_000 + 59_000, 60, false],
  ])('windowEnded(%i, %i, %is) = %s', (start, now, windowS, ended) => {
    expect(windowEnded(start, now, windowS)).toBe(ended);
  });

  test('retry-after counts down to the end of the window in whole seconds', () => {
    expect(throttleFor(5, 5, 0, 1000, 900)).toEqual({ allowed: true, retryAfterS: 0 });
    expect(throttleFor(6, 5, 0, 1000, 900)).toEqual({ allowed: false, retryAfterS: 899 });
    expect(throttleFor(6, 5, 0, 899_999, 900)).toEqual({ allowed: false, retryAfterS: 1 });
  });
});

describe('consumeAttempt against the database', () => {
  let db: Database;
  let close: () => void;
  beforeEach(async () => ({ db, close } = await openTempDb()));
  afterEach(() => close());

  test('allows the limit, refuses the next, and opens again when the window ends', async () => {
    const t0 = 1_700_000_000_000;
    for (let i = 0; i < 3; i++) expect((await consumeAttempt('k', 3, 60, t0 + i, db)).allowed).toBe(true);
    expect(await consumeAttempt('k', 3, 60, t0 + 10_000, db)).toEqual({ allowed: false, retryAfterS: 50 });
    expect((await consumeAttempt('k', 3, 60, t0 + 59_999, db)).allowed).toBe(false);
    expect((await consumeAttempt('k', 3, 60, t0 + 60_000, db)).allowed).toBe(true);
  });

  test('keys are counted separately and can be reset', async () => {
    const t0 = 1_700_000_000_000;
    await consumeAttempt('a', 1, 60, t0, db);
    expect((await consumeAttempt('a', 1, 60, t0, db)).allowed).toBe(false);
    expect((await consumeAttempt('b', 1, 60, t0, db)).allowed).toBe(true);
    await resetAttempts('a', db);
    expect((await consumeAttempt('a', 1, 60, t0, db)).allowed).toBe(true);
  });

  test('concurrent attempts are all counted (one atomic upsert each)', async () => {
    const t0 = 1_700_000_000_000;
    const results = await Promise.all(Array.from({ length: 20 }, () => consumeAttempt('c', 10, 60, t0, db)));
    expect(results.filter((r) => r.allowed)).toHaveLength(10);
  });
});

describe('peekAttempts', () => {
  let db: Database;
  let close: () => void;
  beforeEach(async () => ({ db, close } = await openTempDb()));
  afterEach(() => close());

  test('looks without counting, and refuses once the next attempt would be over the limit', async () => {
    const t0 = 1_700_000_000_000;
    expect((await peekAttempts('p', 2, 60, t0, db)).allowed).toBe(true);
    await consumeAttempt('p', 2, 60, t0, db);
    expect((await peekAttempts('p', 2, 60, t0, db)).allowed).toBe(true);
    await consumeAttempt('p', 2, 60, t0, db);
    expect(await peekAttempts('p', 2, 60, t0 + 30_000, db)).toEqual({ allowed: false, retryAfterS: 30 });
    expect((await peekAttempts('p', 2, 60, t0 + 60_000, db)).allowed).toBe(true);
  });
});
