import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { eq } from 'drizzle-orm';
import { sessions } from '../../../../db/schema.ts';
import { SESSION_RENEW_BEFORE_MS, SESSION_TTL_MS } from '../../../../src/lib/limits.ts';
import { createUser } from '../../../../src/lib/server/auth/accounts.ts';
import { createSession, invalidateSession, invalidateUserSessions, validateSessionToken } from '../../../../src/lib/server/auth/session.ts';
import { openTempDb } from '../../support/temp-db.ts';
import type { Database } from '../../../../src/lib/server/db.ts';

let db: Database;
let close: () => void;
let userId: string;
beforeEach(async () => {
  ({ db, close } = await openTempDb());
  userId = (await createUser({ email: 'a@example.nl', name: 'A', password: 'a-long-password', role: 'entrepreneur' }, db)).id;
});
afterEach(() => close());

describe('sessions', () => {
  test('only a hash of the secret is stored', async () => {
    const { token } = await createSession(userId, Date.now(), db);
    const [id, secret] = token.split('.');
    const [row] = await db.select().from(sessions).where(eq(sessions.id, id));
    expect(Buffer.from(row.secretHash).toString('utf8')).not.toContain(secret);
    expect(row.secretHash.length).toBe(32);
  });

  test('a valid token opens the session with its user; a wrong secret does not', async () => {
    const { token } = await createSession(userId, Date.now(), db);
    expect((await validateSessionToken(token, Date.now(), db))?.user.email).toBe('a@example.nl');
    const forged = `${token.split('.')[0]}.${'b'.repeat(32)}`;
    expect(await validateSessionToken(forged, Date.now(), db)).toBeNull();
  });

  test('sliding expiry: used in its second half, a session is extended; expired, it is gone', async () => {
    const t0 = 1_700_000_000_000;
    const { token, expiresAt } = await createSession(userId, t0, db);
    expect(expiresAt.getTime()).toBe(t0 + SESSION_TTL_MS);
    const early = await validateSessionToken(token, t0 + 1000, db);
    expect(early?.expiresAt.getTime()).toBe(t0 + SESSION_TTL_MS);
    const late = t0 + SESSION_TTL_MS - SESSION_RENEW_BEFORE_MS + 1000;
    expect((await validateSessionToken(token, late, db))?.expiresAt.getTime()).toBe(late + SESSION_TTL_MS);
    expect(await validateSessionToken(token, late + SESSION_TTL_MS, db)).toBeNull();
    expect(await db.$count(sessions)).toBe(0);
  });

  test('sign-out ends one session, sign-out everywhere ends all', async () => {
    const a = await createSession(userId, Date.now(), db);
    const b = await createSession(userId, Date.now(), db);
    await invalidateSession(a.token.split('.')[0], db);
    expect(await validateSessionToken(a.token, Date.now(), db)).toBeNull();
    expect(await validateSessionToken(b.token, Date.now(), db)).not.toBeNull();
    await invalidateUserSessions(userId, db);
    expect(await validateSessionToken(b.token, Date.now(), db)).toBeNull();
  });
});
