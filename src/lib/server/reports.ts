/** Loads what a personal report page or PDF needs (audience `self` families), from the respondent's token. */
import type { Answers } from '../surveys/answers.ts';
import type { Locale } from '../surveys/schema.ts';
import { familyOf, getSurvey } from '../families/index.ts';
import type { GrowthReport } from '../families/growth-test/report.ts';
import { compareWithPeers } from './queries/benchmarks.ts';
import type { ResponseRow } from './queries/responses.ts';
import { openResponse } from './survey-flow.ts';

export interface LoadedReport {
  response: ResponseRow;
  report: GrowthReport;
}

/**
 * null when the token is unknown, the response is not finished, or its
 * family gives no personal report. Only the Growth Test has a report page
 * today, so the page's type is its report.
 */
export async function loadGrowthReport(token: string, locale: Locale): Promise<LoadedReport | null> {
  const opened = await openResponse(token);
  if (!opened || opened.response.status !== 'completed') return null;
  const report = await reportFor(opened.response, locale);
  return report ? { response: opened.response, report } : null;
}

/**
 * Recomputed from the stored answers against the definition version they
 * were given on; null without a report part. Typed as the Growth Test's
 * report, the only family with one (its page renders that shape).
 */
export async function reportFor(response: ResponseRow, locale: Locale): Promise<GrowthReport | null> {
  const family = familyOf(response.templateId);
  const survey = getSurvey(response.templateId, response.templateVersion);
  if (!family?.report || !survey) return null;
  const answers = response.answers as Answers;
  const keys = new Set(family.report.peerFactKeys);
  const segments = family.extractSegments(survey, answers);
  const peers = await compareWithPeers({
    templateId: response.templateId,
    segments: family.report.peerDimensions.flatMap((d): [string, string][] => (segments[d] ? [[d, segments[d]]] : [])),
    facts: family.extractFacts(survey, answers).facts.filter((f) => keys.has(f.key)),
    isDemo: response.isDemo,
  });
  return family.report.build(survey, answers, locale, peers, { completedAt: response.completedAt }) as GrowthReport;
}
