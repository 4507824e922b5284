/**
 * Steps 1 and 2 side by side: do the customers that bring the most revenue
 * also bring the most profit? Compares the top 10 of each, by name. Pure.
 */
import { rankDescending, type ParetoItem } from './pareto.ts';

export const TOP_N = 10;

export interface Overlap {
  revenueTop: string[];
  profitTop: string[];
  /** Customers in both tops. */
  count: number;
  onlyRevenue: string[];
  onlyProfit: string[];
}

/**
 * The revenue top: the (up to) 10 largest revenues above 0. The profit top:
 * the (up to) 10 largest profits above 0, among customers whose profit is
 * known (a loss is never a "top" profit). Equal values in name order.
 */
export function topOverlap(revenue: readonly ParetoItem[], profit: readonly ParetoItem[]): Overlap {
  const top = (items: readonly ParetoItem[]) => rankDescending(items.filter((i) => i.value > 0)).slice(0, TOP_N).map((i) => i.name);
  const revenueTop = top(revenue);
  const profitTop = top(profit);
  const inProfit = new Set(profitTop);
  const inRevenue = new Set(revenueTop);
  return {
    revenueTop,
    profitTop,
    count: revenueTop.filter((n) => inProfit.has(n)).length,
    onlyRevenue: revenueTop.filter((n) => !inProfit.has(n)),
    onlyProfit: profitTop.filter((n) => !inRevenue.has(n)),
  };
}
