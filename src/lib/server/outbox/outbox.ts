/**
 * The outbox table's queries: enqueue an event beside the change that
 * causes it, claim due events for one worker, record an attempt.
 *
 * Claiming is one UPDATE ... RETURNING: SQLite runs a write statement with
 * the write lock held from its start, so two processes claiming at once get
 * disjoint events, and a claim that runs out (its worker was killed) makes
 * the event due again. Portable SQL, so a libSQL server works the same.
 */
import { and, asc, desc, eq, sql } from 'drizzle-orm';
import { outbox, outboxAttempts } from '../../../../db/schema.ts';
import { OUTBOX_LEASE_MS } from '../../limits.ts';
import type { Database } from '../db.ts';
import { randomId } from '../tokens.ts';
import { nextStep } from './backoff.ts';

export type OutboxEvent = typeof outbox.$inferSelect;
export type OutboxAttempt = typeof outboxAttempts.$inferSelect;

export interface NewOutboxEvent {
  kind: string;
  payload: Record<string, unknown>;
  subjectId?: string;
  /** Same key, same event: enqueueing it twice (a retried request) stores one. */
  dedupeKey?: string;
  notBefore?: Date;
}

/** The insert, unexecuted, to put in the batch or transaction of the change that causes it. */
export function enqueueStatement(db: Database, event: NewOutboxEvent, now = new Date()) {
  return db
    .insert(outbox)
    .values({
      id: randomId(),
      kind: event.kind,
      payload: event.payload,
      subjectId: event.subjectId ?? null,
      dedupeKey: event.dedupeKey ?? null,
      nextAttemptAt: event.notBefore ?? now,
      createdAt: now,
    })
    .onConflictDoNothing();
}

export async function enqueue(db: Database, event: NewOutboxEvent, now = new Date()): Promise<void> {
  await enqueueStatement(db, event, now);
}

/** Takes up to `limit` due events for `workerId` until now + `leaseMs` (OUTBOX_LEASE_MS unless the env shortens it for a test). */
export async function claimDue(db: Database, workerId: string, limit: number, now = new Date(), leaseMs = OUTBOX_LEASE_MS): Promise<OutboxEvent[]> {
  const nowMs = now.getTime();
  const due = db
    .select({ id: outbox.id })
    .from(outbox)
    .where(
      and(
        eq(outbox.status, 'pending'),
        sql`${outbox.nextAttemptAt} <= ${nowMs}`,
        sql`(${outbox.claimedUntil} is null or ${outbox.claimedUntil} <= ${nowMs})`,
      ),
    )
    .orderBy(asc(outbox.nextAttemptAt))
    .limit(limit);
  return db
    .update(outbox)
    .set({ claimedBy: workerId, claimedUntil: new Date(nowMs + leaseMs) })
    .where(sql`${outbox.id} in ${due}`)
    .returning();
}

export interface DeliveryOutcome {
  ok: boolean;
  statusCode?: number;
  /** Short and free of the payload: it is shown to the event's owner. */
  error?: string;
  durationMs: number;
}

/**
 * Logs the attempt and moves the event on: delivered, due again later, or
 * given up. Only the worker that still holds the claim moves it, so a
 * worker whose claim ran out cannot undo another's delivery.
 */
export async function recordAttempt(db: Database, event: OutboxEvent, workerId: string, outcome: DeliveryOutcome, now = new Date()): Promise<void> {
  const failures = event.attempts + 1;
  const step = outcome.ok ? null : nextStep(failures, event.createdAt, now);
  const moved =
    outcome.ok || (step && 'giveUp' in step)
      ? { status: outcome.ok ? ('delivered' as const) : ('failed' as const), finishedAt: now }
      : { nextAttemptAt: step!.retryAt };
  await db.batch([
    db.insert(outboxAttempts).values({
      eventId: event.id,
      attemptedAt: now,
      ok: outcome.ok,
      statusCode: outcome.statusCode ?? null,
      error: outcome.error?.slice(0, 300) ?? null,
      durationMs: Math.round(outcome.durationMs),
    }),
    db
      .update(outbox)
      .set({ ...moved, attempts: failures, claimedBy: null, claimedUntil: null })
      .where(and(eq(outbox.id, event.id), eq(outbox.claimedBy, workerId), eq(outbox.status, 'pending'))),
  ]);
}

/** The newest events of a subject (a survey's webhook deliveries) with their attempts, newest first. */
export async function eventsOf(db: Database, subjectId: string, kind: string, limit: number): Promise<(OutboxEvent & { attemptLog: OutboxAttempt[] })[]> {
  const events = await db
    .select()
    .from(outbox)
    .where(and(eq(outbox.subjectId, subjectId), eq(outbox.kind, kind)))
    .orderBy(desc(outbox.createdAt))
    .limit(limit);
  if (events.length === 0) return [];
  const attempts = await db
    .select()
    .from(outboxAttempts)
    .where(sql`${outboxAttempts.eventId} in ${events.map((e) => e.id)}`)
    .orderBy(asc(outboxAttempts.attemptedAt));
  return events.map((event) => ({ ...event, attemptLog: attempts.filter((a) => a.eventId === event.id) }));
}
