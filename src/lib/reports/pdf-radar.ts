/**
 * The radar chart of the PDF report, drawn with vector lines and polygons
 * so it stays sharp at any zoom and needs no canvas or browser.
 */
import { PDF_COLOURS, PDF_FONTS } from './pdf-style.ts';
import { RING_STEPS, labelPlacement, radarPoint, ringPoints, seriesPoints, type LabelPlacement, type RadarFrame } from './radar-geometry.ts';
const LABEL_WIDTH_PT = 104;
const LABEL_GAP_PT = 8;

export interface RadarInput {
  labels: string[];
  /** 0–100 per label; null (no score) is left out and the polygon joins its neighbours, as in the HTML chart. */
  scores: (number | null)[];
  /** Written under each label, missing scores included ("–"). */
  valueLabels: string[];
  /** A comparison series (the peer group's averages), drawn as a dashed line over the scores. */
  peers?: (number | null)[];
}

/** How the comparison line is dashed, in the chart and in its legend. */
const PEER_DASH = { length: 3, space: 2 } as const;

/** Draws the chart centred at (cx, cy) with the 100-ring at `radius`. Labels take about LABEL_WIDTH_PT / 2 more each side. */
export function drawRadar(doc: PDFKit.PDFDocument, chart: RadarInput, cx: number, cy: number, radius: number): void {
  const count = chart.labels.length;
  if (count < 3) return;
  const frame: RadarFrame = { count, cx, cy, radius };
  const indexes = chart.labels.map((_, i) => i);

  doc.save().lineWidth(0.5).strokeColor(PDF_COLOURS.line);
  for (const step of RING_STEPS) doc.polygon(...ringPoints(frame, step)).stroke();
  for (const i of indexes) doc.moveTo(cx, cy).lineTo(...radarPoint(frame, i, 100)).stroke();
  doc.restore();

  doc.font(PDF_FONTS.regular).fontSize(6.5).fillColor(PDF_COLOURS.muted);
  for (const step of RING_STEPS) {
    const [x, y] = radarPoint(frame, 0, step);
    doc.text(String(step), x + 2, y - 3.5, { lineBreak: false });
  }

  const scored = seriesPoints(frame, chart.scores);
  if (scored.length >= 2) {
    doc.save().lineWidth(1.5).strokeColor(PDF_COLOURS.brand).fillColor(PDF_COLOURS.brand);
    doc.fillOpacity(0.18).polygon(...scored).fill();
    doc.fillOpacity(1).polygon(...scored).stroke();
    doc.restore();
  }
  for (const [x, y] of scored) doc.circle(x, y, 2.4).fill(PDF_COLOURS.brand);

  const compared = chart.peers ? seriesPoints(frame, chart.peers) : [];
  if (compared.length >= 2) {
    doc.save().lineWidth(1).strokeColor(PDF_COLOURS.ink).dash(PEER_DASH.length, { space: PEER_DASH.space });
    doc.polygon(...compared).stroke();
    doc.undash().restore();
  }

  for (const i of indexes) drawLabel(doc, chart.labels[i], chart.valueLabels[i], labelPlacement(frame, i));
}

/** Places a label outside the 100-ring (labelPlacement says where). */
function drawLabel(doc: PDFKit.PDFDocument, label: string, value: string, { tip, align, vertical, dy }: LabelPlacement) {
  const [tx, ty] = tip;
  const options = { width: LABEL_WIDTH_PT, align } as const;
  doc.font(PDF_FONTS.bold).fontSize(8);
  const labelHeight = doc.heightOfString(label, options);
  const height = labelHeight + 10;
  const x = align === 'left' ? tx + LABEL_GAP_PT : align === 'right' ? tx - LABEL_GAP_PT - LABEL_WIDTH_PT : tx - LABEL_WIDTH_PT / 2;
  // Above the chart the block sits on the tip, below it hangs from it, at the sides it is centred on it.
  const y = vertical === 'above' ? ty - LABEL_GAP_PT - height : vertical === 'below' ? ty + LABEL_GAP_PT : ty - height / 2 + dy * 6;
  doc.fillColor(PDF_COLOURS.ink).text(label, x, y, options);
  doc.font(PDF_FONTS.regular).fillColor(PDF_COLOURS.brand).text(value, x, y + labelHeight + 1, options);
}

/**
 * The legend under a radar with a comparison line: a solid swatch for the
 * scores, a dashed one for the comparison, side by side and centred on cx.
 * Returns the height it took.
 */
export function drawRadarLegend(doc: PDFKit.PDFDocument, own: string, peers: string, cx: number, y: number): number {
  const swatch = 16;
  const gap = 6;
  const between = 18;
  doc.font(PDF_FONTS.regular).fontSize(8.5);
  const widths = [doc.widthOfString(own), doc.widthOfString(peers)];
  let x = cx - (swatch + gap + widths[0] + between + swatch + gap + widths[1]) / 2;
  const mid = y + 5;
  doc.save().lineWidth(1.5).strokeColor(PDF_COLOURS.brand).moveTo(x, mid).lineTo(x + swatch, mid).stroke().restore();
  doc.fillColor(PDF_COLOURS.ink).text(own, x + swatch + gap, y, { lineBreak: false });
  x += swatch + gap + widths[0] + between;
  doc.save().lineWidth(1).strokeColor(PDF_COLOURS.ink).dash(PEER_DASH.length, { space: PEER_DASH.space });
  doc.moveTo(x, mid).lineTo(x + swatch, mid).stroke();
  doc.undash().restore();
  doc.fillColor(PDF_COLOURS.ink).text(peers, x + swatch + gap, y, { lineBreak: false });
  return 14;
}
