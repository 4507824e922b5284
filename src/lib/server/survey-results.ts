/**
 * A survey instance's results page for its owner: the family's figures
 * from the pre-aggregated counts and the comments, searchable and a page at
 * a time. Access as on the survey's own page (owner-surveys.ts): anything
 * the actor may not see reads as unknown (null, a 404).
 */
import { familyOf, surveyForInstance, type AnyFamily } from '../families/index.ts';
import type { ScoringModel } from '../families/types.ts';
import { isWithheld } from '../families/common/withheld.ts';
import type { Survey } from '../surveys/schema.ts';
import type { ResultsQuery } from '../forms/results-query.ts';
import { COMMENTS_COUNT_CAP, COMMENTS_PAGE_SIZE } from '../limits.ts';
import type { Actor } from './auth/access.ts';
import { getDb, type Database } from './db.ts';
import { ownedInstance } from './owner-surveys.ts';
import type { CompanyRow } from './queries/organisations.ts';
import { findComments, type Comment } from './queries/comments.ts';
import { factCounts } from './queries/fact-counts.ts';
import type { SurveyInstanceRow } from './queries/surveys.ts';

export interface SurveyResults {
  instance: SurveyInstanceRow;
  company: CompanyRow;
  family: AnyFamily;
  /** The definition the instance serves (its template version with its options applied). */
  survey: Survey;
  model: ScoringModel;
  /** The family's own results (its buildResults); the page picks the view by `model`. */
  results: unknown;
  /** True when the family withholds its results (a team below its minimum): nothing is shown, comments neither. */
  withheld: boolean;
  /** `total` null: more than `countCap` (see findComments). */
  comments: { items: Comment[]; total: number | null; countCap: number; page: number; pageCount: number; search: string } | null;
  /** The family has a PDF summary of its results. */
  hasPdf: boolean;
}

/** The figures behind an instance's results: its family and buildResults over its counts; null without a registered family. */
export async function resultsOf(instance: SurveyInstanceRow, db: Database = getDb()): Promise<{ family: AnyFamily; survey: Survey; results: unknown } | null> {
  const family = familyOf(instance.templateId);
  const survey = surveyForInstance(instance);
  if (!family || !survey) return null;
  const options = family.optionsSchema.safeParse(instance.options);
  const results = family.buildResults(await factCounts(instance.id, db), survey, options.success ? options.data : {});
  return { family, survey, results };
}

export async function loadSurveyResults(actor: Actor, id: string, query: ResultsQuery, db: Database = getDb()): Promise<SurveyResults | null> {
  const owned = await ownedInstance(actor, id, db);
  if (!owned) return null;
  const built = await resultsOf(owned.instance, db);
  if (!built) return null;
  const { family, survey, results } = built;
  const withheld = isWithheld(results);
  let comments: SurveyResults['comments'] = null;
  if (!withheld && family.commentQuestionIds.length > 0) {
    const found = await findComments(owned.instance.id, family.commentQuestionIds, { search: query.search, page: query.page, pageSize: COMMENTS_PAGE_SIZE, countCap: COMMENTS_COUNT_CAP }, db);
    // Past the count cap the last page is unknown: one more than this one while another follows.
    const pageCount = found.total === null ? query.page + (found.hasNext ? 1 : 0) : Math.max(1, Math.ceil(found.total / COMMENTS_PAGE_SIZE));
    comments = { items: found.comments, total: found.total, countCap: COMMENTS_COUNT_CAP, page: query.page, pageCount, search: query.search };
  }
  return { ...owned, family, survey, model: family.model, results, withheld, comments, hasPdf: family.resultsPdf !== null };
}

/** The PDF summary of an instance's results; null when unknown to the actor or the family has none (both 404). */
export async function surveyResultsPdf(actor: Actor, id: string, locale: 'nl' | 'en', db: Database = getDb()): Promise<{ bytes: Uint8Array; title: string } | null> {
  const owned = await ownedInstance(actor, id, db);
  if (!owned) return null;
  const built = await resultsOf(owned.instance, db);
  if (!built?.family.resultsPdf) return null;
  return { bytes: await built.family.resultsPdf(built.results, { locale, title: owned.instance.title }), title: owned.instance.title };
}
