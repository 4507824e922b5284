/**
 * One entry point from a completed response to the numbers stored beside it
 * for aggregates. Each survey kind registers its own pure scorer here; the
 * survey engine and the database code never need to know which model scores
 * a survey.
 */
import type { Answers } from '../surveys/answers.ts';
import type { Survey } from '../surveys/schema.ts';
import { scoreGrowthTest } from './growth-test.ts';

export interface ResponseScore {
  /** The survey's overall 0–100 figure, or null when it has none. */
  overall: number | null;
  /** The one thing the report leads with (the Growth Test's opportunity area). */
  headline: string | null;
  /** Scored parts (areas, levels, drivers) with their 0–100 scores. */
  parts: { key: string; score: number }[];
  /** Context the benchmarks group by. */
  sector: string | null;
  sizeBand: string | null;
}

type Scorer = (survey: Survey, answers: Answers) => ResponseScore;

const asString = (value: unknown) => (typeof value === 'string' ? value : null);

const SCORERS: Record<string, Scorer> = {
  'growth-test': (survey, answers) => {
    const score = scoreGrowthTest(survey, answers);
    return {
      overall: score.overall,
      headline: score.opportunity?.area ?? null,
      parts: score.areas.flatMap((a) => (a.score === null ? [] : [{ key: a.area, score: a.score }])),
      sector: asString(answers.sector),
      sizeBand: asString(answers.employees),
    };
  },
};

export function scoreResponse(survey: Survey, answers: Answers): ResponseScore {
  const scorer = SCORERS[survey.id];
  if (!scorer) throw new Error(`no scorer registered for survey "${survey.id}"`);
  return scorer(survey, answers);
}
