/**
 * Sessions after Lucia's session guide: the cookie holds `<id>.<secret>`,
 * the database only a SHA-256 of the secret, compared in constant time
 * (src/lib/server/tokens.ts). Sliding expiry: a session used within its
 * lifetime is extended, at most once per SESSION_RENEW_BEFORE_MS.
 */
import type { AstroCookies } from 'astro';
import { eq, lte } from 'drizzle-orm';
import { sessions, users } from '../../../../db/schema.ts';
import { SESSION_RENEW_BEFORE_MS, SESSION_TTL_MS } from '../../limits.ts';
import { getDb, type Database } from '../db.ts';
import { servedOverHttps } from '../origin.ts';
import { issueToken, parseToken, secretMatches } from '../tokens.ts';

export const SESSION_COOKIE = 'koers_session';

export type SessionUser = Pick<typeof users.$inferSelect, 'id' | 'email' | 'name' | 'role' | 'organisationId' | 'companyId' | 'locale'>;
export interface ValidSession {
  id: string;
  expiresAt: Date;
  user: SessionUser;
}

export async function createSession(userId: string, now = Date.now(), db: Database = getDb()): Promise<{ token: string; expiresAt: Date }> {
  const { id, token, secretHash } = issueToken();
  const expiresAt = new Date(now + SESSION_TTL_MS);
  await db.insert(sessions).values({ id, secretHash: Buffer.from(secretHash), userId, expiresAt });
  return { token, expiresAt };
}

/** The session a cookie token opens, extended when it is past half its life; null when invalid or expired. */
export async function validateSessionToken(token: string, now = Date.now(), db: Database = getDb()): Promise<ValidSession | null> {
  const parts = parseToken(token);
  if (!parts) return null;
  const [row] = await db
    .select({
      id: sessions.id,
      secretHash: sessions.secretHash,
      expiresAt: sessions.expiresAt,
      user: {
        id: users.id,
        email: users.email,
        name: users.name,
        role: users.role,
        organisationId: users.organisationId,
        companyId: users.companyId,
        locale: users.locale,
      },
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(eq(sessions.id, parts.id));
  if (!row || !secretMatches(parts.secret, row.secretHash)) return null;
  if (row.expiresAt.getTime() <= now) {
    await db.delete(sessions).where(eq(sessions.id, row.id));
    return null;
  }
  let expiresAt = row.expiresAt;
  if (expiresAt.getTime() - now < SESSION_RENEW_BEFORE_MS) {
    expiresAt = new Date(now + SESSION_TTL_MS);
    await db.update(sessions).set({ expiresAt }).where(eq(sessions.id, row.id));
  }
  return { id: row.id, expiresAt, user: row.user };
}

export async function invalidateSession(sessionId: string, db: Database = getDb()): Promise<void> {
  await db.delete(sessions).where(eq(sessions.id, sessionId));
}

/** Signs a user out everywhere: on "sign out everywhere", a password change and account deletion. */
export async function invalidateUserSessions(userId: string, db: Database = getDb()): Promise<void> {
  await db.delete(sessions).where(eq(sessions.userId, userId));
}

/** Removes sessions past their expiry (`npm run retention`); returns how many. Validation refuses them anyway, this removes the rows. */
export async function deleteExpiredSessions(now = new Date(), db: Database = getDb()): Promise<number> {
  const removed = await db.delete(sessions).where(lte(sessions.expiresAt, now)).returning({ id: sessions.id });
  return removed.length;
}

/** `Secure` when the site is served over HTTPS (PUBLIC_ORIGIN's protocol; the request's when unset), also behind a TLS proxy. */
export function setSessionCookie(cookies: AstroCookies, token: string, expiresAt: Date, requestUrl: URL): void {
  cookies.set(SESSION_COOKIE, token, { httpOnly: true, sameSite: 'lax', secure: servedOverHttps(requestUrl), path: '/', expires: expiresAt });
}

export function deleteSessionCookie(cookies: AstroCookies, requestUrl: URL): void {
  cookies.set(SESSION_COOKIE, '', { httpOnly: true, sameSite: 'lax', secure: servedOverHttps(requestUrl), path: '/', maxAge: 0 });
}
