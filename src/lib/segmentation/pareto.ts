/**
 * Steps 1 and 2: how few customers make 80% of the revenue (or profit).
 * Pure. Amounts are summed in whole cents, so "reaches 80%" is decided
 * exactly, never by a floating-point rounding.
 */

export const PARETO_SHARE = 0.8;

export interface ParetoItem {
  name: string;
  value: number;
}

export interface Pareto {
  /** The sum the 80% is taken of (for profit: of the positive profits only). */
  total: number;
  /** The smallest number of customers, largest first, whose values reach at least 80% of the total; 0 when the total is 0. */
  customersFor80Pct: number;
  /** customersFor80Pct as a percentage of `population` (all customers imported), one decimal. */
  shareOfCustomersPct: number;
  /** The customers counted, largest first (equal values in name order). */
  top: ParetoItem[];
  /** Cumulative share of the total after each customer, largest first, 0–100. */
  curve: number[];
}

const cents = (n: number) => Math.round(n * 100);

/** One collator for every comparison: `localeCompare(x, 'nl')` builds one per call, seconds for 10,000 customers with many equal values. */
export const compareNames = new Intl.Collator('nl').compare;

/** Largest first; equal values by name (then as given), so the same list always gives the same order. */
export function rankDescending<T extends ParetoItem>(items: readonly T[]): T[] {
  return items
    .map((item, i) => ({ item, i }))
    .sort((a, b) => b.item.value - a.item.value || compareNames(a.item.name, b.item.name) || a.i - b.i)
    .map(({ item }) => item);
}

/**
 * The Pareto figure of `items` (only values above 0 count towards the
 * total; ties change nothing: the count depends on the values alone).
 * `population`: the number of customers the share is of.
 */
export function pareto(items: readonly ParetoItem[], population: number): Pareto {
  const positive = rankDescending(items.filter((i) => i.value > 0));
  const totalCents = positive.reduce((sum, i) => sum + cents(i.value), 0);
  const curve: number[] = [];
  let running = 0;
  let count = 0;
  for (const item of positive) {
    running += cents(item.value);
    curve.push(totalCents === 0 ? 0 : (running / totalCents) * 100);
    // running ≥ 0.8 × total, in integers: 5 × running ≥ 4 × total.
    if (count === 0 && 5 * running >= 4 * totalCents) count = curve.length;
  }
  return {
    total: totalCents / 100,
    customersFor80Pct: count,
    shareOfCustomersPct: population === 0 ? 0 : Math.round((count / population) * 1000) / 10,
    top: positive.slice(0, count),
    curve,
  };
}
