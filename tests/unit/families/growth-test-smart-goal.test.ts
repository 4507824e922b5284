import { describe, expect, test } from 'vitest';
import { datedGoal } from '../../../src/lib/families/growth-test/smart-goal.ts';
import { AREA_ADVICE } from '../../../src/lib/families/growth-test/advice.ts';
import { buildGrowthReport } from '../../../src/lib/families/growth-test/report.ts';
import { growthTestV1 as survey } from '../../../src/lib/families/growth-test/definition.ts';
import { WORKED_EXAMPLE } from '../fixtures/worked-example.ts';

const completedAt = new Date('2026-11-27T10:00:00Z');

describe('datedGoal', () => {
  test.each([
    ['nl', 'Binnen 30 dagen hebben we een overzicht.', 'Vóór 27 december 2026 hebben we een overzicht.'],
    ['en', 'Within 90 days we have tested it.', 'By 25 February 2027 we have tested it.'],
    ['en', 'Within six months we have three.', 'By 27 May 2027 we have three.'],
    ['nl', 'Binnen zes maanden hebben we er drie.', 'Vóór 27 mei 2027 hebben we er drie.'],
    ['nl', 'Een doel zonder termijn.', 'Een doel zonder termijn.'],
  ] as const)('%s: %s', (locale, goal, dated) => {
    expect(datedGoal(goal, completedAt, locale)).toBe(dated);
  });

  test('without a completion date the period stays', () => {
    expect(datedGoal('Within 30 days we know.', null, 'en')).toBe('Within 30 days we know.');
  });

  test('every SMART goal of the advice opens with a period, so every goal in a report gets a date', () => {
    for (const advice of Object.values(AREA_ADVICE)) {
      for (const goal of Object.values(advice.smartGoal)) {
        expect(datedGoal(goal.nl, completedAt, 'nl')).toMatch(/^Vóór \d+ \w+ \d{4} /);
        expect(datedGoal(goal.en, completedAt, 'en')).toMatch(/^By \d+ \w+ \d{4} /);
      }
    }
  });

  test('the report dates the goal from the completion day', () => {
    const report = buildGrowthReport(survey, WORKED_EXAMPLE, 'en', { group: null, percentiles: {} }, { completedAt });
    expect(report.opportunity!.smartGoal).toMatch(/^By 27 December 2026 /);
  });
});
