import { describe, expect, test } from 'vitest';
import { barShares, fillMonths, fillScoreBins, periodStart, rankOpportunities, sumBy } from '../../../src/lib/reports/overview.ts';

describe('overview helpers', () => {
  test('the period starts on the first of the month eleven months back', () => {
    expect(periodStart(new Date('2026-03-15T10:00:00Z')).toISOString()).toBe('2025-04-01T00:00:00.000Z');
    expect(periodStart(new Date('2026-01-01T00:00:00Z'), 2).toISOString()).toBe('2025-12-01T00:00:00.000Z');
  });

  test('every month is present, oldest first, missing ones as 0', () => {
    const months = fillMonths([{ month: '2026-03', count: 4 }, { month: '2025-05', count: 1 }], new Date('2026-03-15T10:00:00Z'));
    expect(months).toHaveLength(12);
    expect(months[0]).toEqual({ month: '2025-04', count: 0 });
    expect(months[1]).toEqual({ month: '2025-05', count: 1 });
    expect(months[11]).toEqual({ month: '2026-03', count: 4 });
  });

  test('ten bins with bounds, the top one up to 100', () => {
    const bins = fillScoreBins([{ bin: 9, count: 2 }, { bin: 0, count: 1 }]);
    expect(bins).toHaveLength(10);
    expect(bins[0]).toEqual({ from: 0, to: 9, count: 1 });
    expect(bins[5]).toEqual({ from: 50, to: 59, count: 0 });
    expect(bins[9]).toEqual({ from: 90, to: 100, count: 2 });
  });

  test('opportunities rank by count, ties by code, with whole percents', () => {
    expect(rankOpportunities([{ area: 'sales', count: 1 }, { area: 'ambition', count: 2 }, { area: 'branding', count: 1 }])).toEqual([
      { area: 'ambition', count: 2, percent: 50 },
      { area: 'branding', count: 1, percent: 25 },
      { area: 'sales', count: 1, percent: 25 },
    ]);
    expect(rankOpportunities([])).toEqual([]);
  });

  test('bar shares scale to the largest value; all zero stays zero', () => {
    expect(barShares([1, 4, 2])).toEqual([25, 100, 50]);
    expect(barShares([0, 0])).toEqual([0, 0]);
  });

  test('sumBy adds counts per key in first-seen order', () => {
    expect(sumBy([{ k: 'a', count: 1 }, { k: 'b', count: 2 }, { k: 'a', count: 3 }], (r) => r.k)).toEqual([['a', 4], ['b', 2]]);
  });
});
