/**
 * The organisation overview's figures, shaped from the database's grouped
 * counts: every month present (also those without tests), every score bin
 * present, opportunities ranked. Pure: no database, no clock.
 */

/** Months shown on the overview, the current one included. */
export const OVERVIEW_MONTHS = 12;
/** Width of one bin of the overall score distribution. */
export const SCORE_BIN_WIDTH = 10;

/** "2026-03": the calendar month of a date in UTC, as SQLite's strftime('%Y-%m') gives it. */
export function monthKey(date: Date): string {
  return date.toISOString().slice(0, 7);
}

/** The first moment (UTC) of the month `count - 1` months before `now`'s: where the overview's period starts. */
export function periodStart(now: Date, count = OVERVIEW_MONTHS): Date {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - (count - 1), 1));
}

/** The last `count` months up to `now`, oldest first, with 0 where the database had no row. */
export function fillMonths(rows: { month: string; count: number }[], now: Date, count = OVERVIEW_MONTHS): { month: string; count: number }[] {
  const found = new Map(rows.map((r) => [r.month, Number(r.count)]));
  const start = periodStart(now, count);
  return Array.from({ length: count }, (_, i) => {
    const month = monthKey(new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + i, 1)));
    return { month, count: found.get(month) ?? 0 };
  });
}

/** All ten bins, lowest first, with their bounds; 0 where the database had no row. */
export function fillScoreBins(rows: { bin: number; count: number }[]): { from: number; to: number; count: number }[] {
  const found = new Map(rows.map((r) => [Number(r.bin), Number(r.count)]));
  const bins = 100 / SCORE_BIN_WIDTH;
  return Array.from({ length: bins }, (_, bin) => ({
    from: bin * SCORE_BIN_WIDTH,
    to: bin === bins - 1 ? 100 : (bin + 1) * SCORE_BIN_WIDTH - 1,
    count: found.get(bin) ?? 0,
  }));
}

/** Opportunities, most frequent first (ties by area code), each with its share of the total in whole percents. */
export function rankOpportunities(rows: { area: string; count: number }[]): { area: string; count: number; percent: number }[] {
  const total = rows.reduce((sum, r) => sum + Number(r.count), 0);
  return rows
    .map((r) => ({ area: r.area, count: Number(r.count), percent: total ? Math.round((100 * Number(r.count)) / total) : 0 }))
    .sort((a, b) => b.count - a.count || a.area.localeCompare(b.area));
}

/** Bar lengths as a share (0–100) of the largest value, for charts that scale to their longest bar. */
export function barShares(values: number[]): number[] {
  const max = Math.max(0, ...values);
  return values.map((v) => (max === 0 ? 0 : (100 * v) / max));
}

/** Sums `count` per key, in first-seen order. */
export function sumBy<T extends { count: number }, K>(rows: T[], key: (row: T) => K): [K, number][] {
  const sums = new Map<K, number>();
  for (const row of rows) sums.set(key(row), (sums.get(key(row)) ?? 0) + Number(row.count));
  return [...sums];
}
