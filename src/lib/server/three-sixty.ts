/**
 * The 360° growth report of one company: every section Koers can fill for
 * it, each either present with its data or missing with what to do about
 * it. The entrepreneur and their organisation's coaches see the same
 * report (access.ts 'view-company'); anything else reads as unknown.
 */
import type { ComplaintResults } from '../families/complaint-thresholds/results.ts';
import type { CustomerFocusResults } from '../families/customer-focus/results.ts';
import type { SatisfactionResults } from '../families/customer-satisfaction/results.ts';
import { familyOf } from '../families/index.ts';
import { ReportCommentSchema } from '../forms/canvas.ts';
import { parseForm } from '../forms/parse-form.ts';
import { compareViews, expectationMetPct, largestDifferences, type ViewComparison, type ViewsInput } from '../reports/three-sixty/differences.ts';
import { can, type Actor } from './auth/access.ts';
import { currentSegmentationFigures } from './customer-imports.ts';
import type { SegmentationFigures } from '../segmentation/figures.ts';
import { canvasResult, visibleCompany, type CanvasResult } from './canvas.ts';
import { getDb, type Database } from './db.ts';
import { canvasVersionsOf, commentsOf, insertComment, type CanvasVersion, type CoachComment } from './queries/canvas.ts';
import { testsOfCompany, type ClientTest } from './queries/clients.ts';
import type { CompanyRow } from './queries/organisations.ts';
import { instancesOfCompany, type InstanceListRow } from './queries/surveys.ts';
import { resultsOf } from './survey-results.ts';
import { throttle } from './throttle/throttle.ts';
import type { Throttle } from './throttle/window.ts';

/** What the customer segmentation gives the report: the figures of its API answer. */
export type SegmentationSummary = SegmentationFigures;

/** A section either present with its data or missing (the page says what is missing and links to where to get it). */
export type Section<T> = { status: 'present'; data: T } | { status: 'missing' };

const present = <T>(data: T): Section<T> => ({ status: 'present', data });
const MISSING = { status: 'missing' } as const;

export interface SurveySection<R> {
  instanceId: string;
  title: string;
  answers: number;
  results: R;
}

export interface ThreeSixtyReport {
  company: CompanyRow;
  growthTest: Section<ClientTest>;
  segmentation: Section<SegmentationSummary>;
  canvas: Section<{ version: CanvasVersion; result: CanvasResult | null }>;
  satisfaction: Section<SurveySection<SatisfactionResults>>;
  complaints: Section<SurveySection<ComplaintResults>>;
  /** Present also when withheld (below five answers): the page then shows only that. */
  team: Section<SurveySection<CustomerFocusResults>>;
  comparisons: ViewComparison[];
  calledOut: ViewComparison[];
  comments: CoachComment[];
  mayComment: boolean;
}

/** The company's newest survey of a family with at least one completed answer (else its newest), with its results. */
async function latestOfFamily<R>(instances: InstanceListRow[], model: string, db: Database): Promise<Section<SurveySection<R>>> {
  const ofFamily = instances.filter((i) => familyOf(i.templateId)?.model === model);
  const chosen = ofFamily.find((i) => i.answers > 0);
  if (!chosen) return MISSING;
  const built = await resultsOf(chosen, db);
  if (!built) return MISSING;
  return present({ instanceId: chosen.id, title: chosen.title, answers: chosen.answers, results: built.results as R });
}

/** The pure comparison's input from the sections present. */
export function viewsInputOf(report: Pick<ThreeSixtyReport, 'growthTest' | 'satisfaction' | 'complaints' | 'team'>): ViewsInput {
  const areas = report.growthTest.status === 'present' ? report.growthTest.data.areas : {};
  const score = (area: string) => (typeof areas[area] === 'number' ? areas[area] : null);
  const team = report.team.status === 'present' ? report.team.data.results : null;
  const level = (key: string) => (team?.status === 'shown' ? (team.levels.find((l) => l.level === key)?.score ?? null) : null);
  const sat = report.satisfaction.status === 'present' ? report.satisfaction.data.results : null;
  const complaints = report.complaints.status === 'present' ? report.complaints.data.results : null;
  return {
    self: { customer_focus: score('customer_focus'), satisfaction: score('satisfaction'), complaints: score('complaints') },
    staff: team?.status === 'shown' ? { i: level('i'), we: level('we'), organisation: level('organisation') } : null,
    customers: sat || complaints ? { nps: sat?.nps.score ?? null, expectationMetPct: sat ? expectationMetPct(sat.expectation) : null, complainedPct: complaints?.funnel.complained.percent ?? null } : null,
  };
}

export async function loadThreeSixty(actor: Actor, companyId: string, db: Database = getDb()): Promise<ThreeSixtyReport | null> {
  const company = await visibleCompany(actor, companyId, db);
  if (!company) return null;
  const latestTest = (await testsOfCompany(company.id, db)).at(-1);
  const versions = await canvasVersionsOf(company.id, db);
  const latestVersion = versions.at(-1);
  const instances = await instancesOfCompany(company.id, db);
  const segmentation = await currentSegmentationFigures(company.id, db);
  const sections = {
    growthTest: latestTest ? present(latestTest) : MISSING,
    satisfaction: await latestOfFamily<SatisfactionResults>(instances, 'customer-satisfaction', db),
    complaints: await latestOfFamily<ComplaintResults>(instances, 'complaint-thresholds', db),
    team: await latestOfFamily<CustomerFocusResults>(instances, 'customer-focus', db),
  };
  const comparisons = compareViews(viewsInputOf(sections));
  return {
    company,
    ...sections,
    segmentation: segmentation ? present(segmentation) : MISSING,
    canvas: latestVersion ? present({ version: latestVersion, result: canvasResult(latestVersion) }) : MISSING,
    comparisons,
    calledOut: largestDifferences(comparisons),
    comments: await commentsOf(company.id, null, db),
    mayComment: can(actor, { action: 'comment-for-client', company }),
  };
}

export type ReportCommentOutcome =
  | { kind: 'done' }
  | { kind: 'invalid'; values: Record<string, string>; fieldErrors: Record<string, string> }
  | { kind: 'throttled'; values: Record<string, string>; throttle: Throttle }
  | { kind: 'not-found' };

/** A coach's comment on the report, for the client to read. */
export async function submitReportComment(actor: Actor, companyId: string, form: FormData, db: Database = getDb()): Promise<ReportCommentOutcome> {
  const company = await visibleCompany(actor, companyId, db);
  if (!company || !actor || !can(actor, { action: 'comment-for-client', company })) return { kind: 'not-found' };
  const parsed = parseForm(ReportCommentSchema, form);
  if (!parsed.ok) return { kind: 'invalid', values: parsed.values, fieldErrors: parsed.fieldErrors };
  const throttled = await throttle('canvasWrite', actor.id);
  if (!throttled.allowed) return { kind: 'throttled', values: { body: parsed.data.body }, throttle: throttled };
  await insertComment({ companyId: company.id, versionId: null, subject: 'report', authorId: actor.id, body: parsed.data.body }, db);
  return { kind: 'done' };
}
