/**
 * Invitation links: a consultant invites a client to the Growth Test, an
 * administrator invites a consultant or hands out a password reset. The
 * link carries an `<id>.<secret>` token; only the hash is stored.
 */
import { and, eq, gt, isNull } from 'drizzle-orm';
import { invites, users } from '../../../db/schema.ts';
import { INVITE_TTL_MS, RESET_TTL_MS } from '../limits.ts';
import type { Locale } from '../surveys/schema.ts';
import { localePath } from '../paths.ts';
import { getDb, type Database } from './db.ts';
import { issueToken, parseToken, secretMatches } from './tokens.ts';
import { createUser, isUniqueViolation, type UserRow } from './auth/accounts.ts';
import { hashPassword, passwordProblem } from './auth/password.ts';
import { invalidateUserSessions } from './auth/session.ts';

export type InviteRow = typeof invites.$inferSelect;
export type InviteKind = InviteRow['kind'];

export interface NewInvite {
  kind: InviteKind;
  organisationId?: string | null;
  companyId?: string | null;
  userId?: string | null;
  createdBy: string | null;
  /** How long the link lasts; the kind's default (limits.ts) when not given. */
  ttlMs?: number;
  /** Growth Test invitations: how many tests the link may start. */
  maxUses?: number | null;
}

/** The insert of a new invite, unexecuted (for a batch with its mail), its token and when it expires. */
export function inviteStatement(values: NewInvite, now = Date.now(), db: Database = getDb()) {
  const { id, token, secretHash } = issueToken();
  const { ttlMs, ...row } = values;
  const ttl = ttlMs ?? (values.kind === 'password-reset' ? RESET_TTL_MS : INVITE_TTL_MS);
  const expiresAt = new Date(now + ttl);
  return { id, token, expiresAt, statement: db.insert(invites).values({ id, secretHash: Buffer.from(secretHash), ...row, expiresAt }) };
}

export async function createInvite(values: NewInvite, now = Date.now(), db: Database = getDb()): Promise<string> {
  const { token, statement } = inviteStatement(values, now, db);
  await statement;
  return token;
}

export function inviteUrl(origin: string, locale: Locale, token: string): string {
  return new URL(localePath(locale, `/uitnodiging/${token}`), origin).href;
}

/**
 * Whether a Growth Test invitation still opens: not revoked, not used up,
 * and its consultant's account still exists (deleting the account ends
 * every link they handed out; createdBy is then null). Expiry is checked
 * in the query that finds it.
 */
export function growthInviteLive(row: InviteRow): boolean {
  return !row.revokedAt && row.createdBy !== null && (row.maxUses === null || row.uses < row.maxUses);
}

/**
 * The invite a token opens, if it is still valid. Growth Test invitations
 * can be used more than once, up to their use limit, until they expire or
 * are revoked (a client may take the test again); account invitations and
 * resets only once.
 */
export async function openInvite(token: string, now = Date.now(), db: Database = getDb()): Promise<InviteRow | null> {
  const parts = parseToken(token);
  if (!parts) return null;
  const row = await db.query.invites.findFirst({ where: and(eq(invites.id, parts.id), gt(invites.expiresAt, new Date(now))) });
  if (!row || !secretMatches(parts.secret, row.secretHash)) return null;
  if (row.kind !== 'growth-test' && row.usedAt) return null;
  if (row.kind === 'growth-test' && !growthInviteLive(row)) return null;
  return row;
}

/** Marks a single-use invite used; false if someone else used it first. */
async function useOnce(invite: InviteRow, db: Database): Promise<boolean> {
  const result = await db
    .update(invites)
    .set({ usedAt: new Date() })
    .where(and(eq(invites.id, invite.id), isNull(invites.usedAt)))
    .returning({ id: invites.id });
  return result.length === 1;
}

export async function acceptConsultantInvite(
  invite: InviteRow,
  values: { name: string; email: string; password: string; locale: Locale },
  db: Database = getDb(),
): Promise<{ ok: true; user: UserRow } | { ok: false; field: string; code: string }> {
  const problem = passwordProblem(values.password);
  if (problem) return { ok: false, field: 'password', code: problem };
  if (await db.query.users.findFirst({ where: eq(users.email, values.email) })) return { ok: false, field: 'email', code: 'taken' };
  if (!(await useOnce(invite, db))) return { ok: false, field: '_form', code: 'invalid' };
  try {
    const user = await createUser({ ...values, role: 'consultant', organisationId: invite.organisationId }, db);
    return { ok: true, user };
  } catch (error) {
    // The address was taken while the password was hashed (two invitations accepted with one address at
    // once): the usual message, and this invitation stays usable (it was a 500 that used it up).
    if (!isUniqueViolation(error)) throw error;
    await db.update(invites).set({ usedAt: null }).where(eq(invites.id, invite.id));
    return { ok: false, field: 'email', code: 'taken' };
  }
}

export async function acceptPasswordReset(invite: InviteRow, password: string, db: Database = getDb()): Promise<{ ok: true } | { ok: false; field: string; code: string }> {
  const problem = passwordProblem(password);
  if (problem) return { ok: false, field: 'password', code: problem };
  if (!invite.userId || !(await useOnce(invite, db))) return { ok: false, field: '_form', code: 'invalid' };
  await db.update(users).set({ passwordHash: await hashPassword(password) }).where(eq(users.id, invite.userId));
  await invalidateUserSessions(invite.userId, db);
  return { ok: true };
}

/** An administrator's password link for an account (shown to copy, not mailed); null when the user does not exist. Consultant invitations: consultant-invitations.ts. */
export async function createPasswordResetInvite(userId: string, createdBy: string, db: Database = getDb()): Promise<string | null> {
  const user = await db.query.users.findFirst({ where: eq(users.id, userId) });
  return user ? createInvite({ kind: 'password-reset', userId: user.id, createdBy }, Date.now(), db) : null;
}
