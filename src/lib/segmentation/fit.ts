/**
 * Step 4: the numbers (steps 1–3) beside strategic and cultural fit. Every
 * customer lands in exactly one group. Pure.
 *
 * - core: profitable (star or cash cow) and good on both fits;
 * - part-ways: a dog whose mean fit is below the fit threshold;
 * - develop: the rest with growth potential or good fit (question marks,
 *   stars that fit less well, dogs that fit well);
 * - maintain: the rest (cash cows that fit less well: they pay, cherish them,
 *   but they are not where the company is heading).
 */
import type { Quadrant, Thresholds } from './quadrants.ts';

export const FIT_GROUPS = ['core', 'develop', 'maintain', 'part-ways'] as const;
export type FitGroup = (typeof FIT_GROUPS)[number];

/** Why a customer is where it is: codes the page turns into words. */
export type FitReason = 'profitable' | 'growth' | 'strategic-fit' | 'cultural-fit' | 'weak-fit' | 'low-profit' | 'low-growth' | 'revenue-top' | 'profit-top';

export interface FitInput {
  quadrant: Quadrant;
  strategicFit: number;
  culturalFit: number;
  inRevenueTop: boolean;
  inProfitTop: boolean;
}

export function fitGroupOf(c: FitInput, t: Pick<Thresholds, 'fit'>): { group: FitGroup; reasons: FitReason[] } {
  const profitable = c.quadrant === 'star' || c.quadrant === 'cash-cow';
  const growing = c.quadrant === 'star' || c.quadrant === 'question-mark';
  const goodFit = c.strategicFit >= t.fit && c.culturalFit >= t.fit;
  const meanFit = (c.strategicFit + c.culturalFit) / 2;
  const tops: FitReason[] = [...(c.inRevenueTop ? (['revenue-top'] as const) : []), ...(c.inProfitTop ? (['profit-top'] as const) : [])];
  const fits: FitReason[] = [...(c.strategicFit >= t.fit ? (['strategic-fit'] as const) : []), ...(c.culturalFit >= t.fit ? (['cultural-fit'] as const) : [])];
  if (profitable && goodFit) return { group: 'core', reasons: ['profitable', ...(growing ? (['growth'] as const) : []), ...tops, ...fits] };
  if (c.quadrant === 'dog' && meanFit < t.fit) return { group: 'part-ways', reasons: ['low-profit', 'low-growth', 'weak-fit'] };
  if (growing || goodFit) return { group: 'develop', reasons: [...(profitable ? (['profitable'] as const) : ['low-profit' as const]), ...(growing ? (['growth'] as const) : []), ...fits, ...(goodFit ? [] : (['weak-fit'] as const))] };
  return { group: 'maintain', reasons: [profitable ? 'profitable' : 'low-profit', 'low-growth', 'weak-fit', ...tops] };
}
