/**
 * One customer as the segmentation sees it (issue 11, domain.md §2), and
 * its profitability score. Every score runs 1 to 5 where 5 is always the
 * favourable end, so "higher is better" holds for every column.
 */
import { z } from 'zod';
import { CUSTOMER_NAME_MAX_CHARS, MAX_CUSTOMER_AMOUNT } from '../limits.ts';

export const SCORE_MIN = 1;
export const SCORE_MAX = 5;

/**
 * The proxies for profit when a customer's profit is unknown (uniform
 * rates): 5 = good price agreements, easy to work with, costs little time
 * and energy, cheap to acquire, a customer for many years.
 */
export const PROXY_KEYS = ['priceAgreement', 'workability', 'timeEnergy', 'acquisitionCost', 'loyalty'] as const;
export type ProxyKey = (typeof PROXY_KEYS)[number];

const score = z.number().int().min(SCORE_MIN).max(SCORE_MAX);
const amount = z.number().min(-MAX_CUSTOMER_AMOUNT).max(MAX_CUSTOMER_AMOUNT);

export const CustomerSchema = z.object({
  name: z.string().min(1).max(CUSTOMER_NAME_MAX_CHARS),
  /** Revenue over the import's period, euros, 0 or more. */
  revenue: amount.min(0),
  /** Profit over the same period, euros; null when unknown (then the proxies stand in). */
  profit: amount.nullable(),
  priceAgreement: score.nullable(),
  workability: score.nullable(),
  timeEnergy: score.nullable(),
  acquisitionCost: score.nullable(),
  loyalty: score.nullable(),
  growthPotential: score,
  strategicFit: score,
  culturalFit: score,
});
export type Customer = z.infer<typeof CustomerSchema>;

/**
 * Margin (profit ÷ revenue) at which the profitability score reaches 5.
 * 20% is a healthy net margin on a customer for most SMEs; 10% lands on
 * the default threshold of 3.
 */
export const FULL_SCORE_MARGIN = 0.2;

/**
 * Profitability on 1–5, what the BCG matrix puts on its horizontal axis.
 * Profit known: 1 + 4 × margin ÷ 20%, a margin of 0% or less is 1, 20% or
 * more is 5 (a loss is as unprofitable as the scale goes). No revenue but a
 * profit: 5 when positive, 1 otherwise. Profit unknown: the plain mean of
 * the five proxies (each counts alike: the brief ranks none above another).
 * Rounded to one decimal, so a score shown is the score compared.
 */
export function profitabilityScore(c: Customer): number {
  if (c.profit !== null) {
    if (c.revenue === 0) return c.profit > 0 ? SCORE_MAX : SCORE_MIN;
    const share = Math.min(Math.max(c.profit / c.revenue, 0), FULL_SCORE_MARGIN) / FULL_SCORE_MARGIN;
    return round1(SCORE_MIN + (SCORE_MAX - SCORE_MIN) * share);
  }
  const proxies = PROXY_KEYS.map((k) => c[k] ?? SCORE_MIN);
  return round1(proxies.reduce((a, b) => a + b, 0) / proxies.length);
}

function round1(n: number): number {
  return Math.round(n * 10) / 10;
}
