/**
 * The customer-satisfaction results as a PDF summary: the NPS with its
 * margin, counts and small-base warning, the satisfied-but-not-loyal share,
 * expectations and service levels, then the NPS per month. Words come from
 * ./texts.ts and the i18n catalogue; layout from src/lib/reports/.
 */
import { fill, formatMonth, formatNumber, pick } from '../../i18n/index.ts';
import { heading, type Block } from '../../reports/pdf-layout.ts';
import {
  drawFigureBox,
  drawSection,
  drawTrend,
  formatFigure,
  formatPercent,
  formatSigned,
  note,
  renderResultsPdf,
  warning,
  type ResultsPdfMeta,
} from '../../reports/pdf-results.ts';
import { drawTable } from '../../reports/pdf-table.ts';
import { EXPECTATIONS, NPS_MIN_RELIABLE_ANSWERS } from './model.ts';
import type { Nps, SatisfactionResults } from './results.ts';
import { SATISFACTION_TEXTS as T } from './texts.ts';

/** NPS ticks: the whole −100 to 100 scale, so months are comparable at a glance. */
const NPS_TICKS = [-100, -50, 0, 50, 100];

export function renderSatisfactionPdf(results: SatisfactionResults, meta: ResultsPdfMeta): Promise<Uint8Array<ArrayBuffer>> {
  const { locale } = meta;
  const n = (x: number) => formatNumber(x, locale);
  const nps = (x: Nps) => (x.score === null ? '–' : formatSigned(x.score, locale));
  const margin = (x: Nps) => (x.marginOfError === null ? '–' : `± ${formatFigure(x.marginOfError, locale)}`);
  return renderResultsPdf(meta, 'kindSatisfaction', results.respondents, (doc, m) => {
    const r = m.resultsPdf;
    const { nps: score } = results;
    const npsBlocks: Block[] = [heading(pick(T.headline.nps, locale), 13)];
    if (score.score === null) npsBlocks.push({ text: pick(T.nps.none, locale) });
    else {
      npsBlocks.push({ text: fill(pick(T.nps.margin, locale), { margin: formatFigure(score.marginOfError, locale) }), gapAfter: 4 });
      npsBlocks.push({
        text: [
          `${pick(T.category.promoter, locale)}: ${n(score.promoters)}`,
          `${pick(T.category.passive, locale)}: ${n(score.passives)}`,
          `${pick(T.category.detractor, locale)}: ${n(score.detractors)}`,
        ].join(' · '),
        size: 9,
        gapAfter: 4,
      });
      npsBlocks.push(note(fill(pick(T.nps.basis, locale), { answers: n(score.answers) })));
      if (score.lowBase) npsBlocks.push(warning(fill(pick(T.nps.lowBase, locale), { answers: n(score.answers), min: NPS_MIN_RELIABLE_ANSWERS })));
    }
    npsBlocks.push(note(pick(T.nps.explanation, locale)));
    drawFigureBox(doc, nps(score), score.score === null ? '' : fill(r.npsMargin, { margin: formatFigure(score.marginOfError, locale) }), npsBlocks);

    const loyal = results.satisfiedNotLoyal;
    drawFigureBox(doc, formatPercent(loyal.percent, locale), loyal.of === 0 ? '' : fill(r.countOf, { count: n(loyal.count), of: n(loyal.of) }), [
      heading(pick(T.satisfiedNotLoyal.title, locale), 13),
      { text: pick(T.satisfiedNotLoyal.explanation, locale), size: 9.5 },
      note(pick(T.satisfiedNotLoyal.why, locale)),
    ]);

    drawTable(doc, {
      title: heading(r.expectationTitle),
      header: ['', r.count, r.share],
      rows: EXPECTATIONS.map((e) => [pick(T.expectation[e], locale), n(results.expectation[e].count), formatPercent(results.expectation[e].percent, locale)]),
      columns: [0.6, 0.2, 0.2],
      numeric: [1, 2],
    });

    if (results.serviceLevels.length > 0) {
      drawTable(doc, {
        title: heading(r.serviceLevelsTitle),
        header: [r.serviceLevel, r.score, r.answersColumn],
        rows: results.serviceLevels.map((s) => [pick(T.serviceLevel[s.level], locale), formatFigure(s.score, locale), n(s.answers)]),
        columns: [0.6, 0.2, 0.2],
        numeric: [1, 2],
      });
      drawSection(doc, [note(pick(T.serviceLevels.explanation, locale))]);
    }

    drawTrend(doc, m, locale, {
      figure: r.nps,
      months: results.months.map((x) => x.month),
      chart: { values: results.months.map((x) => x.nps.score), min: -100, max: 100, ticks: NPS_TICKS, formatTick: (t) => formatSigned(t, locale) },
      table: {
        header: [r.month, r.answersColumn, r.nps, r.margin, pick(T.satisfiedNotLoyal.title, locale)],
        rows: results.months.map((x) => [formatMonth(x.month, locale), n(x.nps.answers), nps(x.nps), margin(x.nps), formatPercent(x.satisfiedNotLoyal.percent, locale)]),
        columns: [0.26, 0.16, 0.16, 0.16, 0.26],
        numeric: [1, 2, 3, 4],
      },
    });
  });
}
