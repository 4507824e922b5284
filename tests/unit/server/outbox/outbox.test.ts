import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { outbox, outboxAttempts } from '../../../../db/schema.ts';
import { OUTBOX_BACKOFF_MS, OUTBOX_GIVE_UP_AFTER_MS, OUTBOX_LEASE_MS } from '../../../../src/lib/limits.ts';
import { nextStep } from '../../../../src/lib/server/outbox/backoff.ts';
import { claimDue, enqueue, eventsOf, recordAttempt } from '../../../../src/lib/server/outbox/outbox.ts';
import { startOutboxWorker } from '../../../../src/lib/server/outbox/worker.ts';
import type { Database } from '../../../../src/lib/server/db.ts';
import { openTempDb } from '../../support/temp-db.ts';

describe('nextStep', () => {
  const created = new Date('2026-01-01T00:00:00Z');
  it('waits the scheduled delay, spread by at most ten percent', () => {
    const low = nextStep(1, created, created, () => 0);
    const high = nextStep(1, created, created, () => 1);
    expect(low).toEqual({ retryAt: new Date(created.getTime() + OUTBOX_BACKOFF_MS[0] * 0.9) });
    expect(high).toEqual({ retryAt: new Date(created.getTime() + OUTBOX_BACKOFF_MS[0] * 1.1) });
  });
  it('repeats the last delay after the schedule runs out', () => {
    const step = nextStep(50, created, created, () => 0.5);
    expect(step).toEqual({ retryAt: new Date(created.getTime() + OUTBOX_BACKOFF_MS.at(-1)!) });
  });
  it('keeps trying for more than a day, then gives up', () => {
    let now = created;
    let failures = 0;
    for (;;) {
      const step = nextStep(++failures, created, now, () => 0.5);
      if ('giveUp' in step) break;
      now = step.retryAt;
    }
    expect(now.getTime() - created.getTime()).toBeGreaterThan(24 * 60 * 60 * 1000);
    expect(now.getTime() - created.getTime()).toBeLessThanOrEqual(OUTBOX_GIVE_UP_AFTER_MS);
  });
});

describe('outbox', () => {
  let db: Database;
  let close: () => void;
  beforeEach(async () => {
    ({ db, close } = await openTempDb());
  });
  afterEach(() => close());

  it('stores one event per dedupe key', async () => {
    await enqueue(db, { kind: 'mail', payload: { n: 1 }, dedupeKey: 'k' });
    await enqueue(db, { kind: 'mail', payload: { n: 2 }, dedupeKey: 'k' });
    const rows = await db.select().from(outbox);
    expect(rows.map((r) => r.payload)).toEqual([{ n: 1 }]);
  });

  it('gives an event to one worker at a time, and again once its claim runs out', async () => {
    const now = new Date();
    await enqueue(db, { kind: 'mail', payload: {} }, now);
    const [first, second] = await Promise.all([claimDue(db, 'a', 10, now), claimDue(db, 'b', 10, now)]);
    expect(first.length + second.length).toBe(1);
    expect(await claimDue(db, 'c', 10, new Date(now.getTime() + OUTBOX_LEASE_MS - 1))).toHaveLength(0);
    expect(await claimDue(db, 'c', 10, new Date(now.getTime() + OUTBOX_LEASE_MS))).toHaveLength(1);
  });

  it('does not hand out an event before it is due', async () => {
    const now = new Date();
    await enqueue(db, { kind: 'mail', payload: {}, notBefore: new Date(now.getTime() + 1000) }, now);
    expect(await claimDue(db, 'a', 10, now)).toHaveLength(0);
  });

  it('logs each attempt, retries a failure later and finishes on success', async () => {
    const now = new Date();
    await enqueue(db, { kind: 'webhook', payload: {}, subjectId: 's1' }, now);
    const [event] = await claimDue(db, 'w', 10, now);
    await recordAttempt(db, event, 'w', { ok: false, statusCode: 500, error: 'HTTP 500', durationMs: 12 }, now);
    const [afterFailure] = await db.select().from(outbox);
    expect(afterFailure).toMatchObject({ status: 'pending', attempts: 1, claimedBy: null });
    expect(afterFailure.nextAttemptAt.getTime()).toBeGreaterThan(now.getTime());
    expect(await claimDue(db, 'w', 10, now)).toHaveLength(0);

    const later = afterFailure.nextAttemptAt;
    const [again] = await claimDue(db, 'w', 10, later);
    await recordAttempt(db, again, 'w', { ok: true, statusCode: 204, durationMs: 8 }, later);
    const [delivered] = await db.select().from(outbox);
    expect(delivered).toMatchObject({ status: 'delivered', attempts: 2 });
    const [logged] = await eventsOf(db, 's1', 'webhook', 10);
    expect(logged.attemptLog.map((a) => [a.ok, a.statusCode])).toEqual([[false, 500], [true, 204]]);
  });

  it('lets only the worker holding the claim move the event', async () => {
    const now = new Date();
    await enqueue(db, { kind: 'mail', payload: {} }, now);
    const [event] = await claimDue(db, 'old', 10, now);
    const expired = new Date(now.getTime() + OUTBOX_LEASE_MS);
    const [reclaimed] = await claimDue(db, 'new', 10, expired);
    await recordAttempt(db, event, 'old', { ok: false, error: 'late', durationMs: 1 }, expired);
    expect((await db.select().from(outbox))[0]).toMatchObject({ status: 'pending', claimedBy: 'new' });
    await recordAttempt(db, reclaimed, 'new', { ok: true, durationMs: 1 }, expired);
    expect((await db.select().from(outbox))[0].status).toBe('delivered');
    expect(await db.select().from(outboxAttempts).where(eq(outboxAttempts.eventId, event.id))).toHaveLength(2);
  });

  it('gives up once the event is older than the retry window', async () => {
    const created = new Date();
    await enqueue(db, { kind: 'mail', payload: {} }, created);
    const late = new Date(created.getTime() + OUTBOX_GIVE_UP_AFTER_MS);
    const [event] = await claimDue(db, 'w', 10, late);
    await recordAttempt(db, event, 'w', { ok: false, error: 'down', durationMs: 1 }, late);
    expect((await db.select().from(outbox))[0]).toMatchObject({ status: 'failed', attempts: 1 });
  });

  it('runs a worker that delivers each event through the handler of its kind, once', async () => {
    const seen: unknown[] = [];
    await enqueue(db, { kind: 'mail', payload: { to: 'a' } });
    await enqueue(db, { kind: 'unknown', payload: {} });
    const worker = startOutboxWorker({ db, pollMs: 50, handlers: { mail: async (event) => (seen.push(event.payload), { ok: true }) } });
    try {
      await expect.poll(async () => (await db.select().from(outbox)).map((r) => r.attempts).sort(), { timeout: 10_000 }).toEqual([1, 1]);
    } finally {
      await worker.stop();
    }
    expect(seen).toEqual([{ to: 'a' }]);
    const rows = await db.select().from(outbox);
    expect(rows.find((r) => r.kind === 'mail')!.status).toBe('delivered');
    expect(rows.find((r) => r.kind === 'unknown')!.status).toBe('pending');
  });

  it('records a handler that throws as a failed attempt', async () => {
    await enqueue(db, { kind: 'mail', payload: {} });
    const worker = startOutboxWorker({ db, pollMs: 50, handlers: { mail: async () => { throw new Error('SMTP refused'); } } });
    try {
      await expect.poll(async () => (await db.select().from(outboxAttempts)).map((a) => a.error), { timeout: 10_000 }).toEqual(['SMTP refused']);
    } finally {
      await worker.stop();
    }
  });
});
