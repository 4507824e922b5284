/**
 * The outbox worker: runs in every server process, claims due events and
 * hands each to the handler of its kind. Several processes on one database
 * share the work through the claims (outbox.ts); none is special.
 */
import { OUTBOX_BATCH } from '../../limits.ts';
import type { Database } from '../db.ts';
import { randomId } from '../tokens.ts';
import { claimDue, recordAttempt, type DeliveryOutcome, type OutboxEvent } from './outbox.ts';

/** Delivers one event. Throwing counts as a failed attempt with the error's message. */
export type OutboxHandler = (event: OutboxEvent) => Promise<Omit<DeliveryOutcome, 'durationMs'>>;

export interface OutboxWorker {
  /** Look for due events now (after enqueueing one in this process). */
  wake(): void;
  /** Stops polling and waits for the round in progress. */
  stop(): Promise<void>;
}

// One worker per process, reachable from code bundled separately (the
// server bundle enqueues, scripts/serve.ts starts the worker).
const RUNNING = Symbol.for('koers.outboxWorker');
type WithWorker = typeof globalThis & { [RUNNING]?: OutboxWorker };

/** Wakes this process's worker, if it runs one; a no-op otherwise (the poll finds the event). */
export function wakeOutbox(): void {
  (globalThis as WithWorker)[RUNNING]?.wake();
}

export function startOutboxWorker(options: {
  db: Database;
  handlers: Record<string, OutboxHandler>;
  pollMs: number;
  /** How long a claim lasts (default OUTBOX_LEASE_MS). */
  leaseMs?: number;
  onError?: (error: unknown) => void;
}): OutboxWorker {
  const { db, handlers, pollMs } = options;
  const workerId = randomId();
  let timer: NodeJS.Timeout | undefined;
  let round: Promise<void> | undefined;
  let again = false;
  let stopped = false;

  async function deliver(event: OutboxEvent): Promise<void> {
    const handler = handlers[event.kind];
    const started = performance.now();
    let outcome: Omit<DeliveryOutcome, 'durationMs'>;
    try {
      outcome = handler ? await handler(event) : { ok: false, error: `no handler for kind "${event.kind}"` };
    } catch (error) {
      outcome = { ok: false, error: error instanceof Error ? error.message : String(error) };
    }
    await recordAttempt(db, event, workerId, { ...outcome, durationMs: performance.now() - started });
  }

  async function runRound(): Promise<void> {
    let claimed: OutboxEvent[];
    do {
      claimed = await claimDue(db, workerId, OUTBOX_BATCH, new Date(), options.leaseMs);
      await Promise.all(claimed.map(deliver));
    } while (claimed.length === OUTBOX_BATCH && !stopped);
  }

  function schedule(delay: number): void {
    if (stopped) return;
    clearTimeout(timer);
    timer = setTimeout(tick, delay);
    timer.unref();
  }

  function tick(): void {
    if (round) {
      again = true;
      return;
    }
    round = runRound()
      .catch((error: unknown) => (options.onError ?? console.error)(error))
      .finally(() => {
        round = undefined;
        const wokenMeanwhile = again;
        again = false;
        schedule(wokenMeanwhile ? 0 : pollMs);
      });
  }

  const worker: OutboxWorker = {
    wake: () => schedule(0),
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await round;
      if ((globalThis as WithWorker)[RUNNING] === worker) delete (globalThis as WithWorker)[RUNNING];
    },
  };
  (globalThis as WithWorker)[RUNNING] = worker;
  schedule(0);
  return worker;
}
