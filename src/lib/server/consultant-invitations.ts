/**
 * An administrator invites a growth coach to an organisation: a single-use
 * account link (an invite of kind 'consultant', only its hash stored), shown
 * to the administrator to copy, and, when they give an address, mailed in
 * the language they choose. The invite and its mail go in one batch, so a
 * crash leaves either both or neither; the outbox sends the mail once.
 */
import { eq } from 'drizzle-orm';
import { organisations } from '../../../db/schema.ts';
import { fields } from '../forms/parse-form.ts';
import type { Locale } from '../surveys/schema.ts';
import { getDb, type Database } from './db.ts';
import { inviteStatement, inviteUrl } from './invites.ts';
import { mailStatement } from './mail/enqueue.ts';
import { MailAddressSchema } from './mail/message.ts';
import { wakeOutbox } from './outbox/worker.ts';

export interface ConsultantInvitationInput {
  organisationId: string;
  /** Empty: no mail, the link only. */
  email: string;
  /** The language of the mail and of the page its link opens. */
  mailLocale: Locale;
}

export type ConsultantInvitationResult =
  | { ok: true; url: string; mailedTo: string | null }
  | { ok: false; code: 'invalid_email' | 'unknown_organisation' };

const InvitedAddressSchema = fields.email.pipe(MailAddressSchema);

export async function inviteConsultant(
  input: ConsultantInvitationInput,
  createdBy: string,
  origin: string,
  now = new Date(),
  db: Database = getDb(),
): Promise<ConsultantInvitationResult> {
  const email = input.email ? InvitedAddressSchema.safeParse(input.email) : null;
  if (email && !email.success) return { ok: false, code: 'invalid_email' };
  const organisation = await db.query.organisations.findFirst({ where: eq(organisations.id, input.organisationId) });
  if (!organisation) return { ok: false, code: 'unknown_organisation' };

  const invite = inviteStatement({ kind: 'consultant', organisationId: organisation.id, createdBy }, now.getTime(), db);
  const url = inviteUrl(origin, input.mailLocale, invite.token);
  if (!email) {
    await invite.statement;
    return { ok: true, url, mailedTo: null };
  }
  await db.batch([
    invite.statement,
    mailStatement(
      db,
      { kind: 'consultant-invitation', to: email.data, locale: input.mailLocale, data: { organisation: organisation.name, url, expiresAt: invite.expiresAt.toISOString() } },
      { dedupeKey: `consultant-invitation:${invite.id}`, subjectId: invite.id },
      now,
    ),
  ]);
  wakeOutbox();
  return { ok: true, url, mailedTo: email.data };
}
