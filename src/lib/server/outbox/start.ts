/** Starts this process's outbox worker on the server's database, once. */
import { getDb } from '../db.ts';
import { env } from '../env.ts';
import { OUTBOX_HANDLERS } from './handlers.ts';
import { startOutboxWorker, type OutboxWorker } from './worker.ts';

let started: OutboxWorker | undefined;

export function ensureOutboxWorker(): OutboxWorker {
  started ??= startOutboxWorker({ db: getDb(), handlers: OUTBOX_HANDLERS, pollMs: env().OUTBOX_POLL_MS, leaseMs: env().OUTBOX_LEASE_MS });
  return started;
}
