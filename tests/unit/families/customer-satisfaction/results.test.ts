import { describe, expect, test } from 'vitest';
import {
  applyOptions,
  buildResults,
  extractFacts,
  optionsSchema,
  templates,
} from '../../../../src/lib/families/customer-satisfaction/index.ts';
import { npsFrom } from '../../../../src/lib/families/customer-satisfaction/results.ts';
import { npsCategory } from '../../../../src/lib/families/customer-satisfaction/scoring.ts';
import type { Answers } from '../../../../src/lib/surveys/answers.ts';
import { aggregate } from '../support/aggregate.ts';
import { WORKED } from './worked-example.ts';

const [template] = templates;
const options = optionsSchema.parse({});
const survey = applyOptions(template, options);
const results = (responses: { month?: string; answers: Answers }[]) =>
  buildResults(aggregate(survey, extractFacts, responses), survey, options);
/** 0–10 ratings → value → count, as the counts of the `recommend` fact arrive. */
const ratings = (...values: number[]) => values.reduce((m, v) => m.set(v, (m.get(v) ?? 0) + 1), new Map<number, number>());


describe('the worked example (docs/scoring.md)', () => {
  const r = results(WORKED);

  test('NPS 12.5 on 8 answers (3 promoters, 3 passives, 2 detractors), ±54.1, with the low-base warning', () => {
    expect(r.respondents).toBe(10);
    expect(r.nps).toEqual({
      answers: 8,
      promoters: 3,
      passives: 3,
      detractors: 2,
      score: 12.5,
      marginOfError: 54.1,
      lowBase: true,
    });
  });

  test('expectation outcome over the 10 who answered it', () => {
    expect(r.expectation).toEqual({
      less: { count: 2, of: 10, percent: 20 },
      as: { count: 5, of: 10, percent: 50 },
      more: { count: 3, of: 10, percent: 30 },
    });
  });

  test('satisfied but not loyal: 2 of the 8 who answered both questions', () => {
    expect(r.satisfiedNotLoyal).toEqual({ count: 2, of: 8, percent: 25 });
  });

  test.each([
    ['quality', 75, 3],
    ['costs', 25, 2],
    ['communication', null, 0],
  ] as const)('service level %s scores %s on %i answers', (level, score, answers) => {
    expect(r.serviceLevels.find((s) => s.level === level)).toEqual({ level, score, answers });
  });

  test.each([
    ['2026-01', 5, 5, 60, 42.9],
    ['2026-02', 5, 3, -66.7, 53.3],
  ])('month %s: %i respondents, NPS on %i answers is %s ± %s', (month, respondents, answers, score, margin) => {
    const m = r.months.find((x) => x.month === month)!;
    expect(m).toMatchObject({ respondents, nps: { answers, score, marginOfError: margin, lowBase: true } });
  });

  test('the headline figure is the NPS with the number of responses', () => {
    expect(r.headlineFigure).toEqual({ key: 'nps', value: 12.5, unit: 'points', answers: 10 });
  });
});

describe('NPS categories at their boundaries', () => {
  test.each([
    [0, 'detractor'],
    [6, 'detractor'],
    [7, 'passive'],
    [8, 'passive'],
    [9, 'promoter'],
    [10, 'promoter'],
  ] as const)('%i is a %s', (rating, category) => {
    expect(npsCategory(rating)).toBe(category);
    const nps = npsFrom(ratings(rating));
    expect({ promoters: nps.promoters, passives: nps.passives, detractors: nps.detractors }).toEqual({
      promoters: category === 'promoter' ? 1 : 0,
      passives: category === 'passive' ? 1 : 0,
      detractors: category === 'detractor' ? 1 : 0,
    });
  });

  test.each([
    ['6 and 7', [6, 7], -50],
    ['8 and 9', [8, 9], 50],
    ['6 and 9', [6, 9], 0],
  ] as const)('%s give NPS %s', (_, values, score) => {
    expect(npsFrom(ratings(...values)).score).toBe(score);
  });
});

describe('NPS edge cases', () => {
  test.each([
    ['all promoters', 10, 100],
    ['all detractors', 0, -100],
    ['all passives', 7, 0],
  ] as const)('%s: NPS %s, margin 0 (everyone alike), still flagged as a small base', (_, rating, score) => {
    const nps = npsFrom(ratings(rating, rating, rating, rating));
    expect(nps).toMatchObject({ answers: 4, score, marginOfError: 0, lowBase: true });
  });

  test('no answers at all: no NPS (null, never 0), no margin, no warning', () => {
    const r = results([]);
    expect(r.respondents).toBe(0);
    expect(r.nps).toEqual({ answers: 0, promoters: 0, passives: 0, detractors: 0, score: null, marginOfError: null, lowBase: false });
    expect(r.satisfiedNotLoyal.percent).toBeNull();
    expect(r.months).toEqual([]);
    expect(r.headlineFigure.value).toBeNull();
  });

  test('customers who skipped the 0–10 question are not in the denominator', () => {
    const r = results([
      { answers: { expectation: 'more', recommend: 10 } },
      { answers: { expectation: 'less' } },
      { answers: { expectation: 'as' } },
    ]);
    expect(r.respondents).toBe(3);
    expect(r.nps).toMatchObject({ answers: 1, promoters: 1, score: 100 });
  });

  test('responses that all skipped it: no NPS, although there are respondents', () => {
    const r = results([{ answers: { expectation: 'as' } }, { answers: { expectation: 'more' } }]);
    expect(r.respondents).toBe(2);
    expect(r.nps.score).toBeNull();
  });
});

describe('margin of error: 1.96 × √((p + d − (p − d)²) / n) × 100', () => {
  test.each([
    ['100 answers, 50 promoters, 20 detractors', { 10: 50, 7: 30, 0: 20 }, 30, 15.3, false],
    ['30 answers, 15 promoters, 5 detractors', { 9: 15, 8: 10, 5: 5 }, 33.3, 26.7, false],
    ['29 answers, 10 promoters, 10 detractors', { 9: 10, 8: 9, 5: 10 }, 0, 30.2, true],
  ])('%s: NPS %s ± %s (low base %s)', (_, spread, score, margin, lowBase) => {
    const counts = new Map(Object.entries(spread).map(([k, v]) => [Number(k), v]));
    expect(npsFrom(counts)).toMatchObject({ score, marginOfError: margin, lowBase });
  });
});
