/**
 * Growth Test scoring: pure functions from stored answers to scores.
 * No database, no clock, no locale. docs/scoring.md works an example by hand.
 */
import type { Survey } from '../../surveys/schema.ts';
import type { Answers } from '../../surveys/answers.ts';
import { THIN_AREA_SHARE } from '../../limits.ts';
import { conditionMet } from '../../surveys/engine.ts';

/** The scored areas, in the order the test asks them. Section ids in the definition match these. */
export const GROWTH_AREAS = [
  'ambition',
  'core_customers',
  'business_model',
  'customer_focus',
  'satisfaction',
  'complaints',
  'sales',
  'branding',
  'relationships',
] as const;
export type GrowthArea = (typeof GROWTH_AREAS)[number];

/**
 * Weights for the opportunity rule. Ambition and knowing your core customers
 * weigh more: the growth model rests on them, and the other areas build on
 * those choices.
 */
export const AREA_WEIGHTS: Record<GrowthArea, number> = {
  ambition: 1.2,
  core_customers: 1.2,
  business_model: 1,
  customer_focus: 1,
  satisfaction: 1,
  complaints: 1,
  sales: 1,
  branding: 1,
  relationships: 1,
};

export const MATURITY_LEVELS = ['starting', 'developing', 'established', 'leading'] as const;
export type MaturityLevel = (typeof MATURITY_LEVELS)[number];

/** Lower bounds of each level, on the 0–100 area score. */
const LEVEL_FLOORS: [MaturityLevel, number][] = [
  ['leading', 80],
  ['established', 60],
  ['developing', 40],
  ['starting', 0],
];

export interface AreaScore {
  area: GrowthArea;
  /** 0–100, one decimal; null when every statement was answered "don't know". */
  score: number | null;
  level: MaturityLevel | null;
  /** Statements answered on the scale ("don't know" not counted). */
  answered: number;
  total: number;
  /** Fewer than half the statements answered: the score rests on little. */
  thin: boolean;
}

export interface Opportunity {
  area: GrowthArea;
  score: number;
  /** weight × (100 − score): what the rule maximises. */
  weightedGap: number;
}

export interface GrowthTestScore {
  areas: AreaScore[];
  /** Unweighted mean of the scored areas, one decimal; null when no area could be scored. */
  overall: number | null;
  /** null when no area could be scored, or every scored area is at 100. */
  opportunity: Opportunity | null;
}

/** Converts one agreement answer to 0–100: 1 → 0, 3 → 50, 5 → 100 (reversed for negative statements). */
export function statementScore(value: number, reverse: boolean): number {
  return ((reverse ? 5 - value : value - 1) / 4) * 100;
}

export function levelFor(score: number): MaturityLevel {
  return LEVEL_FLOORS.find(([, floor]) => score >= floor)![0];
}

const roundTo1 = (n: number) => Math.round(n * 10) / 10;

/**
 * Scores a Growth Test response. "Don't know" and unanswered statements are
 * left out of an area's mean, never counted as zero.
 */
export function scoreGrowthTest(survey: Survey, answers: Answers): GrowthTestScore {
  const areas = GROWTH_AREAS.map((area): AreaScore => {
    // Only the statements this respondent was shown: version 2 hides some for a one-person business.
    const statements =
      survey.sections.find((s) => s.id === area)?.questions.filter((q) => q.type === 'agreement' && conditionMet(q.showIf, answers)) ?? [];
    const points: number[] = [];
    for (const statement of statements) {
      const value = answers[statement.id];
      // "Don't know" is stored as the string DONT_KNOW, so only numbers count.
      if (typeof value === 'number') {
        points.push(statementScore(value, statement.type === 'agreement' && statement.reverse));
      }
    }
    const score = points.length ? roundTo1(points.reduce((a, b) => a + b, 0) / points.length) : null;
    return {
      area,
      score,
      level: score === null ? null : levelFor(score),
      answered: points.length,
      total: statements.length,
      thin: points.length < statements.length * THIN_AREA_SHARE,
    };
  });
  const scored = areas.filter((a): a is AreaScore & { score: number } => a.score !== null);
  const overall = scored.length ? roundTo1(scored.reduce((sum, a) => sum + a.score, 0) / scored.length) : null;
  return { areas, overall, opportunity: pickOpportunity(scored) };
}

/** weight × (100 − score), one decimal: what the opportunity rule compares. */
export function weightedGapOf(area: GrowthArea, score: number): number {
  return roundTo1(AREA_WEIGHTS[area] * (100 - score));
}

/**
 * The biggest growth opportunity: the scored area with the largest weighted
 * gap to 100. Ties (equal weighted gaps) go to the lower score, then to the
 * area asked first, which is the more fundamental one.
 */
export function pickOpportunity(scored: { area: GrowthArea; score: number }[]): Opportunity | null {
  let best: Opportunity | null = null;
  for (const { area, score } of scored) {
    const weightedGap = weightedGapOf(area, score);
    if (weightedGap <= 0) continue;
    const better =
      !best ||
      weightedGap > best.weightedGap ||
      (weightedGap === best.weightedGap && score < best.score);
    if (better) best = { area, score, weightedGap };
  }
  return best;
}
