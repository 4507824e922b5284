/**
 * Customer-satisfaction results from aggregated facts: the NPS with its
 * counts and margin of error, the expectation outcome, the share of
 * satisfied-but-not-loyal customers and the service-level scores, for all
 * answers and per month, each figure with the number of answers it rests on.
 * Pure; words per language live in ./texts.ts.
 */
import type { Survey } from '../../surveys/schema.ts';
import { countAt, countOf, inMonth, monthsOf, spreadOf, tally } from '../common/counts.ts';
import { roundOrNull, roundTo1, shareOf, type HeadlineFigure, type Share } from '../common/figures.ts';
import type { FactCount } from '../types.ts';
import {
  EXPECTATIONS,
  FACT,
  MODEL,
  NPS_MIN_RELIABLE_ANSWERS,
  SERVICE_LEVELS,
  Z_95,
  type Expectation,
  type ServiceLevel,
} from './model.ts';
import type { SatisfactionOptions } from './options.ts';
import { npsCategory } from './scoring.ts';

export interface Nps {
  /** Customers who answered the 0–10 question: the denominator. Skipped answers are not in it. */
  answers: number;
  promoters: number;
  passives: number;
  detractors: number;
  /** % promoters − % detractors, −100 to 100, one decimal; null without answers (never 0). */
  score: number | null;
  /** Half-width of the 95% interval, in NPS points, one decimal; null without answers. */
  marginOfError: number | null;
  /** Fewer than NPS_MIN_RELIABLE_ANSWERS answers: the page warns in plain words. */
  lowBase: boolean;
}

export interface ServiceLevelScore {
  level: ServiceLevel;
  /** Mean 0–100, one decimal; null when nobody answered it on the scale. */
  score: number | null;
  answers: number;
}

export interface SatisfactionFigures {
  /** Completed responses. */
  respondents: number;
  nps: Nps;
  expectation: Record<Expectation, Share>;
  /** "As expected" and a 7 or 8, among those who answered both questions. */
  satisfiedNotLoyal: Share;
  serviceLevels: ServiceLevelScore[];
}

export interface SatisfactionResults extends SatisfactionFigures {
  model: typeof MODEL;
  /** Oldest month first; each month with its own counts. */
  months: ({ month: string } & SatisfactionFigures)[];
  headlineFigure: HeadlineFigure;
}

/**
 * The NPS from the 0–10 ratings (value → count). The 95% margin of error
 * uses the variance of the difference of two shares of one sample: with p
 * the promoter share and d the detractor share of n answers,
 * var = (p + d − (p − d)²) / n, MoE = 1.96 × √var × 100 points.
 */
export function npsFrom(ratings: Map<number, number>): Nps {
  const count = { detractor: 0, passive: 0, promoter: 0 };
  for (const [rating, n] of ratings) {
    if (Number.isInteger(rating) && rating >= 0 && rating <= 10) count[npsCategory(rating)] += n;
  }
  const answers = count.detractor + count.passive + count.promoter;
  const base = { answers, promoters: count.promoter, passives: count.passive, detractors: count.detractor };
  if (answers === 0) return { ...base, score: null, marginOfError: null, lowBase: false };
  const p = count.promoter / answers;
  const d = count.detractor / answers;
  const variance = (p + d - (p - d) ** 2) / answers;
  return {
    ...base,
    score: roundTo1((p - d) * 100),
    marginOfError: roundTo1(Z_95 * Math.sqrt(Math.max(0, variance)) * 100),
    lowBase: answers < NPS_MIN_RELIABLE_ANSWERS,
  };
}

function figuresFrom(counts: FactCount[], levels: ServiceLevel[]): SatisfactionFigures {
  const expectations = countOf(counts, FACT.expectation);
  const expectation = Object.fromEntries(
    EXPECTATIONS.map((e, i) => [e, shareOf(countAt(counts, FACT.expectation, i), expectations)]),
  ) as Record<Expectation, Share>;
  return {
    respondents: countOf(counts, FACT.answered),
    nps: npsFrom(tally(counts, FACT.recommend)),
    expectation,
    satisfiedNotLoyal: shareOf(countAt(counts, FACT.satisfiedNotLoyal, 1), countOf(counts, FACT.satisfiedNotLoyal)),
    serviceLevels: levels.map((level) => {
      const { n, mean } = spreadOf(counts, FACT.service(level));
      return { level, score: roundOrNull(mean), answers: n };
    }),
  };
}

/**
 * Every figure of a customer-satisfaction survey. Service levels shown: the
 * ones the owner has on, plus any switched off later that still have answers.
 */
export function buildResults(counts: FactCount[], _survey: Survey, options: SatisfactionOptions): SatisfactionResults {
  const levels = SERVICE_LEVELS.filter((l) => options.serviceLevels.includes(l) || countOf(counts, FACT.service(l)) > 0);
  const all = figuresFrom(counts, levels);
  return {
    model: MODEL,
    ...all,
    months: monthsOf(counts).map((month) => ({ month, ...figuresFrom(inMonth(counts, month), levels) })),
    headlineFigure: { key: 'nps', value: all.nps.score, unit: 'points', answers: all.respondents },
  };
}
