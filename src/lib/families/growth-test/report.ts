/**
 * Turns a Growth Test's scores into what the report shows: the headline
 * opportunity with its reason, per-area levels and next steps, the SMART
 * goal, and the radar chart's data. Pure: the same input gives the same
 * report, in either language.
 */
import type { Answers } from '../../surveys/answers.ts';
import type { Locale, Localized, Survey } from '../../surveys/schema.ts';
import { fill, formatNumber, messages, pick } from '../../i18n/index.ts';
import { MIN_PEER_GROUP } from '../../limits.ts';
import {
  levelFor,
  scoreGrowthTest,
  type GrowthArea,
  type MaturityLevel,
} from './scoring.ts';
import { AREA_ADVICE, LEVEL_DESCRIPTIONS, type AreaAdvice } from './advice.ts';
import { explainOpportunity, type TieReason } from './explain.ts';
import { datedGoal } from './smart-goal.ts';
import { SOLO_SMART_GOALS, SOLO_STEPS, SOLO_WHY } from './advice-solo.ts';
import { SIZE_NOTES, SMALL_TEAM_SMART_GOALS, SMALL_TEAM_STEPS, sizeBandOf } from './advice-size.ts';
import { sectorNote } from './advice-sector.ts';

const TEAM_SMART_GOALS = Object.fromEntries(Object.entries(AREA_ADVICE).map(([area, a]) => [area, a.smartGoal])) as Record<GrowthArea, AreaAdvice['smartGoal']>;
import type { PeerComparison } from '../../server/queries/benchmarks.ts';

export interface ReportArea {
  area: GrowthArea;
  name: string;
  shortName: string;
  score: number | null;
  level: MaturityLevel | null;
  levelName: string | null;
  steps: string[];
  /** Set when the score rests on fewer than half the statements. */
  thinNote: string | null;
  /** "Higher than 40% of …", or null without a fair comparison. */
  comparison: string | null;
}

export interface GrowthReport {
  overall: number | null;
  overallLevelName: string | null;
  /** Name and company from the contact step, only when the respondent gave them (with consent). */
  respondent: { name: string | null; company: string | null };
  /** The respondent's context ("Retail, 2 to 9 employees"), for personalising. */
  profile: string[];
  opportunity: {
    area: GrowthArea;
    name: string;
    why: string;
    rule: string;
    smartGoal: string;
    steps: string[];
    /** How to organise the steps in a business of this size (advice-size.ts); null for a one-person business or an unknown size. */
    sizeNote: string | null;
    /** The steps made concrete for the respondent's sector (advice-sector.ts); null for "other" or no sector. */
    sectorNote: string | null;
    /** The respondent's weakest statements of this area, in their words and with their answer. */
    weakest: { text: string; answer: string }[];
    /** One sentence per kind of tie: which other areas came out equal and why this one comes first. */
    ties: string[];
  } | null;
  areas: ReportArea[];
  peerNote: string;
  levels: { name: string; description: string }[];
  chart: {
    labels: string[];
    scores: (number | null)[];
    label: string;
    /** The peer group's mean per area (null where too few), drawn as a dashed line; absent without a comparison. */
    peers?: { label: string; data: (number | null)[] };
  };
}

export interface ReportContext {
  completedAt?: Date | null;
}

export function buildGrowthReport(
  survey: Survey,
  answers: Answers,
  locale: Locale,
  peers: PeerComparison,
  /** When the test was completed: turns the SMART goal's "within 30 days" into a date. */
  context: ReportContext = {},
): GrowthReport {
  const m = messages(locale);
  const score = scoreGrowthTest(survey, answers);
  const groupName = peers.group ? fill(m.report.peerGroupCount, { group: peerGroupText(m, peers.group.kind), count: peers.group.count }) : null;

  const band = sizeBandOf(answers.employees);
  const solo = band === 'solo';
  // A step's wording for this size: the solo or small-team variant where one exists, else the team's.
  const stepFor = (area: GrowthArea, level: MaturityLevel, i: number, team: Localized) =>
    pick((solo && SOLO_STEPS[area]?.[level]?.[i]) || (band === 'small' && SMALL_TEAM_STEPS[area]?.[level]?.[i]) || team, locale);
  const areas = score.areas.map((a): ReportArea => {
    const advice = AREA_ADVICE[a.area];
    const percentile = peers.percentiles[a.area];
    return {
      area: a.area,
      name: pick(advice.name, locale),
      shortName: pick(advice.shortName, locale),
      score: a.score,
      level: a.level,
      levelName: a.level ? pick(LEVEL_DESCRIPTIONS[a.level].name, locale) : null,
      // A one-person business gets the solo wording of any step that speaks of staff (advice-solo.ts).
      steps: a.level ? advice.steps[a.level].map((s, i) => stepFor(a.area, a.level!, i, s)) : [],
      thinNote: a.score !== null && a.thin ? fill(m.report.thin, { answered: a.answered, total: a.total }) : null,
      comparison:
        groupName && percentile !== undefined ? fill(m.report.percentileText, { percentile, group: groupName }) : null,
    };
  });

  const opportunityArea = score.opportunity && areas.find((a) => a.area === score.opportunity!.area)!;
  const explanation = explainOpportunity(survey, answers, score);
  const sectorAdvice = opportunityArea ? sectorNote(answers.sector, opportunityArea.area) : null;
  const nameOf = (area: GrowthArea) => areas.find((a) => a.area === area)!.name;
  const tieTexts: Record<TieReason, string> = {
    weight: m.growthReport.tieWeight,
    'lower-score': m.growthReport.tieLowerScore,
    order: m.growthReport.tieOrder,
  };
  const opportunity =
    score.opportunity && opportunityArea && opportunityArea.level
      ? {
          area: opportunityArea.area,
          name: opportunityArea.name,
          why: pick((solo && SOLO_WHY[opportunityArea.area]) || AREA_ADVICE[opportunityArea.area].why, locale),
          rule: fill(m.report.opportunityRule, { score: Math.round(score.opportunity.score) }),
          // "I" for a one-person business, "we" for a team.
          smartGoal: datedGoal(
            pick(
              solo
                ? SOLO_SMART_GOALS[opportunityArea.area][opportunityArea.level]
                : (band === 'small' && SMALL_TEAM_SMART_GOALS[opportunityArea.area]?.[opportunityArea.level]) || TEAM_SMART_GOALS[opportunityArea.area][opportunityArea.level],
              locale,
            ),
            context.completedAt ?? null,
            locale,
          ),
          steps: opportunityArea.steps,
          // The area's name mid-sentence: lower-case its first letter ("CRM" further on stays as it is).
          sizeNote: band && band !== 'solo' ? fill(pick(SIZE_NOTES[band], locale), { area: lowerFirst(opportunityArea.name) }) : null,
          sectorNote: sectorAdvice ? pick(sectorAdvice, locale) : null,
          weakest: (explanation?.weakest ?? []).map((w) => ({
            text: pick(w.text, locale),
            answer: m.survey.agreement[String(w.value) as keyof typeof m.survey.agreement],
          })),
          ties: (explanation?.ties ?? []).map((t) =>
            fill(tieTexts[t.reason], {
              areas: joinNames(t.areas.map(nameOf), m.growthReport.and),
              score: formatNumber(score.opportunity!.score, locale),
            }),
          ),
        }
      : null;

  return {
    overall: score.overall,
    overallLevelName: score.overall === null ? null : pick(LEVEL_DESCRIPTIONS[levelFor(score.overall)].name, locale),
    respondent: respondentOf(answers),
    profile: profileOf(survey, answers, locale),
    opportunity,
    areas,
    peerNote: groupName
      ? [
          // A wider group than the respondent's own, said plainly.
          ...(peers.wanted ? [fill(m.report.peerFallback, { wanted: peerGroupText(m, peers.wanted), min: MIN_PEER_GROUP })] : []),
          fill(m.report.comparedWith, { group: groupName }),
        ].join(' ')
      : fill(m.report.noPeers, { min: MIN_PEER_GROUP }),
    levels: Object.values(LEVEL_DESCRIPTIONS).map((l) => ({ name: pick(l.name, locale), description: pick(l.description, locale) })),
    chart: {
      labels: areas.map((a) => a.shortName),
      scores: areas.map((a) => a.score),
      label: m.report.score,
      ...(groupName && peers.averages && Object.keys(peers.averages).length > 0 && {
        peers: { label: fill(m.report.peerAverage, { group: groupName }), data: areas.map((a) => peers.averages?.[a.area] ?? null) },
      }),
    },
  };
}

const givenText = (value: unknown) => (typeof value === 'string' && value.trim() ? value.trim() : null);

/** The contact step is only asked after consent; answers left from before a "no" do not count. */
function respondentOf(answers: Answers): GrowthReport['respondent'] {
  if (answers.consent !== 'yes') return { name: null, company: null };
  return { name: givenText(answers.name), company: givenText(answers.company) };
}

/** The labels of the context answers (sector, size, revenue, age), in the order asked. */
function profileOf(survey: Survey, answers: Answers, locale: Locale): string[] {
  const context = survey.sections.find((s) => s.id === 'context');
  if (!context) return [];
  return context.questions.flatMap((q) => {
    if (q.type !== 'single') return [];
    const option = q.options.find((o) => o.value === answers[q.id]);
    return option ? [pick(option.label, locale)] : [];
  });
}

/** "A", "A and B", "A, B and C". */
function joinNames(names: string[], and: string): string {
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} ${and} ${names.at(-1)}`;
}

/** The name of a peer group: sector and size band together, one of them, or everyone. */
function peerGroupText(m: ReturnType<typeof messages>, kind: string): string {
  if (kind === 'sector+size_band') return m.report.peerSectorSize;
  if (kind === 'sector') return m.report.peerSector;
  if (kind === 'size_band') return m.report.peerSize;
  return m.report.peerAll;
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLocaleLowerCase() + text.slice(1);
}
