/**
 * The families registry: every survey family Koers hosts, keyed by its
 * scoring model, each naming every part shared code may ask for. Shared
 * code (the respondent flow, survey lists, reports, exports) asks here and
 * never imports a family's own constants, so a new family is one folder
 * plus one line below. `satisfies` makes a missing part a compile error.
 */
import { TAILORED_SURVEYS_CACHED } from '../limits.ts';
import type { z } from 'zod';
import type { Answers } from '../surveys/answers.ts';
import type { Locale, Survey } from '../surveys/schema.ts';
import type { PeerComparison } from '../server/queries/benchmarks.ts';
import type { FactCount, InstanceOptions, ResponseFacts, ScoringModel } from './types.ts';
import * as growthTest from './growth-test/index.ts';
import * as satisfaction from './customer-satisfaction/index.ts';
import * as complaints from './complaint-thresholds/index.ts';
import * as customerFocus from './customer-focus/index.ts';
import { headlineText } from './common/headline.ts';
import type { ReportBranding } from '../reports/branding.ts';

/** What the respondent of a `self` survey gets at the end: a personal report and its PDF. */
export interface ResponseReport<Report> {
  build(survey: Survey, answers: Answers, locale: Locale, peers: PeerComparison, context?: { completedAt?: Date | null }): Report;
  pdf(report: Report, meta: { locale: Locale; completedAt: Date | null; demo: boolean; branding?: ReportBranding | null }): Promise<Uint8Array>;
  /** Fact keys compared with other responses of the same template (percentiles). */
  peerFactKeys: string[];
  /** Segment dimensions peer groups are formed by, most specific first; everyone is the last resort. */
  peerDimensions: string[];
}

export interface Family<Options extends InstanceOptions = InstanceOptions, Results = unknown, Report = unknown> {
  model: ScoringModel;
  /** Every version of every template of the family ever served; old versions stay so old answers keep their meaning. */
  templates: Survey[];
  /** The owner's choices per instance, checked when a survey is created or edited. */
  optionsSchema: z.ZodType<Options>;
  /** The template as an instance serves it, with the owner's choices applied (optional questions off are left out). */
  applyOptions(template: Survey, options: Options): Survey;
  /** At completion, pure: what one response contributes to aggregates. */
  extractFacts(survey: Survey, answers: Answers): ResponseFacts;
  /** Generic string dimensions of a response that peer groups use (e.g. sector); `{}` for none. */
  extractSegments(survey: Survey, answers: Answers): Record<string, string>;
  /** Pure: the figures of a results page from aggregated fact counts. */
  buildResults(counts: FactCount[], survey: Survey, options: Options): Results;
  /** Open questions whose answers the results page lists as comments. */
  commentQuestionIds: string[];
  /** What a survey list or client row shows of an instance, e.g. "NPS +32"; null when there is nothing to show yet. */
  dashboard: { headline(results: Results, locale: Locale): string | null };
  /** The personal report (audience `self`), or null: respondents of collective surveys get a thank-you page. */
  report: ResponseReport<Report> | null;
  /** Its results as the JSON API returns them (GET /api/v1/surveys/{id}/results): the page's figures, `responses` first. */
  apiResults(results: Results): Record<string, unknown>;
  /** The PDF summary of an instance's results, or null while the family has none. */
  resultsPdf: ((results: Results, meta: { locale: Locale; title: string }) => Promise<Uint8Array>) | null;
}

const growthTestFamily = {
  model: 'growth-test',
  templates: growthTest.templates,
  optionsSchema: growthTest.optionsSchema,
  applyOptions: (template) => template,
  extractFacts: growthTest.extractFacts,
  extractSegments: growthTest.extractSegments,
  buildResults: (counts) => growthTest.buildResults(counts),
  commentQuestionIds: growthTest.commentQuestionIds,
  dashboard: { headline: growthTest.dashboardHeadline },
  report: growthTest.report,
  apiResults: (results) => ({ ...results }),
  resultsPdf: null,
} satisfies Family<growthTest.GrowthTestOptions, growthTest.GrowthTestResults, ReturnType<typeof growthTest.report.build>>;

/** The parts every collective family (answered by many, shown as one set of results) fills the same way. */
const collective = {
  // Customers and staff answer anonymously; no peer groups.
  extractSegments: () => ({}),
  dashboard: { headline: (results: { headlineFigure: Parameters<typeof headlineText>[0] }, locale: Locale) => headlineText(results.headlineFigure, locale) },
  report: null,
  /** The page's figures as they are, without the list row's headline; `respondents` named `responses` as everywhere in the API. */
  apiResults: <R extends { headlineFigure: unknown; model: string; respondents: number }>({ headlineFigure: _headline, model: _model, respondents, ...rest }: R) => ({ responses: respondents, ...rest }),
} as const;

const satisfactionFamily = {
  ...collective,
  model: satisfaction.model,
  templates: satisfaction.templates,
  optionsSchema: satisfaction.optionsSchema,
  applyOptions: satisfaction.applyOptions,
  extractFacts: satisfaction.extractFacts,
  buildResults: satisfaction.buildResults,
  commentQuestionIds: satisfaction.commentQuestionIds,
  apiResults: satisfaction.apiResults,
  resultsPdf: satisfaction.resultsPdf,
} satisfies Family<satisfaction.SatisfactionOptions, satisfaction.SatisfactionResults>;

const complaintsFamily = {
  ...collective,
  model: complaints.model,
  templates: complaints.templates,
  optionsSchema: complaints.optionsSchema,
  applyOptions: complaints.applyOptions,
  extractFacts: complaints.extractFacts,
  buildResults: complaints.buildResults,
  commentQuestionIds: complaints.commentQuestionIds,
  apiResults: ({ headlineFigure: _headline, model: _model, ...rest }) => ({ responses: rest.funnel.respondents, ...rest }),
  resultsPdf: complaints.resultsPdf,
} satisfies Family<complaints.ComplaintOptions, complaints.ComplaintResults>;

const customerFocusFamily = {
  ...collective,
  model: customerFocus.model,
  templates: customerFocus.templates,
  optionsSchema: customerFocus.optionsSchema,
  applyOptions: customerFocus.applyOptions,
  extractFacts: customerFocus.extractFacts,
  buildResults: customerFocus.buildResults,
  commentQuestionIds: customerFocus.commentQuestionIds,
  resultsPdf: customerFocus.resultsPdf,
} satisfies Family<customerFocus.CustomerFocusOptions, customerFocus.CustomerFocusResults>;

/** The registry. Register a family here once its folder has every part. */
export const FAMILIES = {
  'growth-test': growthTestFamily,
  'customer-satisfaction': satisfactionFamily,
  'complaint-thresholds': complaintsFamily,
  'customer-focus': customerFocusFamily,
  // Each entry is checked against its own types above; `any` here only lets entries of different types share the record.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
} satisfies { [M in ScoringModel]?: Family<any, any, any> & { model: M } };

/** Any registered family, with its own types erased: shared code treats them alike. */
export type AnyFamily = Family<InstanceOptions, unknown, unknown>;

const registered = Object.values(FAMILIES) as unknown as AnyFamily[];

export { GROWTH_TEST_ID } from './growth-test/index.ts';

/** The family a template belongs to; undefined for an unknown template id. */
export function familyOf(templateId: string): AnyFamily | undefined {
  return registered.find((f) => f.templates.some((t) => t.id === templateId));
}

/** One version of a template: responses are read against the version they were answered on. */
export function getSurvey(id: string, version: number): Survey | undefined {
  return familyOf(id)?.templates.find((s) => s.id === id && s.version === version);
}

/** The version new surveys get. */
export function currentSurvey(id: string): Survey | undefined {
  return allVersions(id).at(-1);
}

/** Every version of a template, oldest first: for exports that must hold answers given on any of them. */
export function allVersions(id: string): Survey[] {
  return (familyOf(id)?.templates ?? []).filter((s) => s.id === id).sort((a, b) => a.version - b.version);
}

/** The templates an owner can start a survey from: the current version of each, in registry order. */
export function templateChoices(): Survey[] {
  const ids = [...new Set(registered.flatMap((f) => f.templates.map((t) => t.id)))];
  return ids.map((id) => currentSurvey(id)!);
}

/** The template ids of one family, for queries that filter by family (e.g. a client's latest Growth Test). */
export function templateIdsOf(model: ScoringModel): string[] {
  const family = registered.find((f) => f.model === model);
  return [...new Set((family?.templates ?? []).map((t) => t.id))];
}

/**
 * The definition a survey instance serves: the template version asked for
 * (a response's own, else the instance's current one) with the instance's
 * options applied. Options that no longer pass the family's schema change
 * nothing.
 */
export function surveyForInstance(
  instance: { templateId: string; templateVersion: number; options: Record<string, unknown> },
  version = instance.templateVersion,
): Survey | undefined {
  const family = familyOf(instance.templateId);
  const survey = getSurvey(instance.templateId, version);
  if (!family || !survey) return undefined;
  // Every page and post of a respondent asks for it, and applying options re-validates the whole
  // definition (SurveySchema.parse): remembered per template, version and options (bench: survey-submission).
  const key = `${instance.templateId}@${version}:${JSON.stringify(instance.options)}`;
  const remembered = tailored.get(key);
  if (remembered) return remembered;
  const options = family.optionsSchema.safeParse(instance.options);
  const result = options.success ? family.applyOptions(survey, options.data) : survey;
  if (tailored.size >= TAILORED_SURVEYS_CACHED) tailored.clear();
  tailored.set(key, result);
  return result;
}

/** Definitions with an instance's options applied, by template, version and options; cleared when full. */
const tailored = new Map<string, Survey>();
