/**
 * When an outbox event that failed is tried again. Pure: the caller passes
 * the clock and the randomness.
 */
import { OUTBOX_BACKOFF_MS, OUTBOX_GIVE_UP_AFTER_MS } from '../../limits.ts';

export type NextStep = { retryAt: Date } | { giveUp: true };

/**
 * After `failures` failed attempts (1 after the first), the next attempt
 * comes OUTBOX_BACKOFF_MS[failures - 1] later, spread by up to ±10% so the
 * events of one outage do not all return in the same second. An event older
 * than OUTBOX_GIVE_UP_AFTER_MS at its next attempt is given up.
 */
export function nextStep(failures: number, createdAt: Date, now: Date, random: () => number = Math.random): NextStep {
  const base = OUTBOX_BACKOFF_MS[Math.min(failures, OUTBOX_BACKOFF_MS.length) - 1];
  const delay = Math.round(base * (0.9 + 0.2 * random()));
  const retryAt = new Date(now.getTime() + delay);
  if (retryAt.getTime() - createdAt.getTime() > OUTBOX_GIVE_UP_AFTER_MS) return { giveUp: true };
  return { retryAt };
}
