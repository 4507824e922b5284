/**
 * Series compared per area (clients, or a client and averages) shaped for
 * the radar chart and the table beside it. Pure.
 */
import { GROWTH_AREAS, type GrowthArea } from '../families/growth-test/scoring.ts';
import type { Locale } from '../surveys/schema.ts';
import { areaShortName } from './client-labels.ts';

export interface Series {
  label: string;
  /** A line under the label in the table: the test date or what an average rests on. */
  note: string;
  /** Area → score; a missing area has no score. */
  areas: Record<string, number>;
}

export interface ComparisonView {
  labels: string[];
  datasets: { label: string; data: (number | null)[] }[];
  rows: { area: GrowthArea; name: string; scores: (number | null)[] }[];
}

export function comparisonView(series: Series[], locale: Locale): ComparisonView {
  const scores = (s: Series) => GROWTH_AREAS.map((area) => s.areas[area] ?? null);
  return {
    labels: GROWTH_AREAS.map((area) => areaShortName(area, locale)),
    datasets: series.map((s) => ({ label: s.label, data: scores(s) })),
    rows: GROWTH_AREAS.map((area) => ({ area, name: areaShortName(area, locale), scores: series.map((s) => s.areas[area] ?? null) })),
  };
}
