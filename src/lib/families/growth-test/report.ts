/**
 * Turns a Growth Test's scores into what the report shows: the headline
 * opportunity with its reason, per-area levels and next steps, the SMART
 * goal, and the radar chart's data. Pure: the same input gives the same
 * report, in either language.
 */
import type { Answers } from '../../surveys/answers.ts';
import type { Locale, Survey } from '../../surveys/schema.ts';
import { fill, messages, pick } from '../../i18n/index.ts';
import { MIN_PEER_GROUP } from '../../limits.ts';
import {
  levelFor,
  scoreGrowthTest,
  type GrowthArea,
  type GrowthTestScore,
  type MaturityLevel,
} from './scoring.ts';
import { AREA_ADVICE, LEVEL_DESCRIPTIONS } from './advice.ts';
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
  /** The respondent's context ("Retail, 2 to 9 employees"), for personalising. */
  profile: string[];
  opportunity: {
    area: GrowthArea;
    name: string;
    why: string;
    rule: string;
    smartGoal: string;
    steps: string[];
  } | null;
  areas: ReportArea[];
  peerNote: string;
  levels: { name: string; description: string }[];
  chart: { labels: string[]; scores: (number | null)[]; label: string };
}

export function buildGrowthReport(
  survey: Survey,
  answers: Answers,
  locale: Locale,
  peers: PeerComparison,
  score: GrowthTestScore = scoreGrowthTest(survey, answers),
): GrowthReport {
  const m = messages(locale);
  const groupName = peers.group
    ? fill(
        peers.group.kind === 'sector' ? m.report.peerSector : peers.group.kind === 'size' ? m.report.peerSize : m.report.peerAll,
        { count: peers.group.count },
      )
    : null;

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
      steps: a.level ? advice.steps[a.level].map((s) => pick(s, locale)) : [],
      thinNote: a.score !== null && a.thin ? fill(m.report.thin, { answered: a.answered, total: a.total }) : null,
      comparison:
        groupName && percentile !== undefined ? fill(m.report.percentileText, { percentile, group: groupName }) : null,
    };
  });

  const opportunityArea = score.opportunity && areas.find((a) => a.area === score.opportunity!.area)!;
  const opportunity =
    score.opportunity && opportunityArea && opportunityArea.level
      ? {
          area: opportunityArea.area,
          name: opportunityArea.name,
          why: pick(AREA_ADVICE[opportunityArea.area].why, locale),
          rule: fill(m.report.opportunityRule, { score: Math.round(score.opportunity.score) }),
          smartGoal: pick(AREA_ADVICE[opportunityArea.area].smartGoal[opportunityArea.level], locale),
          steps: opportunityArea.steps,
        }
      : null;

  return {
    overall: score.overall,
    overallLevelName: score.overall === null ? null : pick(LEVEL_DESCRIPTIONS[levelFor(score.overall)].name, locale),
    profile: profileOf(survey, answers, locale),
    opportunity,
    areas,
    peerNote: groupName ? fill(m.report.comparedWith, { group: groupName }) : fill(m.report.noPeers, { min: MIN_PEER_GROUP }),
    levels: Object.values(LEVEL_DESCRIPTIONS).map((l) => ({ name: pick(l.name, locale), description: pick(l.description, locale) })),
    chart: { labels: areas.map((a) => a.shortName), scores: areas.map((a) => a.score), label: m.report.score },
  };
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
