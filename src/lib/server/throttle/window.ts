/**
 * Fixed windows aligned to the clock: pure arithmetic, milliseconds in and
 * out, window lengths in seconds converted here once.
 */
import type { ThrottlePolicy } from '../../limits.ts';

export const DAY_MS = 24 * 60 * 60 * 1000;

export interface Throttle {
  allowed: boolean;
  /** Whole seconds until the window ends; 0 when allowed. */
  retryAfterS: number;
}

export const ALLOWED: Throttle = { allowed: true, retryAfterS: 0 };

/** Start of the window that holds `nowMs`. Aligned to the epoch, so all processes agree. */
export function windowStart(nowMs: number, windowS: number): number {
  const lengthMs = windowS * 1000;
  return Math.floor(nowMs / lengthMs) * lengthMs;
}

/** The verdict for a window whose count, this request included, is `count`. */
export function verdict(count: number, policy: ThrottlePolicy, nowMs: number): Throttle {
  if (count <= policy.limit) return ALLOWED;
  const endMs = windowStart(nowMs, policy.windowS) + policy.windowS * 1000;
  return { allowed: false, retryAfterS: Math.max(1, Math.ceil((endMs - nowMs) / 1000)) };
}

/** The stricter of several verdicts: refused if any refuses, waiting for the longest. */
export function strictest(...throttles: Throttle[]): Throttle {
  const refused = throttles.filter((t) => !t.allowed);
  return refused.length === 0 ? ALLOWED : { allowed: false, retryAfterS: Math.max(...refused.map((t) => t.retryAfterS)) };
}
