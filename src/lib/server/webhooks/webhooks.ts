/**
 * A survey's webhook: its URL and secret, and the events written for it.
 * The completion event is one INSERT ... SELECT that the completion batch
 * runs (responses.ts): it finds the survey's webhook by primary key and
 * inserts nothing when there is none, so a survey without a webhook pays
 * one indexed lookup and no extra round trip.
 *
 * The secret: Standard Webhooks signing needs it in clear, so it is stored
 * as made. It leaves this module only as the return value of the function
 * that made it (shown to the owner once) and to the signer; it is never
 * rendered again, logged, or copied into an event.
 */
import { randomBytes } from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import { outbox, surveyWebhooks } from '../../../../db/schema.ts';
import { WEBHOOK_LOG_EVENTS, WEBHOOK_SECRET_BYTES } from '../../limits.ts';
import type { Database } from '../db.ts';
import { enqueue, eventsOf, type OutboxAttempt, type OutboxEvent } from '../outbox/outbox.ts';
import { randomId } from '../tokens.ts';

export const WEBHOOK_KIND = 'webhook';
export type WebhookRow = typeof surveyWebhooks.$inferSelect;

/** A new Standard Webhooks secret: whsec_ + base64 of random bytes. */
export function newWebhookSecret(): string {
  return `whsec_${randomBytes(WEBHOOK_SECRET_BYTES).toString('base64')}`;
}

export async function findWebhook(db: Database, surveyId: string): Promise<WebhookRow | undefined> {
  const [row] = await db.select().from(surveyWebhooks).where(eq(surveyWebhooks.surveyId, surveyId)).limit(1);
  return row;
}

/** Ends a survey's undelivered events: nothing is sent to a URL its owner removed. */
function endPendingStatement(db: Database, surveyId: string, now: Date) {
  return db
    .update(outbox)
    .set({ status: 'failed', finishedAt: now, claimedBy: null, claimedUntil: null })
    .where(and(eq(outbox.subjectId, surveyId), eq(outbox.kind, WEBHOOK_KIND), eq(outbox.status, 'pending')));
}

/**
 * Sets or removes a survey's webhook; `url` must have passed
 * parseWebhookUrl. A new webhook gets a new secret, returned (once) as
 * `secret`; changing the URL keeps the secret, so receivers keep verifying.
 * Removing it ends its undelivered events. The caller checks access.
 */
export async function setWebhook(db: Database, surveyId: string, url: string | null, now = new Date()): Promise<{ secret?: string }> {
  if (url === null) {
    await db.batch([db.delete(surveyWebhooks).where(eq(surveyWebhooks.surveyId, surveyId)), endPendingStatement(db, surveyId, now)]);
    return {};
  }
  const secret = newWebhookSecret();
  const [row] = await db
    .insert(surveyWebhooks)
    .values({ surveyId, url, secret, createdAt: now })
    .onConflictDoUpdate({ target: surveyWebhooks.surveyId, set: { url, updatedAt: now } })
    .returning({ secret: surveyWebhooks.secret });
  return row.secret === secret ? { secret } : {};
}

/** Replaces a survey's secret; null when it has no webhook. */
export async function regenerateWebhookSecret(db: Database, surveyId: string, now = new Date()): Promise<string | null> {
  const secret = newWebhookSecret();
  const rows = await db.update(surveyWebhooks).set({ secret, updatedAt: now }).where(eq(surveyWebhooks.surveyId, surveyId)).returning({ surveyId: surveyWebhooks.surveyId });
  return rows.length ? secret : null;
}

/** The dedupe key of a response's completion event: a second completion stores none. */
export const completionKey = (responseId: string) => `response.completed:${responseId}`;

export interface CompletedResponse {
  id: string;
  surveyInstanceId: string;
  locale: string;
  answers: Record<string, unknown>;
}

/**
 * The completion event's insert, for the batch that completes the
 * response: inserts one outbox row when the survey has a webhook, none
 * otherwise. The payload is built here, from the survey's row as it is at
 * completion, and stored; delivery sends it as stored.
 */
export function completionEventStatement(db: Database, response: CompletedResponse, completedAt: Date) {
  const at = completedAt.toISOString();
  // Built here and passed as one parameter; SQL only adds the survey's fields. A statement that
  // builds the whole object in SQL took several times longer to run even when it inserted nothing.
  const payload = {
    type: 'response.completed',
    timestamp: at,
    data: { response: { id: response.id, completedAt: at, locale: response.locale, answers: response.answers } },
  };
  return db.run(sql`
    insert into outbox (id, kind, subject_id, dedupe_key, payload, status, attempts, next_attempt_at, created_at)
    select ${randomId()}, ${WEBHOOK_KIND}, w.survey_id, ${completionKey(response.id)},
      json_set(${JSON.stringify(payload)}, '$.data.survey', json_object('id', s.id, 'publicId', s.public_id, 'title', s.title)),
      'pending', 0, ${completedAt.getTime()}, ${completedAt.getTime()}
    from survey_webhooks w join surveys s on s.id = w.survey_id
    where w.survey_id = ${response.surveyInstanceId}
    on conflict do nothing`);
}

/** Queues a `webhook.test` event for a survey with a webhook: the owner's "send test event". */
export async function enqueueTestEvent(db: Database, survey: { id: string; publicId: string; title: string }, now = new Date()): Promise<void> {
  await enqueue(
    db,
    {
      kind: WEBHOOK_KIND,
      subjectId: survey.id,
      payload: { type: 'webhook.test', timestamp: now.toISOString(), data: { survey: { id: survey.id, publicId: survey.publicId, title: survey.title } } },
    },
    now,
  );
}

export type WebhookDelivery = Pick<OutboxEvent, 'id' | 'status' | 'nextAttemptAt' | 'createdAt' | 'finishedAt'> & {
  type: string;
  attempts: Pick<OutboxAttempt, 'attemptedAt' | 'ok' | 'statusCode' | 'error' | 'durationMs'>[];
};

/** A survey's latest deliveries with their attempts, newest first: the log its owner reads. */
export async function webhookLog(db: Database, surveyId: string, limit = WEBHOOK_LOG_EVENTS): Promise<WebhookDelivery[]> {
  const events = await eventsOf(db, surveyId, WEBHOOK_KIND, limit);
  return events.map((e) => ({
    id: e.id,
    status: e.status,
    nextAttemptAt: e.nextAttemptAt,
    createdAt: e.createdAt,
    finishedAt: e.finishedAt,
    type: typeof e.payload.type === 'string' ? e.payload.type : 'unknown',
    attempts: e.attemptLog.map(({ attemptedAt, ok, statusCode, error, durationMs }) => ({ attemptedAt, ok, statusCode, error, durationMs })),
  }));
}
