/**
 * A line chart of one figure per month, drawn with vector paths (as the
 * radar in ./pdf-radar.ts) so it stays sharp and needs no canvas. A month
 * without a figure breaks the line rather than being drawn as 0.
 */
import { PDF_COLOURS as C, PDF_FONTS as F } from './pdf-style.ts';

export interface LineChartInput {
  /** One per point, left to right (e.g. "mrt 26"). */
  labels: string[];
  values: (number | null)[];
  /** The value axis; gridlines at `ticks`. */
  min: number;
  max: number;
  ticks: number[];
  formatTick: (n: number) => string;
}

const AXIS_LABEL_WIDTH_PT = 28;
const MAX_X_LABELS = 12;

/** Draws the chart in the box (x, y, w, h); month labels go in the bottom 14 pt of it. */
export function drawLineChart(doc: PDFKit.PDFDocument, chart: LineChartInput, x: number, y: number, w: number, h: number): void {
  const plotX = x + AXIS_LABEL_WIDTH_PT;
  const plotW = w - AXIS_LABEL_WIDTH_PT - 8;
  const plotH = h - 14;
  const count = chart.values.length;
  const xAt = (i: number) => plotX + (count === 1 ? plotW / 2 : (plotW * i) / (count - 1));
  const yAt = (v: number) => y + plotH - ((Math.min(chart.max, Math.max(chart.min, v)) - chart.min) / (chart.max - chart.min)) * plotH;

  doc.save().lineWidth(0.5).strokeColor(C.line);
  for (const tick of chart.ticks) doc.moveTo(plotX, yAt(tick)).lineTo(plotX + plotW, yAt(tick)).stroke();
  doc.restore();
  doc.font(F.regular).fontSize(6.5).fillColor(C.muted);
  for (const tick of chart.ticks) {
    doc.text(chart.formatTick(tick), x, yAt(tick) - 3.5, { width: AXIS_LABEL_WIDTH_PT - 4, align: 'right', lineBreak: false });
  }
  // With many months only every n-th label fits.
  const every = Math.ceil(count / MAX_X_LABELS);
  chart.labels.forEach((label, i) => {
    if (i % every === 0) doc.text(label, xAt(i) - 20, y + plotH + 5, { width: 40, align: 'center', lineBreak: false });
  });

  doc.save().lineWidth(1.5).strokeColor(C.brand);
  let drawing = false;
  chart.values.forEach((v, i) => {
    if (v === null) {
      drawing = false;
      return;
    }
    if (drawing) doc.lineTo(xAt(i), yAt(v));
    else doc.moveTo(xAt(i), yAt(v));
    drawing = true;
  });
  doc.stroke();
  doc.restore();
  chart.values.forEach((v, i) => {
    if (v !== null) doc.circle(xAt(i), yAt(v), 2.2).fill(C.brand);
  });
}
