/**
 * A client's tests over time as a chart and a table: one series per area
 * (and the overall score) across the test dates. Pure.
 */
import { formatDate } from '../i18n/index.ts';
import { GROWTH_AREAS, type GrowthArea } from '../families/growth-test/scoring.ts';
import type { Locale } from '../surveys/schema.ts';
import { areaShortName } from './client-labels.ts';

export interface HistoryTest {
  completedAt: Date | null;
  overallScore: number | null;
  areas: Record<string, number>;
}

export interface ClientHistory {
  /** Test dates, oldest first: the chart's x axis and the table's columns. */
  dates: string[];
  /** One row per area: its short name and its score in each test (null: not scored). */
  rows: { area: GrowthArea; name: string; scores: (number | null)[] }[];
  overall: (number | null)[];
}

/** `tests` oldest first, as findClient returns them. */
export function clientHistory(tests: HistoryTest[], locale: Locale): ClientHistory {
  return {
    dates: tests.map((t) => (t.completedAt ? formatDate(t.completedAt, locale) : '–')),
    rows: GROWTH_AREAS.map((area) => ({ area, name: areaShortName(area, locale), scores: tests.map((t) => t.areas[area] ?? null) })),
    overall: tests.map((t) => t.overallScore),
  };
}
