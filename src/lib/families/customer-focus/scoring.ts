/**
 * Customer focus at completion: one employee's answers → the facts the
 * team's results are counted from. Pure. docs/scoring.md has the rules.
 */
import type { Answers } from '../../surveys/answers.ts';
import type { Question, Survey } from '../../surveys/schema.ts';
import { statementScore } from '../growth-test/scoring.ts';
import { meanOf } from '../common/figures.ts';
import type { Fact, ResponseFacts } from '../types.ts';
import { statementId } from './definition.ts';
import { CONDITIONS, FACT, LEVELS, conditionsOf, type Condition } from './model.ts';
import { STATEMENTS } from './statements.ts';

/** One employee's 0–100 score on a condition: the mean of their statements answered on the scale; null if none. */
function conditionScore(questions: Map<string, Question>, answers: Answers, condition: Condition): number | null {
  const points: number[] = [];
  STATEMENTS[condition].forEach((_, i) => {
    const question = questions.get(statementId(condition, i + 1));
    const value = question ? answers[question.id] : undefined;
    // "Don't know" is stored as a string: only 1–5 count.
    if (question?.type === 'agreement' && typeof value === 'number' && value >= 1 && value <= 5) {
      points.push(statementScore(value, question.reverse));
    }
  });
  return meanOf(points);
}

/**
 * Facts of one response:
 * - `answered` = 1, always;
 * - `condition.<c>` = this employee's condition score (0–100, a multiple of 12.5 with two statements);
 * - `level.<l>` = the mean of this employee's condition scores on that level (not rounded).
 * Overall and headline are null on purpose: a team survey shows no one
 * employee's figures anywhere, only the team's, and only from five answers.
 */
export function extractFacts(survey: Survey, answers: Answers): ResponseFacts {
  const facts: Fact[] = [{ key: FACT.answered, value: 1 }];
  const questions = new Map<string, Question>(survey.sections.flatMap((s) => s.questions.map((q) => [q.id, q])));
  const scores = new Map(CONDITIONS.map((c) => [c, conditionScore(questions, answers, c)]));
  for (const [condition, score] of scores) {
    if (score !== null) facts.push({ key: FACT.condition(condition), value: score });
  }
  for (const level of LEVELS) {
    const levelScore = meanOf(conditionsOf(level).flatMap((c) => scores.get(c) ?? []));
    if (levelScore !== null) facts.push({ key: FACT.level(level), value: levelScore });
  }
  return { overall: null, headline: null, facts };
}
