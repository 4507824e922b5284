/**
 * The customer-focus (team) results as a PDF summary: the team score, the
 * levels, the conditions weakest first with their spread and a first step
 * for the weakest, then the score per month. Below MIN_TEAM_RESPONDENTS
 * answers it holds only the withheld message, exactly as the page does:
 * a PDF must not give away what the page keeps back.
 */
import { fill, formatMonth, formatNumber, pick, type Messages } from '../../i18n/index.ts';
import { heading, type Block } from '../../reports/pdf-layout.ts';
import { drawFigureBox, drawSection, drawTrend, formatFigure, note, renderResultsPdf, warning, type ResultsPdfMeta } from '../../reports/pdf-results.ts';
import { PDF_FONTS as F } from '../../reports/pdf-style.ts';
import { drawTable } from '../../reports/pdf-table.ts';
import type { Locale } from '../../surveys/schema.ts';
import { AGREE_MAX_SD, MIN_TEAM_RESPONDENTS } from './model.ts';
import type { CustomerFocusResults, TeamFigure } from './results.ts';
import { CUSTOMER_FOCUS_TEXTS as T } from './texts.ts';

/** First steps are printed for this many of the weakest conditions. */
const STEPS_FOR_WEAKEST = 3;
const SCORE_TICKS = [0, 25, 50, 75, 100];

/** "62,5" and "± 14,2 · The team agrees"; withheld figures say why they are missing. */
function figureCells(f: TeamFigure, locale: Locale): [string, string] {
  if (f.withheld) return ['–', fill(pick(T.notices.figureWithheld, locale), { minimum: MIN_TEAM_RESPONDENTS })];
  if (f.score === null || f.sd === null || f.spread === null) return ['–', '–'];
  return [formatFigure(f.score, locale), `± ${formatFigure(f.sd, locale)} · ${pick(T.spread[f.spread], locale)}`];
}

export function renderCustomerFocusPdf(results: CustomerFocusResults, meta: ResultsPdfMeta): Promise<Uint8Array<ArrayBuffer>> {
  const { locale } = meta;
  return renderResultsPdf(meta, 'kindCustomerFocus', results.respondents, (doc, m) => {
    if (results.status === 'withheld') {
      drawSection(doc, [warning(fill(pick(T.notices.withheld, locale), { respondents: results.respondents, minimum: results.minimum }))]);
      return;
    }
    drawShown(doc, m, results, locale);
  });
}

function drawShown(doc: PDFKit.PDFDocument, m: Messages, results: Extract<CustomerFocusResults, { status: 'shown' }>, locale: Locale) {
  const r = m.resultsPdf;
  const n = (x: number) => formatNumber(x, locale);
  const conditionName = (c: keyof typeof T.condition) => pick(T.condition[c].name, locale);

  drawFigureBox(doc, formatFigure(results.overall, locale), m.report.outOf100, [
    heading(r.teamScore, 13),
    { text: fill(m.resultsPdf.answers, { count: n(results.respondents) }), gapAfter: 4 },
    note(fill(pick(T.notices.spreadRule, locale), { max: AGREE_MAX_SD })),
  ]);

  drawTable(doc, {
    title: heading(r.levelsTitle),
    header: [r.level, r.score, r.spread, r.answersColumn],
    rows: results.levels.map((l) => [`${pick(T.levelName[l.level], locale)}: ${pick(T.levelQuestion[l.level], locale)}`, ...figureCells(l, locale), n(l.answers)]),
    columns: [0.4, 0.12, 0.32, 0.16],
    numeric: [1, 3],
  });

  const byCondition = new Map(results.conditions.map((c) => [c.condition, c]));
  // Weakest first; conditions without a score (withheld, unanswered) after them, in the order asked.
  const order = [...results.weakestFirst, ...results.conditions.map((c) => c.condition).filter((c) => !results.weakestFirst.includes(c))];
  drawTable(doc, {
    title: heading(r.conditionsTitle),
    header: [r.condition, r.score, r.spread, r.answersColumn],
    rows: order.map((c) => {
      const figure = byCondition.get(c)!;
      return [`${conditionName(c)} (${pick(T.levelName[figure.level], locale)})`, ...figureCells(figure, locale), n(figure.answers)];
    }),
    columns: [0.4, 0.12, 0.32, 0.16],
    numeric: [1, 3],
  });

  const weakest = results.weakestFirst.slice(0, STEPS_FOR_WEAKEST);
  if (weakest.length > 0) {
    const steps: Block[] = [heading(r.firstSteps)];
    for (const c of weakest) {
      steps.push({ text: conditionName(c), font: F.bold, size: 10, gapAfter: 2 });
      steps.push({ text: pick(T.condition[c].step, locale), marker: '•', gapAfter: 8 });
    }
    drawSection(doc, steps);
  }

  if (results.months === null) {
    drawSection(doc, [heading(r.trendTitle), note(fill(pick(T.notices.monthsWithheld, locale), { minimum: MIN_TEAM_RESPONDENTS }))]);
    return;
  }
  const months = results.months;
  drawTrend(doc, m, locale, {
    figure: r.teamScore,
    months: months.map((x) => x.month),
    chart: { values: months.map((x) => x.overall), min: 0, max: 100, ticks: SCORE_TICKS, formatTick: (t) => String(t) },
    table: {
      header: [r.month, r.answersColumn, r.teamScore, ...results.levels.map((l) => pick(T.levelName[l.level], locale))],
      rows: months.map((x) => [formatMonth(x.month, locale), n(x.respondents), formatFigure(x.overall, locale), ...x.levels.map((l) => formatFigure(l.score, locale))]),
      columns: [0.2, 0.16, 0.16, 0.16, 0.16, 0.16],
      numeric: [1, 2, 3, 4, 5],
    },
  });
}
