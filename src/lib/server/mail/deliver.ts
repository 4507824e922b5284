/**
 * The outbox's 'mail' handler: renders the stored mail in its recipient's
 * language and hands it to the transport. Each mail carries a Message-ID
 * made from its event, recorded in the event once sent; a retry of an
 * event whose record was written sends nothing. One window stays: a process
 * killed after the mail server's "accepted" and before that record sends the
 * mail again after the restart, with the same Message-ID, which mail
 * clients show as one message. SMTP offers no way to ask whether a message
 * arrived, so at-least-once with a stable id is as close as it gets.
 */
import { eq } from 'drizzle-orm';
import { outbox } from '../../../../db/schema.ts';
import type { Database } from '../db.ts';
import type { OutboxEvent } from '../outbox/outbox.ts';
import type { OutboxHandler } from '../outbox/worker.ts';
import { MailSchema, type Mail } from './message.ts';
import { renderMail } from './render.ts';
import { parseFrom, type MailTransport } from './transport.ts';
import { invitationStillWaiting, markInvitationMailed } from '../invitation-mails.ts';

export interface MailHandlerOptions {
  db: () => Database;
  transport: () => MailTransport;
  from: () => string;
}

/**
 * A respondent's own address ("mail me this link") is used for that one mail
 * only: it stays in the outbox until sent, never after (src/lib/server/mail-link.ts).
 */
const FORGET_ADDRESS_ONCE_SENT: ReadonlySet<Mail['kind']> = new Set(['resume-link', 'report-link']);

/** What stays of a sent mail in the outbox: who, what and when, never its link (a bearer token). */
function sentRecord(mail: Mail, messageId: string, skipped: boolean) {
  const to = FORGET_ADDRESS_ONCE_SENT.has(mail.kind) ? {} : { to: mail.to };
  return { kind: mail.kind, ...to, locale: mail.locale, sentMessageId: messageId, ...(skipped ? { skipped: true } : {}) };
}

export function messageIdOf(event: Pick<OutboxEvent, 'id'>, from: string): string {
  const domain = parseFrom(from).address.split('@')[1] ?? 'koers.invalid';
  return `<${event.id}@${domain}>`;
}

export function createMailHandler({ db, transport, from }: MailHandlerOptions): OutboxHandler {
  return async (event) => {
    if (typeof event.payload.sentMessageId === 'string') return { ok: true };
    const parsed = MailSchema.safeParse(event.payload);
    // Kept short and free of the payload: an attempt's error is shown to people.
    if (!parsed.success) return { ok: false, error: 'mail payload does not parse' };
    const mail = parsed.data;
    const messageId = messageIdOf(event, from());
    // A reminder goes only while its invitation is still waiting for a start (never to someone who began).
    const skip = mail.kind === 'invitation-reminder' && !(await invitationStillWaiting(mail.data.inviteId, new Date(), db()));
    if (!skip) await transport().send(mail, renderMail(mail), messageId);
    await db().update(outbox).set({ payload: sentRecord(mail, messageId, skip) }).where(eq(outbox.id, event.id));
    if (!skip && (mail.kind === 'client-invitation' || mail.kind === 'invitation-reminder')) {
      await markInvitationMailed(mail.data.inviteId, mail.kind === 'invitation-reminder' ? 'reminder' : 'invitation', new Date(), db());
    }
    return { ok: true };
  };
}
