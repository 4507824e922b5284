/** Loads what a Growth Test report page or PDF needs, from the respondent's token. */
import type { Answers } from '../surveys/answers.ts';
import type { Locale } from '../surveys/schema.ts';
import { scoreGrowthTest } from '../scoring/growth-test.ts';
import { getSurvey } from '../surveys/definitions/index.ts';
import { buildGrowthReport, type GrowthReport } from '../reports/growth-test-report.ts';
import { compareWithPeers } from './queries/benchmarks.ts';
import type { ResponseRow } from './queries/responses.ts';
import { openResponse } from './survey-flow.ts';

export interface LoadedReport {
  response: ResponseRow;
  report: GrowthReport;
}

/** null when the token is unknown or the test is not finished yet. */
export async function loadGrowthReport(token: string, locale: Locale): Promise<LoadedReport | null> {
  const opened = await openResponse(token);
  if (!opened || opened.response.status !== 'completed') return null;
  return { response: opened.response, report: await reportFor(opened.response, locale) };
}

/** Scores are recomputed from the stored answers against the definition version they were given on. */
export async function reportFor(response: ResponseRow, locale: Locale): Promise<GrowthReport> {
  const survey = getSurvey(response.surveyId, response.surveyVersion)!;
  const answers = response.answers as Answers;
  const score = scoreGrowthTest(survey, answers);
  const peers = await compareWithPeers({
    responseId: response.id,
    surveyId: response.surveyId,
    sector: response.sector,
    sizeBand: response.sizeBand,
    scores: score.areas.filter((a) => a.score !== null).map((a) => ({ area: a.area, score: a.score! })),
  });
  return buildGrowthReport(survey, answers, locale, peers, score);
}
