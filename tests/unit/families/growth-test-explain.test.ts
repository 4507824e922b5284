import { describe, expect, test } from 'vitest';
import { explainOpportunity, statementsWeakestFirst } from '../../../src/lib/families/growth-test/explain.ts';
import { GROWTH_AREAS, scoreGrowthTest, type GrowthArea } from '../../../src/lib/families/growth-test/scoring.ts';
import { buildGrowthReport } from '../../../src/lib/families/growth-test/report.ts';
import { growthTestV1 as survey } from '../../../src/lib/families/growth-test/definition.ts';
import type { Answers } from '../../../src/lib/surveys/answers.ts';
import { WORKED_EXAMPLE, areaAnswers as area } from '../fixtures/worked-example.ts';

const explain = (answers: Answers) => explainOpportunity(survey, answers, scoreGrowthTest(survey, answers));

/** Every statement of every area scoring `points` (reversed statements answered the other way), then `overrides`. */
function uniform(points: 0 | 25 | 50 | 75 | 100, overrides: Answers = {}): Answers {
  const answers: Answers = { sector: 'retail', employees: '2-9' };
  for (const section of survey.sections) {
    for (const q of section.questions) {
      if (q.type === 'agreement') answers[q.id] = q.reverse ? 5 - points / 25 : 1 + points / 25;
    }
  }
  return { ...answers, ...overrides };
}

describe('explainOpportunity: the weakest statements', () => {
  test('the worked example names the three statements of core customers that score 25, in the order asked', () => {
    const result = explain(WORKED_EXAMPLE)!;
    // core_customers answered 2, 3, 2, 3, 4 with _5 reversed: scores 25, 50, 25, 50, 25.
    expect(result.weakest.map((w) => [w.id, w.value, w.score])).toEqual([
      ['core_customers_1', 2, 25],
      ['core_customers_3', 2, 25],
      ['core_customers_5', 4, 25],
    ]);
    const statement = survey.sections.find((s) => s.id === 'core_customers')!.questions[0]!;
    expect(result.weakest[0]!.text).toEqual(statement.text);
    expect(result.ties).toEqual([]);
  });

  test('lowest first; "don\'t know" and statements at 100 are never named, so fewer than three may show', () => {
    const answers = uniform(75, { ...area('satisfaction', [5, 'dk', 1, 5, 3]) });
    // satisfaction: 100, –, 0, 100, 50 → 62.5; every other area 75. Gap 37.5 beats 30 (ambition 1.2 × 25).
    const result = explain(answers)!;
    expect(result.weakest.map((w) => w.id)).toEqual(['satisfaction_3', 'satisfaction_5']);
  });

  test('no opportunity, no explanation', () => {
    expect(explain(uniform(100))).toBeNull();
  });
});

describe('explainOpportunity: ties', () => {
  test('everything at 50: ambition first; core customers tied on gap and score (asked later), the rest on score (weigh less)', () => {
    const result = explain(uniform(50))!;
    const rest = GROWTH_AREAS.filter((a): a is GrowthArea => a !== 'ambition' && a !== 'core_customers');
    expect(result.ties).toEqual([
      { reason: 'weight', areas: rest },
      { reason: 'order', areas: ['core_customers'] },
    ]);
  });

  test('equal weighted gap, lower score wins: satisfaction at 40 (gap 60) before ambition at 50 (1.2 × 50 = 60)', () => {
    const answers = uniform(75, { ...area('ambition', [3, 3, 3, 3, 3]), ...area('satisfaction', [2, 2, 3, 3, 3]) });
    const score = scoreGrowthTest(survey, answers);
    expect(score.opportunity).toMatchObject({ area: 'satisfaction', score: 40, weightedGap: 60 });
    expect(explainOpportunity(survey, answers, score)!.ties).toEqual([{ reason: 'lower-score', areas: ['ambition'] }]);
  });
});

describe('the report says it in words', () => {
  test('names the weakest statements with the answer as given, and the tie', () => {
    const report = buildGrowthReport(survey, uniform(50), 'en', { group: null, percentiles: {} });
    expect(report.opportunity!.weakest[0]).toEqual({
      text: survey.sections.find((s) => s.id === 'ambition')!.questions[0]!.text.en,
      answer: 'Neutral',
    });
    expect(report.opportunity!.weakest).toHaveLength(3);
    expect(report.opportunity!.ties[0]).toMatch(/^Business model and innovation, .* also scored 50\. This area comes first because it weighs more/);
    expect(report.opportunity!.ties[1]).toMatch(/^Customer segmentation and core customers came out just as high/);
  });

  test('in Dutch, a single tied area by lower score', () => {
    const answers = uniform(75, { ...area('ambition', [3, 3, 3, 3, 3]), ...area('satisfaction', [2, 2, 3, 3, 3]) });
    const report = buildGrowthReport(survey, answers, 'nl', { group: null, percentiles: {} });
    expect(report.opportunity!.ties).toEqual(['Even ver van 100, gewogen, lag ook Ambitie en strategie. Dit gebied komt eerst omdat het lager scoort.']);
  });
});

describe("statementsWeakestFirst: the coach's answers view", () => {
  test('every answered statement of every area, lowest score first, equal scores in the order asked; "don\'t know" left out', () => {
    const answers = uniform(75, { ...area('satisfaction', [5, 'dk', 1, 5, 3]), ...area('core_customers', [1, 4, 4, 4, 2]) });
    const all = statementsWeakestFirst(survey, answers);
    const agreement = survey.sections.flatMap((s) => s.questions.filter((q) => q.type === 'agreement' && answers[q.id] !== 'dk'));
    expect(all).toHaveLength(agreement.length);
    expect(all.map((s) => s.score)).toEqual([...all.map((s) => s.score)].sort((a, b) => a - b));
    // Two at 0: core_customers_1 (asked first) before satisfaction_3.
    expect(all.slice(0, 2).map((s) => [s.id, s.area, s.score])).toEqual([
      ['core_customers_1', 'core_customers', 0],
      ['satisfaction_3', 'satisfaction', 0],
    ]);
    expect(all.at(-1)!.score).toBe(100);
    expect(all.some((s) => s.id === 'satisfaction_2')).toBe(false);
  });
});
