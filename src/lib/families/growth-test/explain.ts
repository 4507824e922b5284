/**
 * "Why this opportunity", in the respondent's own answers: the weakest
 * statements of the chosen area as they answered them, and the areas that
 * tied with it and the rule that put this one first. Pure: survey, answers
 * and score in, data out; report.ts puts it into words.
 */
import type { Answers } from '../../surveys/answers.ts';
import type { Localized, Survey } from '../../surveys/schema.ts';
import { WEAKEST_STATEMENTS_SHOWN } from '../../limits.ts';
import { GROWTH_AREAS, statementScore, weightedGapOf, type GrowthArea, type GrowthTestScore } from './scoring.ts';

export interface WeakStatement {
  id: string;
  /** The statement as the respondent saw it (a size variant is its own statement). */
  text: Localized;
  /** Their answer on the 1–5 agreement scale, as given (not reversed). */
  value: number;
  /** 0–100 after reversing a negative statement. */
  score: number;
}

/**
 * Why another area with an equal result lost:
 * - `weight`: same score, but the opportunity weighs more (ambition, core customers);
 * - `lower-score`: same weighted gap, the opportunity scores lower;
 * - `order`: same weighted gap and score, the opportunity is asked first.
 */
export type TieReason = 'weight' | 'lower-score' | 'order';

export interface Tie {
  reason: TieReason;
  areas: GrowthArea[];
}

export interface OpportunityExplanation {
  /** Lowest statement score first, then in the order asked; statements at 100 are no weakness and never listed. */
  weakest: WeakStatement[];
  /** Empty when no other area tied. One entry per reason, areas in the order asked. */
  ties: Tie[];
}

/** The agreement statements of one section the respondent answered, in the order asked. */
function answeredStatements(survey: Survey, sectionId: string, answers: Answers): WeakStatement[] {
  const answered: WeakStatement[] = [];
  for (const q of survey.sections.find((s) => s.id === sectionId)?.questions ?? []) {
    const value = answers[q.id];
    if (q.type !== 'agreement' || typeof value !== 'number') continue;
    answered.push({ id: q.id, text: q.text, value, score: statementScore(value, q.reverse) });
  }
  return answered;
}

// Array.prototype.sort is stable, so equal scores keep the order asked.
const lowestFirst = <T extends { score: number }>(statements: T[]): T[] => statements.sort((a, b) => a.score - b.score);

/**
 * Every agreement statement the respondent answered, in every area, lowest
 * score first and then in the order asked: the coach's answers view.
 */
export function statementsWeakestFirst(survey: Survey, answers: Answers): (WeakStatement & { area: GrowthArea })[] {
  return lowestFirst(GROWTH_AREAS.flatMap((area) => answeredStatements(survey, area, answers).map((s) => ({ ...s, area }))));
}

/** null when the score has no opportunity. */
export function explainOpportunity(survey: Survey, answers: Answers, score: GrowthTestScore): OpportunityExplanation | null {
  const opportunity = score.opportunity;
  if (!opportunity) return null;
  const weak = answeredStatements(survey, opportunity.area, answers).filter((s) => s.score < 100);
  const weakest = lowestFirst(weak).slice(0, WEAKEST_STATEMENTS_SHOWN);

  const byReason = new Map<TieReason, GrowthArea[]>();
  for (const a of score.areas) {
    if (a.area === opportunity.area || a.score === null) continue;
    const sameGap = weightedGapOf(a.area, a.score) === opportunity.weightedGap;
    const reason: TieReason | null = sameGap
      ? a.score === opportunity.score
        ? 'order'
        : 'lower-score'
      : a.score === opportunity.score
        ? 'weight'
        : null;
    if (reason) byReason.set(reason, [...(byReason.get(reason) ?? []), a.area]);
  }
  const ties = (['weight', 'lower-score', 'order'] as const).flatMap((reason): Tie[] => {
    const areas = byReason.get(reason);
    return areas ? [{ reason, areas }] : [];
  });
  return { weakest, ties };
}
