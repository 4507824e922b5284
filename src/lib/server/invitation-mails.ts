/**
 * Growth Test invitations sent by mail: the mail and its one reminder
 * (enqueued in the batch that makes the invitation), resending with a new
 * link, and the status a coach follows: sent, opened, started, completed.
 */
import { and, eq, gt, isNull, sql } from 'drizzle-orm';
import { invitationMails, invites, organisations, companies, responses, users } from '../../../db/schema.ts';
import type { Locale } from '../surveys/schema.ts';
import { getDb, type Database } from './db.ts';
import { growthInviteLive, inviteUrl } from './invites.ts';
import { mailStatement } from './mail/enqueue.ts';
import { issueToken, parseToken } from './tokens.ts';
import { wakeOutbox } from './outbox/worker.ts';
import { can, type Actor } from './auth/access.ts';

const DAY_MS = 24 * 60 * 60 * 1000;

export type InvitationState = 'none' | 'sent' | 'opened' | 'started' | 'completed';

/**
 * When the reminder is due, or null for none: `days` after the invitation
 * was sent, and only while the link still works then.
 */
export function reminderDue(sentAt: Date, days: number, expiresAt: Date): Date | null {
  if (days <= 0) return null;
  const due = new Date(sentAt.getTime() + days * DAY_MS);
  return due < expiresAt ? due : null;
}

interface InvitationMailInput {
  inviteId: string;
  token: string;
  expiresAt: Date;
  email: string;
  locale: Locale;
  reminderDays: number;
  organisation: string;
  coach: string;
  company: string;
  origin: string;
}

/** The statements that store a mailed invitation and enqueue its mail and reminder: for the batch that makes the invite. */
export function invitationMailStatements(db: Database, input: InvitationMailInput, now = new Date()) {
  const data = {
    organisation: input.organisation,
    coach: input.coach,
    company: input.company,
    url: inviteUrl(input.origin, input.locale, input.token),
    expiresAt: input.expiresAt.toISOString(),
    inviteId: input.inviteId,
  };
  const mail = { to: input.email, locale: input.locale, data };
  const due = reminderDue(now, input.reminderDays, input.expiresAt);
  return [
    db.insert(invitationMails).values({ inviteId: input.inviteId, email: input.email, locale: input.locale, reminderDays: input.reminderDays }),
    mailStatement(db, { ...mail, kind: 'client-invitation' }, { dedupeKey: `client-invitation:${input.inviteId}:1`, subjectId: input.inviteId }, now),
    // One reminder per invitation, ever: its key has no send count, so a resend cannot add a second.
    ...(due ? [mailStatement(db, { ...mail, kind: 'invitation-reminder' }, { dedupeKey: `invitation-reminder:${input.inviteId}`, notBefore: due, subjectId: input.inviteId }, now)] : []),
  ] as const;
}

/** A reminder goes only while its invitation still opens and no test was started with it. */
export async function invitationStillWaiting(inviteId: string, now: Date, db: Database = getDb()): Promise<boolean> {
  const [row] = await db
    .select({ invite: invites, startedAt: invitationMails.startedAt })
    .from(invitationMails)
    .innerJoin(invites, eq(invites.id, invitationMails.inviteId))
    .where(and(eq(invitationMails.inviteId, inviteId), gt(invites.expiresAt, now)));
  return !!row && row.startedAt === null && growthInviteLive(row.invite);
}

export async function markInvitationMailed(inviteId: string, which: 'invitation' | 'reminder', now: Date, db: Database = getDb()): Promise<void> {
  await db
    .update(invitationMails)
    .set(which === 'invitation' ? { sentAt: now } : { reminderSentAt: now })
    .where(eq(invitationMails.inviteId, inviteId));
}

/** The link was visited: kept the first time only. */
export async function markInvitationOpened(inviteId: string, now = new Date(), db: Database = getDb()): Promise<void> {
  await db.update(invitationMails).set({ openedAt: now }).where(and(eq(invitationMails.inviteId, inviteId), isNull(invitationMails.openedAt)));
}

/** A test started with the invitation: the first one is the one the status follows. */
export async function markInvitationStarted(inviteId: string, responseToken: string, now = new Date(), db: Database = getDb()): Promise<void> {
  const responseId = parseToken(responseToken)?.id;
  if (!responseId) return;
  await db
    .update(invitationMails)
    .set({ startedAt: now, responseId, openedAt: sql`coalesce(${invitationMails.openedAt}, ${now.getTime()})` })
    .where(and(eq(invitationMails.inviteId, inviteId), isNull(invitationMails.startedAt)));
}

export interface InvitationTracking {
  email: string;
  state: InvitationState;
  reminderDays: number;
  reminderSentAt: Date | null;
}

/** The tracking of the given invites, by invite id. */
export async function trackInvitations(inviteIds: string[], db: Database = getDb()): Promise<Map<string, InvitationTracking>> {
  if (inviteIds.length === 0) return new Map();
  const rows = await db
    .select({ row: invitationMails, responseStatus: responses.status })
    .from(invitationMails)
    .leftJoin(responses, eq(responses.id, invitationMails.responseId))
    .where(sql`${invitationMails.inviteId} in ${inviteIds}`);
  return new Map(
    rows.map(({ row, responseStatus }) => {
      const state: InvitationState =
        responseStatus === 'completed' ? 'completed' : row.startedAt ? 'started' : row.openedAt ? 'opened' : row.sentAt ? 'sent' : 'none';
      return [row.inviteId, { email: row.email, state, reminderDays: row.reminderDays, reminderSentAt: row.reminderSentAt }];
    }),
  );
}

/**
 * Sends a mailed invitation again, with a new link: the secret is replaced,
 * so the link in the earlier mail stops working (a mail that went astray
 * cannot be used by whoever holds it). False when the invitation is not the
 * actor's organisation's, was never mailed, or no longer opens.
 */
export async function resendInvitation(actor: Actor, inviteId: string, origin: string, now = new Date(), db: Database = getDb()): Promise<boolean> {
  if (!actor?.organisationId || !can(actor, { action: 'invite-to-organisation', organisationId: actor.organisationId })) return false;
  const [found] = await db
    .select({ invite: invites, mail: invitationMails, organisation: organisations.name, company: companies.name, coach: users.name })
    .from(invites)
    .innerJoin(invitationMails, eq(invitationMails.inviteId, invites.id))
    .innerJoin(organisations, eq(organisations.id, invites.organisationId))
    .leftJoin(companies, eq(companies.id, invites.companyId))
    .leftJoin(users, eq(users.id, invites.createdBy))
    .where(and(eq(invites.id, inviteId), eq(invites.kind, 'growth-test'), eq(invites.organisationId, actor.organisationId), gt(invites.expiresAt, now)));
  if (!found || !growthInviteLive(found.invite)) return false;
  // A fresh secret under the same id: the invitation keeps its uses, status and reminder.
  const secret = issueToken();
  const token = `${inviteId}.${secret.token.slice(secret.id.length + 1)}`;
  const sends = found.mail.sends + 1;
  const data = {
    organisation: found.organisation,
    coach: found.coach ?? '',
    company: found.company ?? '',
    url: inviteUrl(origin, found.mail.locale, token),
    expiresAt: found.invite.expiresAt.toISOString(),
    inviteId,
  };
  await db.batch([
    db.update(invites).set({ secretHash: Buffer.from(secret.secretHash) }).where(eq(invites.id, inviteId)),
    db.update(invitationMails).set({ sends }).where(eq(invitationMails.inviteId, inviteId)),
    mailStatement(db, { to: found.mail.email, locale: found.mail.locale, kind: 'client-invitation', data }, { dedupeKey: `client-invitation:${inviteId}:${sends}`, subjectId: inviteId }, now),
  ]);
  wakeOutbox();
  return true;
}
