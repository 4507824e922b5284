/**
 * Answers that must not tell by their speed what they found. "Forgot
 * password" writes an invite and a mail for a known address and nothing for
 * an unknown one; without a floor the difference (a write transaction, tens
 * of milliseconds) tells a stranger which addresses have an account.
 */
import { setTimeout as sleep } from 'node:timers/promises';

/** Runs work and answers no sooner than floorMs after it started; slower work is not delayed further. */
export async function answerNoSoonerThan<T>(floorMs: number, work: () => Promise<T>): Promise<T> {
  const started = performance.now();
  const result = await work();
  const left = floorMs - (performance.now() - started);
  if (left > 0) await sleep(left);
  return result;
}
