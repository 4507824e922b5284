/**
 * The 360° report in words, one language: what the page and the PDF both
 * print, so the two cannot say different things. Every text the company or
 * a coach typed stays plain text here; the page escapes it (Astro) and the
 * PDF draws it as text.
 */
import { MIN_TEAM_RESPONDENTS } from '../../families/customer-focus/model.ts';
import { THRESHOLD_TEXTS } from '../../families/complaint-thresholds/texts.ts';
import { fill, formatDate, formatNumber, messages, pick } from '../../i18n/index.ts';
import { THREE_SIXTY_NOTABLE_GAP_POINTS } from '../../limits.ts';
import { localePath, paths } from '../../paths.ts';
import type { Locale } from '../../surveys/schema.ts';
import type { ThreeSixtyReport } from '../../server/three-sixty.ts';
import { expectationMetPct, type ViewComparison } from './differences.ts';

/** How many core customers the 360° report names; the segmentation page lists them all. */
export const CORE_NAMES_SHOWN = 10;

export type SectionKey = 'growthTest' | 'segmentation' | 'canvas' | 'satisfaction' | 'complaints' | 'team';

export interface SectionText {
  key: SectionKey;
  title: string;
  present: boolean;
  /** The section's figures in sentences; or, when missing, what is missing. */
  lines: string[];
  /** Where to see more, or how to get what is missing. */
  link: { href: string; label: string } | null;
}

export interface ThreeSixtyText {
  title: string;
  sections: SectionText[];
  comparison: {
    /** One row per pair: area, who, own, theirs, difference (formatted), notable. */
    rows: { area: string; view: string; self: string; other: string; difference: string; notable: boolean }[];
    /** Anything to compare at all. */
    any: boolean;
    calledOut: { line: string; explanation: string }[];
    noneCalledOut: string;
  };
}

const fmt = (n: number | null, locale: Locale) => (n === null ? '–' : formatNumber(n, locale, Number.isInteger(n) ? 0 : 1));
const signed = (n: number, locale: Locale) => (n > 0 ? `+${fmt(n, locale)}` : n < 0 ? `−${fmt(-n, locale)}` : fmt(0, locale));

function explanation(c: ViewComparison, locale: Locale): string {
  const t = messages(locale).threeSixty;
  const who = c.view.startsWith('staff') ? 'staff' : c.view === 'customers-complained' ? 'complaints' : 'customers';
  return ((c.difference ?? 0) > 0 ? t.explainHigher : t.explainLower)[who];
}

export function threeSixtyText(report: ThreeSixtyReport, locale: Locale, viewer: { isConsultant: boolean }): ThreeSixtyText {
  const m = messages(locale);
  const t = m.threeSixty;
  const c = m.canvas;
  const id = report.company.id;
  const sections: SectionText[] = [];
  const missingSurvey = (key: 'satisfaction' | 'complaints' | 'team'): SectionText => ({
    key,
    title: t.sections[key],
    present: false,
    lines: [fill(t.surveyMissing, { kind: t.kinds[key] })],
    link: { href: paths.newSurvey(locale, id), label: t.surveyHow },
  });

  const g = report.growthTest;
  sections.push(
    g.status === 'present'
      ? {
          key: 'growthTest',
          title: t.sections.growthTest,
          present: true,
          lines: [fill(t.growthTestLine, { date: g.data.completedAt ? formatDate(g.data.completedAt, locale) : '–', overall: fmt(g.data.overallScore, locale) })],
          link: { href: paths.dashboardReport(locale, g.data.responseId), label: t.growthTestOpen },
        }
      : {
          key: 'growthTest',
          title: t.sections.growthTest,
          present: false,
          lines: [t.growthTestMissing],
          link: viewer.isConsultant ? { href: localePath(locale, '/dashboard/uitnodigen'), label: t.growthTestHowCoach } : { href: paths.growthTest(locale), label: t.growthTestHowOwn },
        },
  );

  const s = report.segmentation;
  sections.push(
    s.status === 'present'
      ? {
          key: 'segmentation',
          title: t.sections.segmentation,
          present: true,
          lines: [
            fill(t.segmentationLine, {
              customers: fmt(s.data.customers, locale),
              revenueCount: fmt(s.data.revenue.customersFor80Pct, locale),
              revenueShare: fmt(s.data.revenue.shareOfCustomersPct, locale),
              profitCount: fmt(s.data.profit.customersFor80Pct, locale),
              profitShare: fmt(s.data.profit.shareOfCustomersPct, locale),
            }),
            // A few names, not thousands: a large customer base would make the page and PDF hundreds of KB.
            ...(s.data.core.length > CORE_NAMES_SHOWN
              ? [fill(t.segmentationCoreMore, { names: s.data.core.slice(0, CORE_NAMES_SHOWN).join(', '), more: fmt(s.data.core.length - CORE_NAMES_SHOWN, locale) })]
              : s.data.core.length > 0
                ? [fill(t.segmentationCore, { names: s.data.core.join(', ') })]
                : []),
          ],
          link: { href: paths.segmentation(locale, id), label: t.segmentationOpen },
        }
      : { key: 'segmentation', title: t.sections.segmentation, present: false, lines: [t.segmentationMissing], link: { href: paths.segmentation(locale, id), label: t.segmentationHow } },
  );

  const cv = report.canvas;
  sections.push(
    cv.status === 'present'
      ? {
          key: 'canvas',
          title: t.sections.canvas,
          present: true,
          lines: [
            fill(t.canvasLine, { number: cv.data.version.number, name: cv.data.version.name }),
            cv.data.result && cv.data.result.constraints.length > 0
              ? fill(t.canvasConstraints, { blocks: cv.data.result.constraints.map((k) => `${c.blocks[k.block]} (${fill(c.ratings, { value: k.value, readiness: k.readiness })})`).join('; ') })
              : t.canvasNoConstraints,
          ],
          link: { href: paths.canvas(locale, id, cv.data.version.number), label: t.canvasOpen },
        }
      : { key: 'canvas', title: t.sections.canvas, present: false, lines: [t.canvasMissing], link: { href: paths.canvas(locale, id), label: t.canvasHow } },
  );

  const sat = report.satisfaction;
  if (sat.status === 'present') {
    const r = sat.data.results;
    const met = expectationMetPct(r.expectation);
    sections.push({
      key: 'satisfaction',
      title: t.sections.satisfaction,
      present: true,
      lines: [fill(t.satisfactionLine, { answers: fmt(sat.data.answers, locale), nps: r.nps.score === null ? '–' : signed(r.nps.score, locale), moe: fmt(r.nps.marginOfError, locale), met: fmt(met === null ? null : Math.round(met * 10) / 10, locale) })],
      link: { href: paths.surveyResults(locale, sat.data.instanceId), label: fill(t.surveyOpen, { title: sat.data.title }) },
    });
  } else sections.push(missingSurvey('satisfaction'));

  const co = report.complaints;
  if (co.status === 'present') {
    const f = co.data.results.funnel;
    const lower = co.data.results.lowerFirst;
    sections.push({
      key: 'complaints',
      title: t.sections.complaints,
      present: true,
      lines: [fill(t.complaintsLine, { answers: fmt(co.data.answers, locale), dissatisfied: fmt(f.dissatisfied.percent, locale), complained: fmt(f.complained.percent, locale), threshold: lower ? pick(THRESHOLD_TEXTS[lower].name, locale) : '–' })],
      link: { href: paths.surveyResults(locale, co.data.instanceId), label: fill(t.surveyOpen, { title: co.data.title }) },
    });
  } else sections.push(missingSurvey('complaints'));

  const tm = report.team;
  if (tm.status === 'present') {
    const r = tm.data.results;
    const level = (key: string) => (r.status === 'shown' ? fmt(r.levels.find((l) => l.level === key)?.score ?? null, locale) : '–');
    sections.push({
      key: 'team',
      title: t.sections.team,
      present: true,
      lines: [
        r.status === 'withheld'
          ? fill(t.teamWithheld, { answers: r.respondents, minimum: MIN_TEAM_RESPONDENTS })
          : fill(t.teamLine, { answers: fmt(r.respondents, locale), i: level('i'), we: level('we'), organisation: level('organisation') }),
      ],
      link: r.status === 'shown' ? { href: paths.surveyResults(locale, tm.data.instanceId), label: fill(t.surveyOpen, { title: tm.data.title }) } : null,
    });
  } else sections.push(missingSurvey('team'));

  const rows = report.comparisons.map((k) => ({
    area: t.areas[k.area],
    view: t.views[k.view],
    self: k.self === null ? t.unknown : fmt(k.self, locale),
    other: k.other === null ? t.unknown : fmt(k.other, locale),
    difference: k.difference === null ? '–' : signed(k.difference, locale),
    notable: k.notable,
  }));
  return {
    title: fill(t.titleOf, { company: report.company.name }),
    sections,
    comparison: {
      rows,
      any: report.comparisons.some((k) => k.difference !== null),
      calledOut: report.calledOut.map((k) => ({
        line: fill(t.differenceLine, { area: t.areas[k.area], view: t.views[k.view], self: fmt(k.self, locale), other: fmt(k.other, locale), difference: signed(k.difference ?? 0, locale) }),
        explanation: explanation(k, locale),
      })),
      noneCalledOut: fill(t.calledOutNone, { gap: THREE_SIXTY_NOTABLE_GAP_POINTS }),
    },
  };
}
