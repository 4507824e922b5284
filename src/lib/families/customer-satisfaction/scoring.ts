/**
 * Customer satisfaction at completion: one response → the facts its
 * survey's results are counted from. Pure. docs/scoring.md has the rules.
 */
import type { Answers } from '../../surveys/answers.ts';
import type { Survey } from '../../surveys/schema.ts';
import { statementScore } from '../growth-test/scoring.ts';
import type { Fact, ResponseFacts } from '../types.ts';
import { EXPECTATIONS, FACT, PASSIVE_FROM, PROMOTER_FROM, SERVICE_LEVELS, serviceQuestionId } from './model.ts';

export type NpsCategory = 'detractor' | 'passive' | 'promoter';

export function npsCategory(rating: number): NpsCategory {
  if (rating >= PROMOTER_FROM) return 'promoter';
  return rating >= PASSIVE_FROM ? 'passive' : 'detractor';
}

const isRating = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= 10;
const isAgreement = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 1 && v <= 5;

/**
 * Facts of one response:
 * - `answered` = 1, always (the number of respondents);
 * - `expectation` = 0 less / 1 as / 2 more than expected, when answered;
 * - `recommend` = the 0–10 rating, only when given (a skipped question is no fact, so never in the NPS denominator);
 * - `satisfied_not_loyal` = 1 for "as expected" with a 7 or 8, else 0, only when both were answered;
 * - `service.<level>` = 0–100 (1 → 0 … 5 → 100), per service level answered on the scale ("don't know" is no fact).
 * Overall is null: an NPS is a figure of a group, not of one customer.
 */
export function extractFacts(survey: Survey, answers: Answers): ResponseFacts {
  const facts: Fact[] = [{ key: FACT.answered, value: 1 }];
  const expectation = EXPECTATIONS.indexOf(answers.expectation as never);
  if (expectation >= 0) facts.push({ key: FACT.expectation, value: expectation });
  const rating = answers.recommend;
  if (isRating(rating)) facts.push({ key: FACT.recommend, value: rating });
  if (expectation >= 0 && isRating(rating)) {
    const asExpected = EXPECTATIONS[expectation] === 'as';
    facts.push({ key: FACT.satisfiedNotLoyal, value: asExpected && npsCategory(rating) === 'passive' ? 1 : 0 });
  }
  const asked = new Set(survey.sections.flatMap((s) => s.questions.map((q) => q.id)));
  for (const level of SERVICE_LEVELS) {
    const value = answers[serviceQuestionId(level)];
    if (asked.has(serviceQuestionId(level)) && isAgreement(value)) {
      facts.push({ key: FACT.service(level), value: statementScore(value, false) });
    }
  }
  return { overall: null, headline: isRating(rating) ? npsCategory(rating) : null, facts };
}
