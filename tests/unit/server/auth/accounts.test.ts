import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { companies, users } from '../../../../db/schema.ts';
import { changePassword, signIn, signUp } from '../../../../src/lib/server/auth/accounts.ts';
import { hashPassword, passwordProblem, verifyPassword } from '../../../../src/lib/server/auth/password.ts';
import { createSession, validateSessionToken } from '../../../../src/lib/server/auth/session.ts';
import { THROTTLES } from '../../../../src/lib/limits.ts';
import { createThrottler, type Throttler } from '../../../../src/lib/server/throttle/throttle.ts';
import { openTempDb } from '../../support/temp-db.ts';
import type { Database } from '../../../../src/lib/server/db.ts';

let db: Database;
let close: () => void;
let throttler: Throttler;
beforeEach(async () => {
  ({ db, close } = await openTempDb());
  // A throttler of this test's own: its memory must not carry counts over from another test's database.
  throttler = createThrottler({ db: () => db });
});
afterEach(() => close());

const newUser = { email: 'ada@example.nl', name: 'Ada', password: 'correct-horse-9', company: 'Ada BV', locale: 'nl' as const };

describe('passwords', () => {
  test('argon2id hashes verify the right password only', async () => {
    const stored = await hashPassword('geheim-wachtwoord');
    expect(stored.startsWith('$argon2id$')).toBe(true);
    expect(await verifyPassword(stored, 'geheim-wachtwoord')).toBe(true);
    expect(await verifyPassword(stored, 'geheim-wachtwoorD')).toBe(false);
    expect(await verifyPassword('not a hash', 'x')).toBe(false);
  });
  test.each([
    ['short', 'too_short'],
    ['password123', 'too_common'],
    ['x'.repeat(201), 'too_long'],
    ['a perfectly fine passphrase', null],
  ])('passwordProblem(%j) = %s', (password, problem) => {
    expect(passwordProblem(password)).toBe(problem);
  });
});

/** A fixed clock in the middle of a 15-minute and an hour window, so no test straddles a window's end. */
const T0 = Date.UTC(2026, 10, 27, 10, 5);
const signInAt = (email: string, password: string, ip: string, device?: string, nowMs = T0) =>
  signIn({ email, password, ip, device }, { db, nowMs, throttler });
const RIGHT = 'correct-horse-9';

describe('sign-up', () => {
  test('creates the account once; a second sign-up with the address gets the same answer and changes nothing', async () => {
    expect(await signUp(newUser, db)).toEqual({ ok: true });
    const before = await db.select().from(users);
    expect(await signUp({ ...newUser, name: 'Mallory', password: 'another-long-pass', company: 'Evil BV' }, db)).toEqual({ ok: true });
    expect(await db.select().from(users)).toEqual(before);
    expect(await db.$count(companies)).toBe(1);
    expect((await signInAt('ada@example.nl', RIGHT, '1.1.1.1')).ok).toBe(true);
    expect((await signInAt('ada@example.nl', 'another-long-pass', '1.1.1.2')).ok).toBe(false);
  });
});

describe('sign-in', () => {
  test('wrong password and unknown e-mail give the same answer', async () => {
    await signUp(newUser, db);
    expect(await signInAt('ada@example.nl', 'wrong-password', '1.1.1.1')).toEqual({ ok: false, reason: 'invalid' });
    expect(await signInAt('nobody@example.nl', 'wrong-password', '1.1.1.1')).toEqual({ ok: false, reason: 'invalid' });
    expect(await signInAt('ada@example.nl', RIGHT, '1.1.1.1')).toMatchObject({ ok: true, device: expect.any(String) });
  });

  test('changing the password ends every session', async () => {
    await signUp(newUser, db);
    const created = (await db.query.users.findFirst())!;
    const session = await createSession(created.id, Date.now(), db);
    expect(await changePassword(created.id, 'wrong', 'another-long-pass', db)).toMatchObject({ ok: false, field: 'currentPassword' });
    expect(await changePassword(created.id, RIGHT, 'another-long-pass', db)).toEqual({ ok: true });
    expect(await validateSessionToken(session.token, Date.now(), db)).toBeNull();
    expect((await signInAt('ada@example.nl', 'another-long-pass', '1.1.1.1')).ok).toBe(true);
  });
});

describe('sign-in throttling (docs/security.md, one rule per row)', () => {
  const { signInAddress, signInAccountAddress, signInAccount } = THROTTLES;
  const fail = (email: string, ip: string, device?: string) => signInAt(email, 'wrong-password', ip, device);

  test.each([
    {
      rule: 'one account from one address: refused after the per-pair limit, from that address only',
      failures: Array.from({ length: signInAccountAddress.limit }, () => ['ada@example.nl', '192.0.2.1']),
      then: [['ada@example.nl', '192.0.2.1', 'throttled'], ['ada@example.nl', '192.0.2.2', 'ok']],
    },
    {
      rule: 'spraying many accounts from one address: refused after the per-address limit, for every account',
      failures: Array.from({ length: signInAddress.limit }, (_, i) => [`someone-${i}@example.nl`, '192.0.2.1']),
      then: [['ada@example.nl', '192.0.2.1', 'throttled'], ['ada@example.nl', '192.0.2.2', 'ok']],
    },
    {
      rule: 'one account from many addresses: browsers that never signed in are braked after the per-account limit',
      failures: Array.from({ length: signInAccount.limit }, (_, i) => ['ada@example.nl', `10.0.${i >> 8}.${i & 255}`]),
      then: [['ada@example.nl', '198.51.100.7', 'throttled'], ['ada@example.nl', '198.51.100.7', 'trusted device: ok']],
    },
    {
      rule: "someone else's failures from other addresses never refuse the owner's own address below its limits",
      failures: Array.from({ length: signInAccountAddress.limit }, (_, i) => ['ada@example.nl', `10.1.0.${i}`]),
      then: [['ada@example.nl', '192.0.2.1', 'ok']],
    },
  ])('$rule', async ({ failures, then }) => {
    await signUp(newUser, db);
    const device = ((await signInAt('ada@example.nl', RIGHT, '203.0.113.1')) as { device: string }).device;
    for (const [email, ip] of failures) expect(await fail(email, ip)).toEqual({ ok: false, reason: 'invalid' });
    for (const [email, ip, expected] of then) {
      const result = await signInAt(email, RIGHT, ip, expected.startsWith('trusted') ? device : undefined);
      if (expected === 'throttled') expect(result).toMatchObject({ ok: false, reason: 'throttled', retryAfterS: expect.any(Number) });
      else expect(result.ok).toBe(true);
    }
  });

  test('successful sign-ins do not use up the address budget (an office behind one address)', async () => {
    await signUp(newUser, db);
    for (let i = 0; i < signInAddress.limit * 2; i++) expect((await signInAt('ada@example.nl', RIGHT, '192.0.2.1')).ok).toBe(true);
    for (let i = 0; i < signInAddress.limit - 1; i++) await fail(`someone-${i}@example.nl`, '192.0.2.1');
    expect((await signInAt('ada@example.nl', RIGHT, '192.0.2.1')).ok).toBe(true);
  });

  test('a success clears the per-pair count, so the owner\'s own typos do not add up', async () => {
    await signUp(newUser, db);
    for (let round = 0; round < 3; round++) {
      for (let i = 0; i < signInAccountAddress.limit - 1; i++) await fail('ada@example.nl', '192.0.2.1');
      expect((await signInAt('ada@example.nl', RIGHT, '192.0.2.1')).ok).toBe(true);
    }
  });

  test('a forged, expired or other account\'s device cookie does not pass the brake', async () => {
    await signUp(newUser, db);
    await signUp({ ...newUser, email: 'bob@example.nl' }, db);
    const bobs = ((await signInAt('bob@example.nl', RIGHT, '203.0.113.1')) as { device: string }).device;
    const old = ((await signInAt('ada@example.nl', RIGHT, '203.0.113.1', undefined, T0 - 91 * 24 * 3600 * 1000)) as { device: string }).device;
    for (let i = 0; i < signInAccount.limit; i++) await fail('ada@example.nl', `10.0.${i >> 8}.${i & 255}`);
    for (const device of [bobs, old, `${T0}.${'A'.repeat(43)}`, 'garbage']) {
      expect(await signInAt('ada@example.nl', RIGHT, '198.51.100.9', device)).toMatchObject({ ok: false, reason: 'throttled' });
    }
  });

  test('the windows end: an hour later everything is allowed again', async () => {
    await signUp(newUser, db);
    for (let i = 0; i < signInAccount.limit; i++) await fail('ada@example.nl', `10.0.${i >> 8}.${i & 255}`);
    expect(await signInAt('ada@example.nl', RIGHT, '198.51.100.7')).toMatchObject({ reason: 'throttled', retryAfterS: 55 * 60 });
    expect((await signInAt('ada@example.nl', RIGHT, '198.51.100.7', undefined, T0 + 55 * 60 * 1000)).ok).toBe(true);
  });

  test('parallel guesses from one address: exactly the limit reaches the password check', async () => {
    await signUp(newUser, db);
    const results = await Promise.all(Array.from({ length: signInAddress.limit + 10 }, (_, i) => fail(`someone-${i}@example.nl`, '192.0.2.1')));
    expect(results.filter((r) => r.ok === false && r.reason === 'invalid')).toHaveLength(signInAddress.limit);
  });
});
