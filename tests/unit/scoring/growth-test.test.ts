import { describe, expect, test } from 'vitest';
import {
  GROWTH_AREAS,
  levelFor,
  pickOpportunity,
  scoreGrowthTest,
  statementScore,
} from '../../../src/lib/scoring/growth-test.ts';
import { growthTestV1 as survey } from '../../../src/lib/surveys/definitions/growth-test.ts';
import { WORKED_EXAMPLE, areaAnswers as area } from '../fixtures/worked-example.ts';

describe('the worked example (docs/scoring.md)', () => {
  const result = scoreGrowthTest(survey, WORKED_EXAMPLE);
  const byArea = Object.fromEntries(result.areas.map((a) => [a.area, a]));

  test.each([
    ['ambition', 75, 'established', 4],
    ['core_customers', 35, 'starting', 5],
    ['business_model', 50, 'developing', 5],
    ['customer_focus', 75, 'established', 5],
    ['satisfaction', 25, 'starting', 5],
    ['complaints', 55, 'developing', 5],
    ['sales', 60, 'established', 5],
    ['branding', null, null, 0],
    ['relationships', 95, 'leading', 5],
  ] as const)('%s scores %s (%s) on %i answered statements', (id, score, level, answered) => {
    expect(byArea[id]).toMatchObject({ score, level, answered, total: 5 });
  });

  test('overall is the mean of the eight scored areas', () => {
    expect(result.overall).toBe(58.8);
  });

  test('the opportunity is core customers: weighted gap 1.2 × 65 = 78 beats satisfaction 1.0 × 75', () => {
    expect(result.opportunity).toEqual({ area: 'core_customers', score: 35, weightedGap: 78 });
  });

  test('branding, all "don\'t know", is flagged thin and left out rather than counted as zero', () => {
    expect(byArea.branding.thin).toBe(true);
    expect(byArea.ambition.thin).toBe(false);
  });
});

describe('edge cases', () => {
  const all = (value: number | 'dk') => Object.assign({}, ...GROWTH_AREAS.map((id) => area(id, [value, value, value, value, value])));

  test('all "don\'t know": no scores, no overall, no opportunity', () => {
    const result = scoreGrowthTest(survey, all('dk'));
    expect(result.overall).toBeNull();
    expect(result.opportunity).toBeNull();
    expect(result.areas.every((a) => a.score === null && a.level === null)).toBe(true);
  });

  test('all maximum: 100 everywhere (reversed statements answered 1), nothing to improve', () => {
    const answers = all(5);
    for (const id of ['core_customers_5', 'complaints_2', 'sales_1']) answers[id] = 1;
    const result = scoreGrowthTest(survey, answers);
    expect(result.overall).toBe(100);
    expect(result.areas.every((a) => a.score === 100 && a.level === 'leading')).toBe(true);
    expect(result.opportunity).toBeNull();
  });

  test('all "strongly agree" including the reversed statements: those areas drop to 80', () => {
    const result = scoreGrowthTest(survey, all(5));
    expect(result.areas.find((a) => a.area === 'sales')!.score).toBe(80);
    expect(result.opportunity?.area).toBe('core_customers');
  });

  test('nothing answered at all scores like all "don\'t know"', () => {
    expect(scoreGrowthTest(survey, {}).overall).toBeNull();
  });
});

describe('the opportunity rule', () => {
  test('equal weighted gaps go to the lower score', () => {
    // core customers 37.5 → 1.2 × 62.5 = 75; satisfaction 25 → 1.0 × 75 = 75.
    expect(pickOpportunity([{ area: 'core_customers', score: 37.5 }, { area: 'satisfaction', score: 25 }])?.area).toBe('satisfaction');
  });
  test('equal gaps and scores go to the area asked first', () => {
    expect(pickOpportunity([{ area: 'sales', score: 40 }, { area: 'complaints', score: 40 }])?.area).toBe('sales');
    expect(pickOpportunity([{ area: 'complaints', score: 40 }, { area: 'sales', score: 40 }])?.area).toBe('complaints');
  });
  test('weights make ambition win an equal score', () => {
    expect(pickOpportunity([{ area: 'sales', score: 50 }, { area: 'ambition', score: 50 }])?.area).toBe('ambition');
  });
});

describe('building blocks', () => {
  test.each([
    [1, false, 0], [3, false, 50], [5, false, 100], [1, true, 100], [4, true, 25],
  ])('statementScore(%i, reverse %s) = %i', (value, reverse, expected) => {
    expect(statementScore(value, reverse)).toBe(expected);
  });
  test.each([
    [0, 'starting'], [39.9, 'starting'], [40, 'developing'], [59.9, 'developing'], [60, 'established'], [80, 'leading'], [100, 'leading'],
  ] as const)('levelFor(%d) = %s', (score, level) => {
    expect(levelFor(score)).toBe(level);
  });
});
