/**
 * The four steps over one import's customers: Pareto for revenue and
 * profit, the top-10 overlap, the BCG quadrants and the fit groups. Pure:
 * customers and thresholds in, numbers out.
 */
import { profitabilityScore, type Customer } from './customer.ts';
import { fitGroupOf, type FitGroup, type FitReason } from './fit.ts';
import { topOverlap, type Overlap } from './overlap.ts';
import { compareNames, pareto, type Pareto } from './pareto.ts';
import { quadrantOf, type Quadrant, type Thresholds } from './quadrants.ts';

export interface AnalysedCustomer {
  name: string;
  revenue: number;
  profit: number | null;
  profitability: number;
  growthPotential: number;
  strategicFit: number;
  culturalFit: number;
  quadrant: Quadrant;
  group: FitGroup;
  reasons: FitReason[];
}

export interface Segmentation {
  customers: number;
  /** Customers whose profit is known (the rest are scored on the proxies). */
  withProfit: number;
  revenue: Pareto;
  profit: Pareto;
  /** Customers with a profit below 0, largest loss first. */
  lossMaking: { name: string; profit: number }[];
  overlap: Overlap;
  thresholds: Thresholds;
  /** In the order imported. */
  analysed: AnalysedCustomer[];
}

export function analyseSegmentation(customers: readonly Customer[], thresholds: Thresholds): Segmentation {
  const revenueItems = customers.map((c) => ({ name: c.name, value: c.revenue }));
  const profitItems = customers.flatMap((c) => (c.profit === null ? [] : [{ name: c.name, value: c.profit }]));
  const revenue = pareto(revenueItems, customers.length);
  const profit = pareto(profitItems, customers.length);
  const overlap = topOverlap(revenueItems, profitItems);
  const revenueTop = new Set(revenue.top.map((i) => i.name));
  const profitTop = new Set(profit.top.map((i) => i.name));
  const analysed = customers.map((c): AnalysedCustomer => {
    const profitability = profitabilityScore(c);
    const quadrant = quadrantOf(profitability, c.growthPotential, thresholds);
    const { group, reasons } = fitGroupOf(
      { quadrant, strategicFit: c.strategicFit, culturalFit: c.culturalFit, inRevenueTop: revenueTop.has(c.name), inProfitTop: profitTop.has(c.name) },
      thresholds,
    );
    return {
      name: c.name,
      revenue: c.revenue,
      profit: c.profit,
      profitability,
      growthPotential: c.growthPotential,
      strategicFit: c.strategicFit,
      culturalFit: c.culturalFit,
      quadrant,
      group,
      reasons,
    };
  });
  const lossMaking = customers
    .flatMap((c) => (c.profit !== null && c.profit < 0 ? [{ name: c.name, profit: c.profit }] : []))
    .sort((a, b) => a.profit - b.profit || compareNames(a.name, b.name));
  return { customers: customers.length, withProfit: profitItems.length, revenue, profit, lossMaking, overlap, thresholds, analysed };
}
