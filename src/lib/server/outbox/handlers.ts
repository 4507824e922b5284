/**
 * Which handler delivers which kind of outbox event. Each kind's module
 * owns its payload shape and its delivery.
 */
import { getDb } from '../db.ts';
import { env } from '../env.ts';
import { createLeadEventHandler } from '../lead-notify.ts';
import { createMailHandler } from '../mail/deliver.ts';
import { configuredTransport } from '../mail/transport.ts';
import { deliverWebhook } from '../webhooks/deliver.ts';
import { LEAD_EVENT_KIND } from '../queries/leads.ts';
import { WEBHOOK_KIND } from '../webhooks/webhooks.ts';
import type { OutboxHandler } from './worker.ts';

export const OUTBOX_HANDLERS: Record<string, OutboxHandler> = {
  [WEBHOOK_KIND]: (event) => deliverWebhook(event, { db: getDb(), allowPrivate: env().WEBHOOKS_ALLOW_PRIVATE }),
  [LEAD_EVENT_KIND]: createLeadEventHandler({ db: getDb }),
  mail: createMailHandler({ db: getDb, transport: () => configuredTransport(env()), from: () => env().MAIL_FROM }),
};
