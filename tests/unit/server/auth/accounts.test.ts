import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { users } from '../../../../db/schema.ts';
import { changePassword, signIn, signUp } from '../../../../src/lib/server/auth/accounts.ts';
import { hashPassword, passwordProblem, verifyPassword } from '../../../../src/lib/server/auth/password.ts';
import { createSession, validateSessionToken } from '../../../../src/lib/server/auth/session.ts';
import { SIGN_IN_MAX_PER_ACCOUNT, SIGN_IN_MAX_PER_IP } from '../../../../src/lib/limits.ts';
import { openTempDb } from '../../support/temp-db.ts';
import type { Database } from '../../../../src/lib/server/db.ts';

let db: Database;
let close: () => void;
beforeEach(async () => ({ db, close } = await openTempDb()));
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

describe('sign-up and sign-in', () => {
  test('signs up once per e-mail address', async () => {
    expect((await signUp(newUser, db)).ok).toBe(true);
    expect(await signUp(newUser, db)).toEqual({ ok: false, field: 'email', code: 'taken' });
    expect(await db.$count(users)).toBe(1);
  });

  test('wrong password and unknown e-mail give the same answer', async () => {
    await signUp(newUser, db);
    expect(await signIn('ada@example.nl', 'wrong-password', '1.1.1.1', db)).toEqual({ ok: false, reason: 'invalid' });
    expect(await signIn('nobody@example.nl', 'wrong-password', '1.1.1.1', db)).toEqual({ ok: false, reason: 'invalid' });
    expect((await signIn('ada@example.nl', 'correct-horse-9', '1.1.1.1', db)).ok).toBe(true);
  });

  test('throttles an account after the limit, also for the right password', async () => {
    await signUp(newUser, db);
    for (let i = 0; i < SIGN_IN_MAX_PER_ACCOUNT; i++) await signIn('ada@example.nl', 'wrong', `10.0.0.${i}`, db);
    const result = await signIn('ada@example.nl', 'correct-horse-9', '10.0.0.99', db);
    expect(result).toMatchObject({ ok: false, reason: 'throttled' });
  });

  test('changing the password ends every session', async () => {
    const created = await signUp(newUser, db);
    if (!created.ok) throw new Error('sign-up failed');
    const session = await createSession(created.user.id, Date.now(), db);
    expect(await changePassword(created.user.id, 'wrong', 'another-long-pass', db)).toMatchObject({ ok: false, field: 'currentPassword' });
    expect(await changePassword(created.user.id, 'correct-horse-9', 'another-long-pass', db)).toEqual({ ok: true });
    expect(await validateSessionToken(session.token, Date.now(), db)).toBeNull();
    expect((await signIn('ada@example.nl', 'another-long-pass', '1.1.1.1', db)).ok).toBe(true);
  });
});

describe('per-IP throttling', () => {
  test('counts failed sign-ins from one address, not successful ones', async () => {
    await signUp(newUser, db);
    for (let i = 0; i < 30; i++) {
      expect((await signIn('ada@example.nl', 'correct-horse-9', '192.0.2.1', db)).ok).toBe(true);
    }
    for (let i = 0; i < SIGN_IN_MAX_PER_IP; i++) await signIn(`someone-${i}@example.nl`, 'wrong', '192.0.2.1', db);
    expect(await signIn('ada@example.nl', 'correct-horse-9', '192.0.2.1', db)).toMatchObject({ ok: false, reason: 'throttled' });
    expect((await signIn('ada@example.nl', 'correct-horse-9', '192.0.2.2', db)).ok).toBe(true);
  });
});
