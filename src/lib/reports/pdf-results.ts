/**
 * The parts every survey-results PDF shares (customer satisfaction,
 * complaint thresholds, customer focus): the header with the owner's title,
 * the date and the number of answers; a headline figure box; sections of
 * text; and the trend over time as a chart above a table per month. Each
 * family's pdf.ts decides what goes in them.
 */
import { fill, formatDate, formatNumber, messages, type Messages } from '../i18n/index.ts';
import type { Locale } from '../surveys/schema.ts';
import { drawMasthead, drawPageFrames, openPdf } from './pdf-document.ts';
import { drawBlocks, ensureSpace, heading, left, measureBlocks, width, type Block } from './pdf-layout.ts';
import { drawLineChart, type LineChartInput } from './pdf-line-chart.ts';
import { PDF_COLOURS as C, PDF_FONTS as F } from './pdf-style.ts';
import { drawTable, type Table } from './pdf-table.ts';

export interface ResultsPdfMeta {
  locale: Locale;
  /** The survey's title as its owner typed it; printed as plain text, never interpreted. */
  title: string;
  /** The date in the header; now when left out. */
  printedAt?: Date;
}

const CHART_HEIGHT_PT = 150;
const FIGURE_COLUMN_PT = 150;

/** A signed figure ("+12,5", "−3", "0"): an NPS is read as signed, +12 is not the same claim as 12%. */
export function formatSigned(n: number, locale: Locale): string {
  const digits = Number.isInteger(n) ? 0 : 1;
  return n > 0 ? `+${formatNumber(n, locale, digits)}` : n < 0 ? `−${formatNumber(-n, locale, digits)}` : formatNumber(0, locale);
}

/** A figure that may be missing: "–" for null, one decimal when it has one. */
export function formatFigure(n: number | null, locale: Locale): string {
  return n === null ? '–' : formatNumber(n, locale, Number.isInteger(n) ? 0 : 1);
}

/** A percentage, or "–" without a base. */
export const formatPercent = (n: number | null, locale: Locale) => (n === null ? '–' : `${formatFigure(n, locale)}%`);

/** "mrt 26": short enough for twelve under a chart. */
export function formatShortMonth(monthKey: string, locale: Locale): string {
  const [year, month] = monthKey.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, 15)).toLocaleDateString(locale === 'nl' ? 'nl-NL' : 'en-GB', { month: 'short', year: '2-digit', timeZone: 'UTC' });
}

/**
 * Renders a results PDF: header, whatever `draw` puts on the pages, then
 * footers with page numbers. `kindKey` names the survey family ("Customer
 * satisfaction") in the catalogue; `answers` is the number of completed responses.
 */
export async function renderResultsPdf(
  meta: ResultsPdfMeta,
  kindKey: 'kindSatisfaction' | 'kindComplaints' | 'kindCustomerFocus',
  answers: number,
  draw: (doc: PDFKit.PDFDocument, m: Messages) => void,
): Promise<Uint8Array<ArrayBuffer>> {
  const m = messages(meta.locale);
  const kind = m.resultsPdf[kindKey];
  const { doc, bytes } = openPdf({ locale: meta.locale, title: meta.title, subject: kind });
  const date = formatDate(meta.printedAt ?? new Date(), meta.locale);
  drawMasthead(doc, m, meta.title, [kind, fill(m.resultsPdf.printedOn, { date }), fill(m.resultsPdf.answers, { count: formatNumber(answers, meta.locale) })].join(' · '));
  draw(doc, m);
  drawPageFrames(doc, m, { footer: `${m.meta.siteName} · ${kind}`, runningHead: `${m.meta.siteName} · ${meta.title}` });
  doc.end();
  return bytes;
}

/** Text blocks kept together on one page, then some space. */
export function drawSection(doc: PDFKit.PDFDocument, blocks: Block[]): void {
  drawBlocks(doc, blocks, left(doc), ensureSpace(doc, measureBlocks(doc, blocks, width(doc))), width(doc));
  doc.y += 10;
}

/** A bordered box: the big figure on the left with a small line under it, the blocks on the right. */
export function drawFigureBox(doc: PDFKit.PDFDocument, figure: string, under: string, blocks: Block[]): void {
  const x = left(doc);
  const textWidth = width(doc) - FIGURE_COLUMN_PT - 12;
  const height = Math.max(60, measureBlocks(doc, blocks, textWidth)) + 2 * 12;
  const top = ensureSpace(doc, height);
  doc.roundedRect(x, top, width(doc), height, 4).lineWidth(0.75).stroke(C.line);
  doc.font(F.bold).fontSize(30).fillColor(C.brand).text(figure, x + 14, top + height / 2 - 22, { width: FIGURE_COLUMN_PT - 20, lineBreak: false });
  doc.font(F.regular).fontSize(9).fillColor(C.muted).text(under, x + 14, top + height / 2 + 12, { width: FIGURE_COLUMN_PT - 20 });
  drawBlocks(doc, blocks, x + FIGURE_COLUMN_PT, top + 12, textWidth);
  doc.y = top + height + 18;
}

/** A warning in words (a small base, a withheld figure). */
export const warning = (text: string): Block => ({ text, font: F.bold, size: 9.5, color: C.warn, gapAfter: 6 });
export const note = (text: string): Block => ({ text, size: 9, color: C.muted, gapAfter: 4 });

export interface Trend {
  /** The charted figure's name, e.g. "NPS". */
  figure: string;
  months: string[];
  chart: Omit<LineChartInput, 'labels'>;
  /** The table per month, one row each (month first, with its number of answers). */
  table: Omit<Table, 'title'>;
}

/** The trend over time: a heading, the chart of one figure per month, then the table per month with n. */
export function drawTrend(doc: PDFKit.PDFDocument, m: Messages, locale: Locale, trend: Trend): void {
  if (trend.months.length === 0) {
    drawSection(doc, [heading(m.resultsPdf.trendTitle), note(m.resultsPdf.trendNone)]);
    return;
  }
  const caption = [heading(m.resultsPdf.trendTitle), { text: fill(m.resultsPdf.chartLabel, { figure: trend.figure }), font: F.bold, size: 9.5, gapAfter: 6 }];
  const top = ensureSpace(doc, measureBlocks(doc, caption, width(doc)) + CHART_HEIGHT_PT + 40);
  const y = drawBlocks(doc, caption, left(doc), top, width(doc));
  drawLineChart(doc, { ...trend.chart, labels: trend.months.map((month) => formatShortMonth(month, locale)) }, left(doc), y, width(doc), CHART_HEIGHT_PT);
  doc.y = y + CHART_HEIGHT_PT + 8;
  drawSection(doc, [note(m.resultsPdf.chartGap)]);
  drawTable(doc, trend.table);
}
