/**
 * Step 3: the BCG matrix of customers, profitability (./customer.ts)
 * against growth potential, both on 1–5. A value exactly at a threshold
 * counts as high. Pure.
 */
import { z } from 'zod';
import { SCORE_MAX, SCORE_MIN } from './customer.ts';

export const QUADRANTS = ['star', 'cash-cow', 'question-mark', 'dog'] as const;
export type Quadrant = (typeof QUADRANTS)[number];

/** The defaults sit at the middle of the 1–5 scales: "3 or more" is high. */
export const DEFAULT_PROFITABILITY_THRESHOLD = 3;
export const DEFAULT_GROWTH_THRESHOLD = 3;
/** Strategic and cultural fit count as good from this score (step 4). */
export const DEFAULT_FIT_THRESHOLD = 4;

const threshold = (fallback: number) => z.coerce.number().min(SCORE_MIN).max(SCORE_MAX).multipleOf(0.5).catch(fallback);

/** The thresholds, as the page's GET form and the API take them; anything unreadable falls back to the default. */
export const ThresholdsSchema = z.object({
  profitability: threshold(DEFAULT_PROFITABILITY_THRESHOLD),
  growth: threshold(DEFAULT_GROWTH_THRESHOLD),
  fit: threshold(DEFAULT_FIT_THRESHOLD),
});
export type Thresholds = z.infer<typeof ThresholdsSchema>;

export const DEFAULT_THRESHOLDS: Thresholds = {
  profitability: DEFAULT_PROFITABILITY_THRESHOLD,
  growth: DEFAULT_GROWTH_THRESHOLD,
  fit: DEFAULT_FIT_THRESHOLD,
};

export function quadrantOf(profitability: number, growth: number, t: Pick<Thresholds, 'profitability' | 'growth'>): Quadrant {
  const profitable = profitability >= t.profitability;
  const growing = growth >= t.growth;
  if (profitable) return growing ? 'star' : 'cash-cow';
  return growing ? 'question-mark' : 'dog';
}
