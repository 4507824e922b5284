/** The 360° differences on the common scale, with the worked example of docs/scoring.md ("The 360° growth report"). */
import { describe, expect, test } from 'vitest';
import { compareViews, expectationMetPct, largestDifferences, npsOnScale, type ViewsInput } from '../../../../src/lib/reports/three-sixty/differences.ts';

/** The worked example of docs/scoring.md. */
const WORKED: ViewsInput = {
  self: { customer_focus: 80, satisfaction: 75, complaints: 70 },
  staff: { i: 72.5, we: 60, organisation: 45 },
  customers: { nps: 10, expectationMetPct: 68, complainedPct: 30 },
};

describe('the 360° differences', () => {
  test('the worked example: every pair, self − other on 0–100', () => {
    expect(compareViews(WORKED).map((c) => [c.view, c.self, c.other, c.difference, c.notable])).toEqual([
      ['staff-i', 80, 72.5, 7.5, false],
      ['staff-we', 80, 60, 20, true],
      ['staff-organisation', 80, 45, 35, true],
      // NPS +10 → (10 + 100) / 2 = 55.
      ['customers-nps', 75, 55, 20, true],
      ['customers-expectation', 75, 68, 7, false],
      ['customers-complained', 70, 30, 40, true],
    ]);
  });

  test('the worked example: the three largest called out, largest first', () => {
    expect(largestDifferences(compareViews(WORKED)).map((c) => [c.view, c.difference])).toEqual([
      ['customers-complained', 40],
      ['staff-organisation', 35],
      // staff-we and customers-nps tie at 20: the order of the views keeps staff first.
      ['staff-we', 20],
    ]);
  });

  test('at the threshold: 15 points is notable, 14.9 is not; either sign', () => {
    const input: ViewsInput = { self: { customer_focus: 50, satisfaction: 50, complaints: 50 }, staff: { i: 65, we: 64.9, organisation: 35 }, customers: null };
    expect(compareViews(input).filter((c) => c.notable).map((c) => [c.view, c.difference])).toEqual([
      ['staff-i', -15],
      ['staff-organisation', 15],
    ]);
  });

  test('a missing side gives no difference and is never called out (withheld team, no test, no survey)', () => {
    const none = compareViews({ self: { customer_focus: null, satisfaction: 60, complaints: null }, staff: null, customers: { nps: null, expectationMetPct: 20, complainedPct: null } });
    expect(none.filter((c) => c.difference !== null).map((c) => [c.view, c.difference])).toEqual([['customers-expectation', 40]]);
    expect(largestDifferences(none).map((c) => c.view)).toEqual(['customers-expectation']);
  });

  test.each([
    [-100, 0],
    [0, 50],
    [100, 100],
    [-20, 40],
  ])('NPS %d is %d on the common scale', (nps, scaled) => {
    expect(npsOnScale(nps)).toBe(scaled);
  });

  test('expectation met or exceeded: "as expected" and "more than expected" of those who answered', () => {
    // 20 less, 50 as expected, 30 more, of 100 who answered: (50 + 30) / 100 = 80%.
    expect(expectationMetPct({ less: { count: 20, of: 100 }, as: { count: 50, of: 100 }, more: { count: 30, of: 100 } })).toBe(80);
    expect(expectationMetPct({ less: { count: 0, of: 0 }, as: { count: 0, of: 0 }, more: { count: 0, of: 0 } })).toBeNull();
  });
});
