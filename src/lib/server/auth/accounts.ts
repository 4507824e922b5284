/**
 * Creating accounts, signing in with throttling, changing passwords. Each
 * returns expected failures as values; pages render them.
 */
import { eq } from 'drizzle-orm';
import { companies, responses, users } from '../../../../db/schema.ts';
import type { Locale } from '../../surveys/schema.ts';
import { getDb, type Database } from '../db.ts';
import { randomId } from '../tokens.ts';
import { findResponseByToken, segmentsOf } from '../queries/responses.ts';
import { deleteAccount } from '../queries/privacy.ts';
import { hashPassword, passwordProblem, verifyDecoy, verifyPassword } from './password.ts';
import { throttler as defaultThrottler, type Throttle, type Throttler } from '../throttle/throttle.ts';
import { invalidateUserSessions } from './session.ts';
import { isTrustedDevice, issueDeviceToken } from './trusted-device.ts';

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

/**
 * An entrepreneur signs up: their own company and account, and optionally
 * the report they just got. Until addresses are verified by mail, the
 * answer is the same whether or not the address already has an account
 * (docs/security.md): an existing account is left exactly as it was, and
 * the password is hashed either way so the timing does not tell either.
 */
export async function signUp(input: SignUpInput, db: Database = getDb()): Promise<{ ok: true } | FieldFailure> {
  const problem = passwordProblem(input.password);
  if (problem) return { ok: false, field: 'password', code: problem };
  const existing = await db.query.users.findFirst({ where: eq(users.email, input.email), columns: { id: true } });
  const passwordHash = await hashPassword(input.password);
  if (existing) return { ok: true };
  const companyId = randomId();
  const userId = randomId();
  try {
    await db.batch([
      db.insert(companies).values({ id: companyId, name: input.company || input.name }),
      db.insert(users).values({ id: userId, email: input.email, name: input.name, passwordHash, role: 'entrepreneur', companyId, locale: input.locale }),
    ]);
  } catch (error) {
    // Two sign-ups with one address at the same moment: the unique index decides, the other gets the same answer.
    if (isUniqueViolation(error)) return { ok: true };
    throw error;
  }
  if (input.claimToken) await claimResponse(input.claimToken, companyId, db);
  return { ok: true };
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

export type SignInResult =
  | { ok: true; user: UserRow; /** A fresh trusted-device token for this browser. */ device: string }
  | { ok: false; reason: 'invalid' }
  | { ok: false; reason: 'throttled'; retryAfterS: number };

export interface SignInAttempt {
  email: string;
  password: string;
  /** The client's address, as `clientIp` reads it. */
  ip: string;
  /** The trusted-device cookie, if the browser sent one. */
  device?: string;
}

export interface SignInContext {
  db?: Database;
  nowMs?: number;
  throttler?: Throttler;
}

/**
 * Checks e-mail and password under three throttles (docs/security.md), each
 * consumed atomically before the password is checked, so parallel guesses
 * are counted too: per address (spraying), per account and address, and a
 * per-account brake for browsers that never signed in to the account (one
 * account guessed from many addresses). Someone else's failures never touch
 * the owner's own address nor a browser the owner signed in from. The answer
 * and its timing are the same whether or not the e-mail exists.
 */
export async function signIn(attempt: SignInAttempt, context: SignInContext = {}): Promise<SignInResult> {
  const { db = getDb(), nowMs = Date.now(), throttler = defaultThrottler } = context;
  const { email, ip } = attempt;
  const refused = (t: Throttle): SignInResult => ({ ok: false, reason: 'throttled', retryAfterS: t.retryAfterS });

  const perAddress = await throttler.consume('signInAddress', [ip], nowMs);
  if (!perAddress.allowed) return refused(perAddress);
  const perPair = await throttler.consume('signInAccountAddress', [email, ip], nowMs);
  if (!perPair.allowed) return refused(perPair);
  const trusted = await isTrustedDevice(attempt.device, email, nowMs, db);
  if (!trusted) {
    const perAccount = await throttler.consume('signInAccount', [email], nowMs);
    if (!perAccount.allowed) return refused(perAccount);
  }

  const user = await db.query.users.findFirst({ where: eq(users.email, email) });
  const valid = user ? await verifyPassword(user.passwordHash, attempt.password) : await verifyDecoy(attempt.password);
  if (!user || !valid) return { ok: false, reason: 'invalid' };

  // Only failures count: an office behind one address is not slowed by its own sign-ins.
  await throttler.refund('signInAddress', [ip], nowMs);
  await throttler.clear('signInAccountAddress', [email, ip], nowMs);
  if (!trusted) await throttler.refund('signInAccount', [email], nowMs);
  return { ok: true, user, device: await issueDeviceToken(email, nowMs, db) };
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
