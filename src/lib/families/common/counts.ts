/**
 * Reading aggregated facts (`FactCount[]`, one row per key, value and month)
 * back into the small numbers the families' results are made of. Pure; the
 * three customer and team families share these so each computes a figure
 * for all months and for one month with the same code.
 */
import type { FactCount } from '../types.ts';

/** The months that have any count, oldest first (`YYYY-MM` sorts as text). */
export function monthsOf(counts: FactCount[]): string[] {
  return [...new Set(counts.map((c) => c.month))].sort();
}

export function inMonth(counts: FactCount[], month: string): FactCount[] {
  return counts.filter((c) => c.month === month);
}

/** value → how many responses had it, summed over the months given. */
export function tally(counts: FactCount[], key: string): Map<number, number> {
  const out = new Map<number, number>();
  for (const c of counts) {
    if (c.key === key) out.set(c.value, (out.get(c.value) ?? 0) + c.count);
  }
  return out;
}

/** How many facts with this key there are (any value). */
export function countOf(counts: FactCount[], key: string): number {
  let n = 0;
  for (const c of counts) if (c.key === key) n += c.count;
  return n;
}

/** How many facts with this key have exactly this value. */
export function countAt(counts: FactCount[], key: string, value: number): number {
  return tally(counts, key).get(value) ?? 0;
}

export interface Spread {
  /** How many values the figures rest on. */
  n: number;
  /** Arithmetic mean, unrounded; null when n = 0. */
  mean: number | null;
  /** Population standard deviation (divides by n: it describes the people who answered), unrounded; null when n = 0. */
  sd: number | null;
}

/** Mean and standard deviation of a key's values, from counts alone. */
export function spreadOf(counts: FactCount[], key: string): Spread {
  let n = 0;
  let sum = 0;
  let squares = 0;
  for (const [value, count] of tally(counts, key)) {
    n += count;
    sum += value * count;
    squares += value * value * count;
  }
  if (n === 0) return { n, mean: null, sd: null };
  const mean = sum / n;
  // max(0, …): floating-point rounding can make an all-equal variance a hair below zero.
  return { n, mean, sd: Math.sqrt(Math.max(0, squares / n - mean * mean)) };
}
