/**
 * The complaint-threshold results as a PDF summary: the funnel, the
 * iceberg, the threshold to lower first with its steps, the channels wanted
 * beside those offered, then the iceberg per month. Words come from
 * ./texts.ts and the i18n catalogue; layout from src/lib/reports/.
 */
import { fill, formatMonth, formatNumber, pick } from '../../i18n/index.ts';
import { heading, type Block } from '../../reports/pdf-layout.ts';
import { drawFigureBox, drawSection, drawTrend, formatFigure, formatPercent, note, renderResultsPdf, warning, type ResultsPdfMeta } from '../../reports/pdf-results.ts';
import { PDF_COLOURS as C, PDF_FONTS as F } from '../../reports/pdf-style.ts';
import { drawTable } from '../../reports/pdf-table.ts';
import type { Share } from '../common/figures.ts';
import type { ComplaintResults } from './results.ts';
import { COMPLAINT_TEXTS as T } from './texts.ts';

const PERCENT_TICKS = [0, 25, 50, 75, 100];

export function renderComplaintsPdf(results: ComplaintResults, meta: ResultsPdfMeta): Promise<Uint8Array<ArrayBuffer>> {
  const { locale } = meta;
  const n = (x: number) => formatNumber(x, locale);
  const { funnel } = results;
  return renderResultsPdf(meta, 'kindComplaints', funnel.respondents, (doc, m) => {
    const r = m.resultsPdf;
    const countOf = (s: Share) => fill(r.countOf, { count: n(s.count), of: n(s.of) });

    const iceberg = funnel.iceberg;
    drawFigureBox(doc, formatPercent(iceberg.percent, locale), iceberg.percent === null ? '' : countOf(iceberg), [
      heading(pick(T.headline.iceberg, locale), 13),
      {
        text:
          iceberg.percent === null
            ? pick(T.iceberg.none, locale)
            : fill(pick(T.iceberg.explanation, locale), { percent: formatFigure(iceberg.percent, locale), count: n(iceberg.count), of: n(iceberg.of) }),
      },
    ]);

    drawTable(doc, {
      title: heading(r.funnelTitle),
      header: [r.step, r.count, r.share],
      rows: [
        [pick(T.funnel.respondents, locale), n(funnel.respondents), ''],
        [pick(T.funnel.dissatisfied, locale), n(funnel.dissatisfied.count), `${formatPercent(funnel.dissatisfied.percent, locale)} (${countOf(funnel.dissatisfied)})`],
        [pick(T.funnel.complained, locale), n(funnel.complained.count), `${formatPercent(funnel.complained.percent, locale)} (${countOf(funnel.complained)})`],
      ],
      columns: [0.5, 0.2, 0.3],
      numeric: [1, 2],
    });

    const first = results.lowerFirst;
    const lower: Block[] = [heading(pick(T.lowerFirst.title, locale))];
    if (first === null) lower.push({ text: pick(T.lowerFirst.none, locale) });
    else {
      const t = T.threshold[first];
      lower.push({ text: pick(t.name, locale), font: F.bold, size: 13, color: C.brand, gapAfter: 2 });
      lower.push({ text: `“${pick(t.question, locale)}”`, size: 9.5, color: C.muted, gapAfter: 8 });
      lower.push({ text: r.stepsTitle, font: F.bold, size: 10, gapAfter: 4 });
      t.steps.forEach((step, i) => lower.push({ text: pick(step, locale), marker: `${i + 1}.`, gapAfter: 4 }));
      lower.push(note(pick(T.lowerFirst.tieRule, locale)));
    }
    drawSection(doc, lower);

    drawTable(doc, {
      title: heading(r.thresholdsTitle),
      header: [r.threshold, r.count, r.share],
      rows: results.thresholds.map((t) => [pick(T.threshold[t.threshold].name, locale), n(t.share.count), formatPercent(t.share.percent, locale)]),
      columns: [0.5, 0.2, 0.3],
      numeric: [1, 2],
    });

    drawTable(doc, {
      title: heading(r.channelsTitle),
      header: [r.channel, r.wanted, r.replyTime, r.offered],
      rows: results.channels.map((c) => [
        pick(T.channelName[c.channel], locale),
        `${formatPercent(c.wanted.percent, locale)} (${n(c.wanted.count)})`,
        c.reply.median === null ? '–' : pick(T.replyTimeName[c.reply.median], locale),
        pick(c.offered ? T.channels.offered : T.channels.notOffered, locale),
      ]),
      columns: [0.3, 0.2, 0.3, 0.2],
      numeric: [1],
    });
    const gaps = [
      ...results.wantedNotOffered.map((c) => warning(`${pick(T.channelName[c], locale)}: ${pick(T.channels.missing, locale)}`)),
      ...results.offeredNotWanted.map((c) => note(`${pick(T.channelName[c], locale)}: ${pick(T.channels.unused, locale)}`)),
    ];
    if (gaps.length > 0) drawSection(doc, gaps);

    drawTrend(doc, m, locale, {
      figure: pick(T.headline.iceberg, locale),
      months: results.months.map((x) => x.month),
      chart: { values: results.months.map((x) => x.funnel.iceberg.percent), min: 0, max: 100, ticks: PERCENT_TICKS, formatTick: (t) => `${t}%` },
      table: {
        header: [r.month, r.answersColumn, pick(T.funnel.dissatisfied, locale), pick(T.funnel.complained, locale), pick(T.headline.iceberg, locale)],
        rows: results.months.map(({ month, funnel: f }) => [
          formatMonth(month, locale),
          n(f.respondents),
          countOf(f.dissatisfied),
          countOf(f.complained),
          formatPercent(f.iceberg.percent, locale),
        ]),
        columns: [0.2, 0.16, 0.2, 0.2, 0.24],
        numeric: [1, 2, 3, 4],
      },
    });
  });
}
