/** The hand-worked examples of docs/scoring.md, "Customer segmentation", one for one. */
import { describe, expect, test } from 'vitest';
import { analyseSegmentation } from '../../../src/lib/segmentation/analyse.ts';
import { profitabilityScore, type Customer } from '../../../src/lib/segmentation/customer.ts';
import { segmentationFigures, SegmentationFiguresSchema } from '../../../src/lib/segmentation/figures.ts';
import { fitGroupOf } from '../../../src/lib/segmentation/fit.ts';
import { topOverlap } from '../../../src/lib/segmentation/overlap.ts';
import { pareto } from '../../../src/lib/segmentation/pareto.ts';
import { DEFAULT_THRESHOLDS, quadrantOf, ThresholdsSchema } from '../../../src/lib/segmentation/quadrants.ts';

const items = (values: number[]) => values.map((value, i) => ({ name: String.fromCharCode(65 + i), value }));

describe('Pareto: the smallest number of customers, largest first, reaching 80%', () => {
  test.each([
    { example: 'five customers', values: [50, 20, 15, 10, 5], total: 100, count: 3, share: 60 },
    { example: 'a tie at the 80% line (exactly 80% counts)', values: [40, 40, 10, 10], total: 100, count: 2, share: 50 },
    { example: 'a single customer', values: [100], total: 100, count: 1, share: 100 },
    { example: 'ten equal customers', values: Array(10).fill(100), total: 1000, count: 8, share: 80 },
    { example: 'all revenue zero', values: [0, 0, 0], total: 0, count: 0, share: 0 },
    { example: 'no customers', values: [], total: 0, count: 0, share: 0 },
    { example: 'three customers, one third each', values: [1, 1, 1], total: 3, count: 3, share: 100 },
  ])('$example', ({ values, total, count, share }) => {
    const p = pareto(items(values), values.length);
    expect(p.total).toBe(total);
    expect(p.customersFor80Pct).toBe(count);
    expect(p.shareOfCustomersPct).toBe(share);
  });

  test('profit: only positive profits make the total; the share is of all customers imported', () => {
    // A 60, B 30, C 0, D −20, and E whose profit is unknown: total 90, 80% is 72; 60 < 72, 90 ≥ 72.
    const p = pareto(items([60, 30, 0, -20]), 5);
    expect(p).toMatchObject({ total: 90, customersFor80Pct: 2, shareOfCustomersPct: 40 });
    expect(p.top.map((t) => t.name)).toEqual(['A', 'B']);
  });

  test('cents are summed exactly: 0.7 + 0.1 of 1.0 reaches 80% (in floating point it is 0.7999…)', () => {
    expect(pareto([{ name: 'a', value: 0.7 }, { name: 'b', value: 0.1 }, { name: 'c', value: 0.1 }, { name: 'd', value: 0.1 }], 4).customersFor80Pct).toBe(2);
  });
});

describe('top-10 overlap', () => {
  // C01..C12: revenue 1200 down to 100; profit: C01 a loss of 5, C02 unknown, Cnn = nn × 10 otherwise.
  const names = Array.from({ length: 12 }, (_, i) => `C${String(i + 1).padStart(2, '0')}`);
  const revenue = names.map((name, i) => ({ name, value: 1200 - i * 100 }));
  const profit = names.flatMap((name, i) => (i === 1 ? [] : [{ name, value: i === 0 ? -5 : (i + 1) * 10 }]));
  test('count, only in the revenue top, only in the profit top', () => {
    const o = topOverlap(revenue, profit);
    expect(o.count).toBe(8);
    expect(o.onlyRevenue).toEqual(['C01', 'C02']);
    expect(o.onlyProfit).toEqual(['C12', 'C11']);
  });
});

describe('profitability score', () => {
  const base: Customer = { name: 'x', revenue: 1000, profit: null, priceAgreement: null, workability: null, timeEnergy: null, acquisitionCost: null, loyalty: null, growthPotential: 3, strategicFit: 3, culturalFit: 3 };
  test.each([
    { example: '10% margin', c: { profit: 100 }, score: 3 },
    { example: '20% margin', c: { profit: 200 }, score: 5 },
    { example: '30% margin (capped at 5)', c: { profit: 300 }, score: 5 },
    { example: '5% margin', c: { profit: 50 }, score: 2 },
    { example: 'a loss', c: { profit: -10 }, score: 1 },
    { example: 'no revenue, a profit', c: { revenue: 0, profit: 10 }, score: 5 },
    { example: 'proxies 5 4 3 2 1', c: { priceAgreement: 5, workability: 4, timeEnergy: 3, acquisitionCost: 2, loyalty: 1 }, score: 3 },
    { example: 'proxies 4 4 4 4 5', c: { priceAgreement: 4, workability: 4, timeEnergy: 4, acquisitionCost: 4, loyalty: 5 }, score: 4.2 },
  ])('$example', ({ c, score }) => {
    expect(profitabilityScore({ ...base, ...c })).toBe(score);
  });
});

describe('BCG quadrants at and around the thresholds (3 and 3; at a threshold counts as high)', () => {
  test.each([
    { p: 3, g: 3, q: 'star' },
    { p: 2.9, g: 3, q: 'question-mark' },
    { p: 3, g: 2, q: 'cash-cow' },
    { p: 2.9, g: 2, q: 'dog' },
    { p: 5, g: 5, q: 'star' },
    { p: 1, g: 1, q: 'dog' },
  ])('profitability $p, growth $g: $q', ({ p, g, q }) => {
    expect(quadrantOf(p, g, DEFAULT_THRESHOLDS)).toBe(q);
  });
  test('moved thresholds (4 and 4): 3 and 3 is a dog', () => {
    expect(quadrantOf(3, 3, { profitability: 4, growth: 4 })).toBe('dog');
  });
  test('thresholds from a query: steps of 0.5 within 1–5, anything else the default', () => {
    expect(ThresholdsSchema.parse({ profitability: '3.5', growth: '2', fit: '4' })).toEqual({ profitability: 3.5, growth: 2, fit: 4 });
    expect(ThresholdsSchema.parse({ profitability: '9', growth: 'x', fit: '3.3' })).toEqual(DEFAULT_THRESHOLDS);
  });
});

describe('step 4: core customers and the other groups (fit threshold 4)', () => {
  const t = { fit: 4 };
  const no = { inRevenueTop: false, inProfitTop: false };
  test.each([
    { quadrant: 'star', s: 4, c: 4, group: 'core' },
    { quadrant: 'cash-cow', s: 5, c: 4, group: 'core' },
    { quadrant: 'star', s: 4, c: 3, group: 'develop' },
    { quadrant: 'question-mark', s: 2, c: 2, group: 'develop' },
    { quadrant: 'dog', s: 2, c: 3, group: 'part-ways' },
    { quadrant: 'dog', s: 4, c: 4, group: 'develop' },
    { quadrant: 'dog', s: 5, c: 3, group: 'maintain' },
    { quadrant: 'cash-cow', s: 3, c: 3, group: 'maintain' },
  ] as const)('$quadrant with fits $s and $c: $group', ({ quadrant, s, c, group }) => {
    expect(fitGroupOf({ quadrant, strategicFit: s, culturalFit: c, ...no }, t).group).toBe(group);
  });
  test('a core customer says why', () => {
    expect(fitGroupOf({ quadrant: 'star', strategicFit: 5, culturalFit: 4, inRevenueTop: true, inProfitTop: false }, t).reasons).toEqual([
      'profitable',
      'growth',
      'revenue-top',
      'strategic-fit',
      'cultural-fit',
    ]);
  });
});

describe('the whole analysis and the API figures', () => {
  const c = (name: string, revenue: number, profit: number | null, growth: number, fit: number): Customer => ({
    name,
    revenue,
    profit,
    priceAgreement: profit === null ? 2 : null,
    workability: profit === null ? 2 : null,
    timeEnergy: profit === null ? 2 : null,
    acquisitionCost: profit === null ? 2 : null,
    loyalty: profit === null ? 2 : null,
    growthPotential: growth,
    strategicFit: fit,
    culturalFit: fit,
  });
  const customers = [c('Anker', 5000, 1000, 4, 5), c('Boei', 3000, 150, 2, 2), c('Duin', 1500, -300, 4, 4), c('Eb', 500, null, 1, 2)];
  test('figures match the schema and the hand-worked numbers', () => {
    const figures = segmentationFigures(analyseSegmentation(customers, DEFAULT_THRESHOLDS));
    expect(SegmentationFiguresSchema.parse(figures)).toEqual(figures);
    expect(figures).toEqual({
      customers: 4,
      // 10,000 in all; 5,000 + 3,000 = 8,000 reaches 80%.
      revenue: { total: 10000, customersFor80Pct: 2, shareOfCustomersPct: 50 },
      // Positive profits 1,000 + 150 = 1,150; 1,000 alone is 87%.
      profit: { totalPositive: 1150, customersFor80Pct: 1, shareOfCustomersPct: 25, lossMaking: ['Duin'] },
      top10Overlap: { count: 2, onlyRevenue: ['Duin', 'Eb'], onlyProfit: [] },
      // Anker 20% margin → 5, growth 4: star. Boei 5% → 2, growth 2: dog. Duin a loss → 1, growth 4: question mark. Eb proxies 2 → 2, growth 1: dog.
      quadrants: [
        { name: 'Anker', quadrant: 'star' },
        { name: 'Boei', quadrant: 'dog' },
        { name: 'Duin', quadrant: 'question-mark' },
        { name: 'Eb', quadrant: 'dog' },
      ],
      core: ['Anker'],
    });
  });
});
