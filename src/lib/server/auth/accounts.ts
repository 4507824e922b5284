/**
 * Creating accounts, signing in with throttling, changing passwords. Each
 * returns expected failures as values; pages render them.
 */
import { eq } from 'drizzle-orm';
import { companies, responses, users } from '../../../../db/schema.ts';
import { SIGN_IN_MAX_PER_ACCOUNT, SIGN_IN_MAX_PER_IP, SIGN_IN_WINDOW_S } from '../../limits.ts';
import type { Locale } from '../../surveys/schema.ts';
import { getDb, type Database } from '../db.ts';
import { randomId } from '../tokens.ts';
import { findResponseByToken, segmentsOf } from '../queries/responses.ts';
import { deleteAccount } from '../queries/privacy.ts';
import { hashPassword, passwordProblem, verifyDecoy, verifyPassword } from './password.ts';
import { consumeAttempt, peekAttempts, resetAttempts } from './rate-limit.ts';
import { invalidateUserSessions } from './session.ts';

export type UserRow = typeof users.$inferSelect;
export type FieldFailure = { ok: false; field: string; code: string };

export interface SignUpInput {
  email: string;
  name: string;
  password: string;
  company: string;
  locale: Locale;
  /** A finished anonymous test to attach to the new account. */
  claimToken?: string;
}

/** An entrepreneur signs up: their own company and account, and optionally the report they just got. */
export async function signUp(input: SignUpInput, db: Database = getDb()): Promise<{ ok: true; user: UserRow } | FieldFailure> {
  const problem = passwordProblem(input.password);
  if (problem) return { ok: false, field: 'password', code: problem };
  const existing = await db.query.users.findFirst({ where: eq(users.email, input.email) });
  if (existing) return { ok: false, field: 'email', code: 'taken' };
  const passwordHash = await hashPassword(input.password);
  const companyId = randomId();
  const userId = randomId();
  try {
    await db.batch([
      db.insert(companies).values({ id: companyId, name: input.company || input.name }),
      db.insert(users).values({ id: userId, email: input.email, name: input.name, passwordHash, role: 'entrepreneur', companyId, locale: input.locale }),
    ]);
  } catch (error) {
    // Two sign-ups with one address at the same moment: the unique index decides, the other gets the usual message.
    if (isUniqueViolation(error)) return { ok: false, field: 'email', code: 'taken' };
    throw error;
  }
  const user = (await db.query.users.findFirst({ where: eq(users.id, userId) }))!;
  if (input.claimToken) await claimResponse(input.claimToken, companyId, db);
  return { ok: true, user };
}

/** Attaches an anonymous, completed test to a company; a test that already belongs to someone stays theirs. */
export async function claimResponse(token: string, companyId: string, db: Database = getDb()): Promise<boolean> {
  const response = await findResponseByToken(token, db);
  if (!response || response.status !== 'completed' || response.companyId) return false;
  await db.update(responses).set({ companyId }).where(eq(responses.id, response.id));
  // The company takes the sector and size band the test gave (its segments), as an invited test's company does.
  const segments = await segmentsOf(response.id, db);
  await db.update(companies).set({ sector: segments.sector ?? null, sizeBand: segments.size_band ?? null }).where(eq(companies.id, companyId));
  return true;
}

export type SignInResult = { ok: true; user: UserRow } | { ok: false; reason: 'invalid' } | { ok: false; reason: 'throttled'; retryAfterS: number };

/**
 * Checks e-mail and password, throttled per account and per IP. The answer
 * and its timing are the same whether or not the e-mail exists.
 */
export async function signIn(email: string, password: string, ip: string, db: Database = getDb()): Promise<SignInResult> {
  const accountKey = `sign-in:account:${email}`;
  const ipKey = `sign-in:ip:${ip}`;
  const now = Date.now();
  // Every attempt on an account counts (parallel guessing is still counted);
  // per IP only failures count, so an office behind one address is not locked
  // out by its own successful sign-ins.
  const perAccount = await consumeAttempt(accountKey, SIGN_IN_MAX_PER_ACCOUNT, SIGN_IN_WINDOW_S, now, db);
  const perIp = await peekAttempts(ipKey, SIGN_IN_MAX_PER_IP, SIGN_IN_WINDOW_S, now, db);
  if (!perAccount.allowed || !perIp.allowed) {
    return { ok: false, reason: 'throttled', retryAfterS: Math.max(perAccount.retryAfterS, perIp.retryAfterS) };
  }
  const user = await db.query.users.findFirst({ where: eq(users.email, email) });
  const valid = user ? await verifyPassword(user.passwordHash, password) : await verifyDecoy(password);
  if (!user || !valid) {
    await consumeAttempt(ipKey, SIGN_IN_MAX_PER_IP, SIGN_IN_WINDOW_S, now, db);
    return { ok: false, reason: 'invalid' };
  }
  await resetAttempts(accountKey, db);
  return { ok: true, user };
}

/** Changes a password after checking the current one; every session of the user ends. */
export async function changePassword(userId: string, current: string, next: string, db: Database = getDb()): Promise<{ ok: true } | FieldFailure> {
  const user = await db.query.users.findFirst({ where: eq(users.id, userId) });
  if (!user || !(await verifyPassword(user.passwordHash, current))) return { ok: false, field: 'currentPassword', code: 'wrong_password' };
  const problem = passwordProblem(next);
  if (problem) return { ok: false, field: 'newPassword', code: problem };
  await db.update(users).set({ passwordHash: await hashPassword(next) }).where(eq(users.id, userId));
  await invalidateUserSessions(userId, db);
  return { ok: true };
}

/** Creates a user of any role; used by invitations, the admin command and demo data. */
export async function createUser(
  values: { email: string; name: string; password: string; role: UserRow['role']; organisationId?: string | null; companyId?: string | null; locale?: Locale },
  db: Database = getDb(),
): Promise<UserRow> {
  const { password, ...rest } = values;
  const [user] = await db.insert(users).values({ id: randomId(), ...rest, passwordHash: await hashPassword(password) }).returning();
  return user;
}

export function isUniqueViolation(error: unknown): boolean {
  return /UNIQUE constraint failed/.test(String(error instanceof Error ? `${error.message} ${String(error.cause)}` : error));
}

/** Deletes the user's account and data after checking their password once more. */
export async function deleteAccountWithPassword(userId: string, password: string, db: Database = getDb()): Promise<boolean> {
  const user = await db.query.users.findFirst({ where: eq(users.id, userId) });
  if (!user || !(await verifyPassword(user.passwordHash, password))) return false;
  await deleteAccount(userId, db);
  return true;
}
