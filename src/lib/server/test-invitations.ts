/**
 * Growth Test invitations: a consultant makes one (how long it lasts, how
 * many tests it may start), lists and revokes them; the start page opens
 * one (who invited, where the test goes) and counts a use when a test starts.
 */
import { and, desc, eq, gt, isNull, lt, or, sql } from 'drizzle-orm';
import { z } from 'zod';
import { companies, invites } from '../../../db/schema.ts';
import {
  GROWTH_INVITE_DAYS_DEFAULT,
  GROWTH_INVITE_DAYS_MAX,
  GROWTH_INVITE_DAYS_MIN,
  GROWTH_INVITE_USES_DEFAULT,
  GROWTH_INVITE_USES_MAX,
  GROWTH_INVITE_USES_MIN,
  INVITE_REMINDER_DAYS_DEFAULT,
  INVITE_REMINDER_DAYS_MAX,
} from '../limits.ts';
import { getDb, type Database } from './db.ts';
import { findResponseByToken, type Attribution } from './queries/responses.ts';
import { inviteStatement, inviteUrl, openInvite, type InviteRow } from './invites.ts';
import { createCompany, findCompany, findOrganisation } from './queries/organisations.ts';
import { can, type Actor } from './auth/access.ts';
import { fields } from '../forms/parse-form.ts';
import { invitationMailStatements, markInvitationStarted } from './invitation-mails.ts';
import { wakeOutbox } from './outbox/worker.ts';
import { MailAddressSchema } from './mail/message.ts';
import type { Locale } from '../surveys/schema.ts';

const DAY_MS = 24 * 60 * 60 * 1000;

export interface GrowthTestInvite {
  inviteId: string;
  organisationName: string;
  attribution: Attribution;
}

export async function openGrowthTestInvite(token: string, now = Date.now(), db: Database = getDb()): Promise<GrowthTestInvite | null> {
  const invite = await openInvite(token, now, db);
  if (!invite || invite.kind !== 'growth-test' || !invite.organisationId) return null;
  const organisation = await findOrganisation(invite.organisationId, db);
  if (!organisation) return null;
  return {
    inviteId: invite.id,
    organisationName: organisation.name,
    attribution: { organisationId: invite.organisationId, companyId: invite.companyId, invitedBy: invite.createdBy },
  };
}

/**
 * The invitation a start posts, with one use counted for the test it
 * starts; null when it no longer opens (expired, revoked, used up, its
 * consultant gone), and the test then starts unattributed. A repeated post
 * of the same start (a double click, a retry) finds its test already there
 * and counts nothing. The count is one conditional UPDATE, so parallel
 * starts cannot take more uses than the limit.
 */
export async function useGrowthTestInvite(inviteToken: string, responseToken: string, now = Date.now(), db: Database = getDb()): Promise<GrowthTestInvite | null> {
  const opened = await openGrowthTestInvite(inviteToken, now, db);
  if (!opened) return null;
  if (await findResponseByToken(responseToken, db)) return opened;
  const counted = await db
    .update(invites)
    .set({ uses: sql`${invites.uses} + 1` })
    .where(
      and(
        eq(invites.id, opened.inviteId),
        isNull(invites.revokedAt),
        gt(invites.expiresAt, new Date(now)),
        or(isNull(invites.maxUses), lt(invites.uses, invites.maxUses)),
      ),
    )
    .returning({ id: invites.id });
  if (counted.length !== 1) return null;
  await markInvitationStarted(opened.inviteId, responseToken, new Date(now), db);
  return opened;
}

/** An empty field takes the default; anything else must be a whole number within the bounds of limits.ts. */
const wholeNumber = (min: number, max: number, fallback: number) =>
  z.preprocess((value) => (value === '' || value === undefined ? fallback : value), z.coerce.number().int().min(min).max(max));

export const InviteTermsSchema = z.object({
  days: wholeNumber(GROWTH_INVITE_DAYS_MIN, GROWTH_INVITE_DAYS_MAX, GROWTH_INVITE_DAYS_DEFAULT),
  maxUses: wholeNumber(GROWTH_INVITE_USES_MIN, GROWTH_INVITE_USES_MAX, GROWTH_INVITE_USES_DEFAULT),
});

export type InviteStatus = 'active' | 'expired' | 'used_up' | 'revoked' | 'ended';

/** What the dashboard says about a link. Revoked wins over expired: it says what the coach did. */
export function inviteStatus(row: Pick<InviteRow, 'revokedAt' | 'createdBy' | 'maxUses' | 'uses' | 'expiresAt'>, now = Date.now()): InviteStatus {
  if (row.revokedAt) return 'revoked';
  if (row.createdBy === null) return 'ended';
  if (row.maxUses !== null && row.uses >= row.maxUses) return 'used_up';
  if (row.expiresAt.getTime() <= now) return 'expired';
  return 'active';
}

export interface InviteListItem {
  id: string;
  companyName: string | null;
  createdAt: Date;
  expiresAt: Date;
  uses: number;
  maxUses: number | null;
  status: InviteStatus;
}

/** How many of the organisation's latest links the dashboard lists. */
const LISTED_INVITES = 50;

/** The organisation's latest Growth Test links, newest first, with their status. */
export async function listGrowthTestInvites(actor: Actor, now = Date.now(), db: Database = getDb()): Promise<InviteListItem[]> {
  if (!actor?.organisationId || !can(actor, { action: 'invite-to-organisation', organisationId: actor.organisationId })) return [];
  const rows = await db
    .select({
      id: invites.id,
      companyName: companies.name,
      createdAt: invites.createdAt,
      expiresAt: invites.expiresAt,
      uses: invites.uses,
      maxUses: invites.maxUses,
      revokedAt: invites.revokedAt,
      createdBy: invites.createdBy,
    })
    .from(invites)
    .leftJoin(companies, eq(companies.id, invites.companyId))
    .where(and(eq(invites.kind, 'growth-test'), eq(invites.organisationId, actor.organisationId)))
    .orderBy(desc(invites.createdAt))
    .limit(LISTED_INVITES);
  return rows.map(({ revokedAt, createdBy, ...row }) => ({ ...row, status: inviteStatus({ ...row, revokedAt, createdBy }, now) }));
}

/** Revokes one of the organisation's Growth Test links; false when it is not theirs or was revoked already. */
export async function revokeGrowthTestInvite(actor: Actor, inviteId: string, now = new Date(), db: Database = getDb()): Promise<boolean> {
  if (!actor?.organisationId || !can(actor, { action: 'invite-to-organisation', organisationId: actor.organisationId })) return false;
  const revoked = await db
    .update(invites)
    .set({ revokedAt: now })
    .where(and(eq(invites.id, inviteId), eq(invites.kind, 'growth-test'), eq(invites.organisationId, actor.organisationId), isNull(invites.revokedAt)))
    .returning({ id: invites.id });
  return revoked.length === 1;
}

export type InviteClientResult =
  | { ok: true; url: string; mailedTo: string | null }
  | { ok: false; code: 'choose_one' | 'not_found' | 'forbidden' | 'invalid_email' | 'invalid_days' | 'invalid_uses' | 'invalid_reminder' };

export interface InviteClientInput {
  companyId: string;
  newClientName: string;
  email: string;
  days?: string;
  maxUses?: string;
  /** Days after sending for the one reminder; empty takes the default, 0 none. Only with an address. */
  reminderDays?: string;
  /** The mail's language (the recipient's); the page's when not given. */
  mailLocale?: string;
}

export const ReminderDaysSchema = wholeNumber(0, INVITE_REMINDER_DAYS_MAX, INVITE_REMINDER_DAYS_DEFAULT);

/**
 * A consultant invites a client, existing or created on the fly, to the
 * Growth Test. The link is returned to copy; with an address, the
 * invitation mail and its reminder are enqueued in the same batch as the
 * invite (the outbox sends them; the request never waits for a mail
 * server). The address is checked before anything is stored.
 */
export async function inviteClient(
  actor: (Actor & { name?: string }) | null,
  input: InviteClientInput,
  origin: string,
  locale: Locale,
  db: Database = getDb(),
): Promise<InviteClientResult> {
  if (!actor?.organisationId || !can(actor, { action: 'invite-to-organisation', organisationId: actor.organisationId })) {
    return { ok: false, code: 'forbidden' };
  }
  // An address the forms take and a mail can go to (no <>",; that mean something in a header).
  const email = input.email ? fields.email.pipe(MailAddressSchema).safeParse(input.email) : null;
  if (email && !email.success) return { ok: false, code: 'invalid_email' };
  const terms = InviteTermsSchema.safeParse({ days: input.days ?? '', maxUses: input.maxUses ?? '' });
  if (!terms.success) return { ok: false, code: terms.error.issues[0].path[0] === 'days' ? 'invalid_days' : 'invalid_uses' };
  const reminder = ReminderDaysSchema.safeParse(input.reminderDays ?? '');
  if (!reminder.success) return { ok: false, code: 'invalid_reminder' };
  const mailLocale: Locale = input.mailLocale === 'en' || input.mailLocale === 'nl' ? input.mailLocale : locale;
  let company: { id: string; name: string };
  if (input.companyId) {
    const found = await findCompany(input.companyId, db);
    if (!found || !can(actor, { action: 'manage-company', company: found })) return { ok: false, code: 'not_found' };
    company = found;
  } else if (input.newClientName) {
    company = await createCompany({ organisationId: actor.organisationId, name: input.newClientName }, db);
  } else {
    return { ok: false, code: 'choose_one' };
  }
  const now = new Date();
  const invite = inviteStatement(
    { kind: 'growth-test', organisationId: actor.organisationId, companyId: company.id, createdBy: actor.id, ttlMs: terms.data.days * DAY_MS, maxUses: terms.data.maxUses },
    now.getTime(),
    db,
  );
  if (!email) {
    await invite.statement;
    return { ok: true, url: inviteUrl(origin, locale, invite.token), mailedTo: null };
  }
  const organisation = await findOrganisation(actor.organisationId, db);
  const mailed = invitationMailStatements(
    db,
    {
      inviteId: invite.id,
      token: invite.token,
      expiresAt: invite.expiresAt,
      email: email.data,
      locale: mailLocale,
      reminderDays: reminder.data,
      organisation: organisation?.name ?? '',
      coach: actor.name ?? '',
      company: company.name,
      origin,
    },
    now,
  );
  await db.batch([invite.statement, ...mailed]);
  wakeOutbox();
  return { ok: true, url: inviteUrl(origin, locale, invite.token), mailedTo: email.data };
}
