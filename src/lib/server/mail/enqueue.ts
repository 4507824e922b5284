/**
 * Puts a mail in the outbox: the request that causes it writes the row (in
 * its own batch, beside the change) and returns; the 'mail' handler
 * (deliver.ts) renders and sends it.
 */
import type { Database } from '../db.ts';
import { enqueueStatement } from '../outbox/outbox.ts';
import { MailSchema, type MailInput } from './message.ts';

export interface MailOptions {
  /** One mail per key, ever: a retried request enqueues nothing twice. */
  dedupeKey: string;
  notBefore?: Date;
  subjectId?: string;
}

/**
 * The outbox insert of one mail, unexecuted, for the caller's batch. Parses
 * the mail first: a bad address or a line break in a name throws here,
 * in the request, never later in the worker.
 */
export function mailStatement(db: Database, mail: MailInput, options: MailOptions, now = new Date()) {
  const parsed = MailSchema.parse(mail);
  return enqueueStatement(db, { kind: 'mail', payload: parsed, dedupeKey: `mail:${options.dedupeKey}`, notBefore: options.notBefore, subjectId: options.subjectId }, now);
}
