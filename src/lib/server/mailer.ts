/**
 * Outgoing mail, behind one call: `getMailer().send(mail)` puts the mail in
 * the outbox and returns; the outbox worker renders it in the recipient's
 * language and sends it through SMTP_URL (or logs kind and addressee
 * without one). See src/lib/server/mail/. Callers that change the database
 * in the same step put `mailStatement` (mail/enqueue.ts) in their batch
 * instead, so the change and its mail are stored together.
 */
import { getDb, type Database } from './db.ts';
import { mailStatement } from './mail/enqueue.ts';
import type { MailInput } from './mail/message.ts';
import { wakeOutbox } from './outbox/worker.ts';
import { randomId } from './tokens.ts';

export type { MailInput as Mail } from './mail/message.ts';

export interface Mailer {
  /** Stores the mail for sending. `dedupeKey`: the same key twice (a retried request) stores one mail. */
  send(mail: MailInput & { dedupeKey?: string; subjectId?: string }): Promise<void>;
}

export function outboxMailer(db: () => Database = getDb): Mailer {
  return {
    async send({ dedupeKey, subjectId, ...mail }) {
      await mailStatement(db(), mail, { dedupeKey: dedupeKey ?? `${mail.kind}:${randomId()}`, subjectId });
      wakeOutbox();
    },
  };
}

export function getMailer(): Mailer {
  return outboxMailer();
}
