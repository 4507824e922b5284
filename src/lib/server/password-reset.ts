/**
 * "Forgot password", self-service: a reset link by mail to the account's
 * address. The answer is the same for known and unknown addresses (no
 * account enumeration), both throttles count either way, and the link is a
 * single-use invite of its own kind (only its hash stored) that lasts
 * SELF_RESET_TTL_MS. Using it ends every session of the account
 * (invites.ts, acceptPasswordReset).
 */
import { eq } from 'drizzle-orm';
import { users } from '../../../db/schema.ts';
import { FORGOT_PASSWORD_MIN_ANSWER_MS, SELF_RESET_TTL_MS } from '../limits.ts';
import { getDb, type Database } from './db.ts';
import { answerNoSoonerThan } from './even-timing.ts';
import { inviteStatement, inviteUrl } from './invites.ts';
import { mailStatement } from './mail/enqueue.ts';
import { MailAddressSchema } from './mail/message.ts';
import { wakeOutbox } from './outbox/worker.ts';
import { throttle, type Throttle } from './throttle/throttle.ts';

export type ResetRequestOutcome = { kind: 'answered' } | { kind: 'throttled'; throttle: Throttle };

export async function requestPasswordReset(
  email: string,
  clientAddress: string,
  origin: string,
  now = new Date(),
  db: Database = getDb(),
): Promise<ResetRequestOutcome> {
  for (const [name, key] of [['forgotPasswordAddress', clientAddress], ['forgotPasswordEmail', email]] as const) {
    const counted = await throttle(name, key);
    if (!counted.allowed) return { kind: 'throttled', throttle: counted };
  }
  // Known and unknown addresses answer after the same floor: the speed tells nothing either.
  const mailed = await answerNoSoonerThan(FORGOT_PASSWORD_MIN_ANSWER_MS, () => mailResetLink(email, origin, now, db));
  // Woken after the floor: sending inside it would slow only the answers for known addresses.
  if (mailed) wakeOutbox();
  return { kind: 'answered' };
}

/** Writes a reset invite and its mail in one batch when the address has an account that mail can reach; whether it did. */
async function mailResetLink(email: string, origin: string, now: Date, db: Database): Promise<boolean> {
  const user = await db.query.users.findFirst({ where: eq(users.email, email) });
  // An account whose address no mail can go to (stored before addresses were checked for that) gets none: same answer.
  if (!user || !MailAddressSchema.safeParse(user.email).success) return false;
  const invite = inviteStatement({ kind: 'password-reset', userId: user.id, createdBy: null, ttlMs: SELF_RESET_TTL_MS }, now.getTime(), db);
  await db.batch([
    invite.statement,
    mailStatement(
      db,
      { kind: 'password-reset', to: user.email, toName: user.name, locale: user.locale, data: { url: inviteUrl(origin, user.locale, invite.token), expiresAt: invite.expiresAt.toISOString() } },
      { dedupeKey: `password-reset:${invite.id}`, subjectId: user.id },
      now,
    ),
  ]);
  return true;
}
