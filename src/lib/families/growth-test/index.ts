/**
 * The Growth Test as a survey family: one entrepreneur answers about their
 * own business and gets a personal report at once (audience `self`).
 */
import { z } from 'zod';
import type { Answers } from '../../surveys/answers.ts';
import type { Locale, Survey } from '../../surveys/schema.ts';
import { fill, formatNumber, messages } from '../../i18n/index.ts';
import type { Fact, FactCount, ResponseFacts } from '../types.ts';
import { growthTestV1 } from './definition.ts';
import { growthTestV2 } from './definition-v2.ts';
import { renderGrowthReportPdf } from './pdf.ts';
import { buildGrowthReport } from './report.ts';
import { GROWTH_AREAS, scoreGrowthTest } from './scoring.ts';

export const GROWTH_TEST_ID = 'growth-test';

/** Every version ever served, oldest first: a response is always read against its own. */
export const templates: Survey[] = [growthTestV1, growthTestV2];

/** The Growth Test has no per-instance choices yet. */
export const optionsSchema = z.object({}).strict();
export type GrowthTestOptions = z.infer<typeof optionsSchema>;

/** The fact key of the overall score; every other fact key is an area id. */
export const OVERALL_FACT = 'overall';

/** Area scores (key = area id) and the overall score; an area answered only with "don't know" gives no fact. */
export function extractFacts(survey: Survey, answers: Answers): ResponseFacts {
  const score = scoreGrowthTest(survey, answers);
  const facts: Fact[] = score.areas.flatMap((a) => (a.score === null ? [] : [{ key: a.area, value: a.score }]));
  if (score.overall !== null) facts.push({ key: OVERALL_FACT, value: score.overall });
  return { overall: score.overall, headline: score.opportunity?.area ?? null, facts };
}

const asString = (value: unknown) => (typeof value === 'string' && value ? value : null);

/** Sector and size band: the peer groups a report compares with, most specific first. */
export function extractSegments(_survey: Survey, answers: Answers): Record<string, string> {
  const segments: Record<string, string> = {};
  const sector = asString(answers.sector);
  const sizeBand = asString(answers.employees);
  if (sector) segments.sector = sector;
  if (sizeBand) segments.size_band = sizeBand;
  return segments;
}

export interface GrowthTestResults {
  /** Completed tests with an overall score. */
  responses: number;
  /** Mean overall score, one decimal; null without tests. */
  overall: number | null;
  /** Area → mean score, one decimal. */
  areas: Record<string, number>;
}

const roundTo1 = (n: number) => Math.round(n * 10) / 10;

/** Means per area and overall, over every month. */
export function buildResults(counts: FactCount[]): GrowthTestResults {
  const sums = new Map<string, { sum: number; n: number }>();
  for (const c of counts) {
    const entry = sums.get(c.key) ?? { sum: 0, n: 0 };
    entry.sum += c.value * c.count;
    entry.n += c.count;
    sums.set(c.key, entry);
  }
  const mean = (key: string) => {
    const entry = sums.get(key);
    return entry && entry.n > 0 ? roundTo1(entry.sum / entry.n) : null;
  };
  const areas: Record<string, number> = {};
  for (const area of GROWTH_AREAS) {
    const value = mean(area);
    if (value !== null) areas[area] = value;
  }
  return { responses: sums.get(OVERALL_FACT)?.n ?? 0, overall: mean(OVERALL_FACT), areas };
}

/** The Growth Test asks no open question an owner reads as comments. */
export const commentQuestionIds: string[] = [];

/** What a survey list shows: the mean overall score. */
export function dashboardHeadline(results: GrowthTestResults, locale: Locale): string | null {
  if (results.overall === null) return null;
  return fill(messages(locale).surveys.headlineGrowthTest, { score: formatNumber(Math.round(results.overall), locale) });
}

export const report = {
  build: buildGrowthReport,
  pdf: renderGrowthReportPdf,
  /** The facts set beside peers' (area scores; the overall is no percentile). */
  peerFactKeys: [...GROWTH_AREAS] as string[],
  peerDimensions: ['sector', 'size_band'],
};
