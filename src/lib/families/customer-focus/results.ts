/**
 * Customer-focus results from aggregated facts: a score per level and per
 * condition, the weakest conditions first, and the spread of answers. Below
 * MIN_TEAM_RESPONDENTS answers nothing is returned but the count, and no
 * figure (condition, level, month) rests on fewer answers than that.
 * Pure; words per language live in ./texts.ts.
 */
import type { Survey } from '../../surveys/schema.ts';
import { countOf, inMonth, monthsOf, spreadOf } from '../common/counts.ts';
import { meanOf, roundOrNull, roundTo1, type HeadlineFigure } from '../common/figures.ts';
import type { FactCount } from '../types.ts';
import {
  AGREE_MAX_SD,
  CONDITION_LEVEL,
  CONDITIONS,
  FACT,
  LEVELS,
  MIN_TEAM_RESPONDENTS,
  MODEL,
  type Condition,
  type Level,
} from './model.ts';
import type { CustomerFocusOptions } from './options.ts';

export type SpreadLabel = 'agrees' | 'differs';

/** A score with its spread, or withheld when it would rest on fewer than MIN_TEAM_RESPONDENTS answers. */
export interface TeamFigure {
  /** How many employees' answers it rests on. */
  answers: number;
  withheld: boolean;
  /** 0–100, one decimal; null when withheld or without answers. */
  score: number | null;
  /** Standard deviation between employees, 0–100 points, one decimal; null when withheld. */
  sd: number | null;
  spread: SpreadLabel | null;
}

export interface CustomerFocusFigures {
  respondents: number;
  /** Mean of the level scores; null when no level has one. */
  overall: number | null;
  /** Score = mean of its conditions' shown scores; spread from each employee's level score. */
  levels: ({ level: Level } & TeamFigure)[];
  /** In the order asked. */
  conditions: ({ condition: Condition; level: Level } & TeamFigure)[];
  /** Conditions with a score, lowest first (ties in the order asked). */
  weakestFirst: Condition[];
}

export type CustomerFocusResults =
  | { model: typeof MODEL; status: 'withheld'; respondents: number; minimum: number; headlineFigure: HeadlineFigure }
  | ({
      model: typeof MODEL;
      status: 'shown';
      /** Per month, only when every month has at least MIN_TEAM_RESPONDENTS answers (else null, see docs/scoring.md). */
      months: ({ month: string } & Omit<CustomerFocusFigures, 'weakestFirst' | 'conditions'>)[] | null;
      headlineFigure: HeadlineFigure;
    } & CustomerFocusFigures);

export const spreadLabel = (sd: number): SpreadLabel => (sd <= AGREE_MAX_SD ? 'agrees' : 'differs');

function teamFigure(counts: FactCount[], key: string, score?: number | null): TeamFigure {
  const { n, mean, sd } = spreadOf(counts, key);
  if (n < MIN_TEAM_RESPONDENTS || mean === null || sd === null) {
    return { answers: n, withheld: n > 0, score: null, sd: null, spread: null };
  }
  const shown = score === undefined ? roundTo1(mean) : score;
  return { answers: n, withheld: false, score: shown, sd: roundTo1(sd), spread: spreadLabel(sd) };
}

function figuresFrom(counts: FactCount[]): CustomerFocusFigures {
  const conditions = CONDITIONS.map((condition) => ({
    condition,
    level: CONDITION_LEVEL[condition] as Level,
    ...teamFigure(counts, FACT.condition(condition)),
  }));
  const levels = LEVELS.map((level) => {
    const shown = conditions.flatMap((c) => (c.level === level && c.score !== null ? [c.score] : []));
    return { level, ...teamFigure(counts, FACT.level(level), roundOrNull(meanOf(shown))) };
  });
  return {
    respondents: countOf(counts, FACT.answered),
    overall: roundOrNull(meanOf(levels.flatMap((l) => (l.score === null ? [] : [l.score])))),
    levels,
    conditions,
    weakestFirst: conditions.filter((c) => c.score !== null).sort((a, b) => a.score! - b.score!).map((c) => c.condition),
  };
}

export function buildResults(counts: FactCount[], _survey: Survey, _options: CustomerFocusOptions): CustomerFocusResults {
  const respondents = countOf(counts, FACT.answered);
  const headline = (value: number | null): HeadlineFigure => ({ key: 'customer_focus', value, unit: 'score', answers: respondents });
  if (respondents < MIN_TEAM_RESPONDENTS) {
    return { model: MODEL, status: 'withheld', respondents, minimum: MIN_TEAM_RESPONDENTS, headlineFigure: headline(null) };
  }
  const all = figuresFrom(counts);
  const months = monthsOf(counts).map((month) => ({ month, counts: inMonth(counts, month) }));
  // Months are shown only if every one is large enough: otherwise the total minus the shown months would give away the small one.
  const monthsShown = months.every((m) => countOf(m.counts, FACT.answered) >= MIN_TEAM_RESPONDENTS);
  return {
    model: MODEL,
    status: 'shown',
    ...all,
    months: monthsShown
      ? months.map(({ month, counts: c }) => {
          const { weakestFirst: _w, conditions: _c, ...figures } = figuresFrom(c);
          return { month, ...figures };
        })
      : null,
    headlineFigure: headline(all.overall),
  };
}
