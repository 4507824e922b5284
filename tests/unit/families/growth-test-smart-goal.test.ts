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

  test("months end on the same day, or the shorter month's last day (never spilling into the next month)", () => {
    expect(datedGoal('Within six months we know.', new Date('2026-08-31T12:00:00Z'), 'en')).toBe('By 28 February 2027 we know.');
    expect(datedGoal('Within six months we know.', new Date('2027-08-31T12:00:00Z'), 'en')).toBe('By 29 February 2028 we know.');
    expect(datedGoal('Within six months we know.', new Date('2026-12-31T12:00:00Z'), 'en')).toBe('By 30 June 2027 we know.');
    expect(datedGoal('Within six months we know.', new Date('2026-01-15T12:00:00Z'), 'en')).toBe('By 15 July 2026 we know.');
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

describe('the SMART goal speaks as the business is: "I" for one person, "we" for a team', () => {
  const TEAM_WORDS = /\b(we|wij|ons|onze|our|us|team|medewerker\w*|employees?|teamleider|team lead)\b/i;

  test('every solo goal keeps the period and the numbers of its team goal, and never says "we"', async () => {
    const { SOLO_SMART_GOALS } = await import('../../../src/lib/families/growth-test/advice-solo.ts');
    for (const [area, levels] of Object.entries(SOLO_SMART_GOALS)) {
      for (const [level, goal] of Object.entries(levels)) {
        const team = AREA_ADVICE[area as keyof typeof AREA_ADVICE].smartGoal[level as keyof typeof levels];
        for (const locale of ['nl', 'en'] as const) {
          expect(goal[locale], `${area}.${level}.${locale}`).not.toMatch(TEAM_WORDS);
          expect(goal[locale].split(' ').slice(0, 3), `${area}.${level}.${locale} period`).toEqual(team[locale].split(' ').slice(0, 3));
          expect(datedGoal(goal[locale], completedAt, locale)).not.toBe(goal[locale]);
        }
      }
    }
  });

  test('the report picks by company size', () => {
    const peers = { group: null, percentiles: {} };
    const solo = buildGrowthReport(survey, { ...WORKED_EXAMPLE, employees: '1' }, 'en', peers, { completedAt });
    const team = buildGrowthReport(survey, WORKED_EXAMPLE, 'en', peers, { completedAt });
    expect(solo.opportunity!.smartGoal).toBe('By 27 December 2026 I know which fifth of my customers brings four fifths of my revenue over the past twelve months, and I have spoken with three of them.');
    expect(team.opportunity!.smartGoal).toMatch(/^By 27 December 2026 we have an overview/);
  });
});
