/**
 * The Growth Test report as an A4 PDF, drawn with pdfkit: pure JavaScript,
 * so the server needs no browser, and the same report always gives the same
 * layout. Carries the content of the HTML report
 * (src/pages/rapport/[token]/index.astro), in the same order.
 */
import { fill, formatDate, formatNumber, messages, type Messages } from '../../i18n/index.ts';
import type { Locale } from '../../surveys/schema.ts';
import type { GrowthReport } from './report.ts';
import { drawRadar, drawRadarLegend } from '../../reports/pdf-radar.ts';
import { drawMasthead, drawPageFrames, openPdf } from '../../reports/pdf-document.ts';
import { drawBlocks, ensureSpace, heading, left, measureBlocks, width, type Block } from '../../reports/pdf-layout.ts';
import { PDF_COLOURS as C, PDF_FONTS as F } from '../../reports/pdf-style.ts';
import { drawTable } from '../../reports/pdf-table.ts';
import { callToActionHref, type ReportBranding } from '../../reports/branding.ts';

export interface PdfMeta {
  locale: Locale;
  completedAt: Date | null;
  /** Marks demo content, as the HTML report does. */
  demo?: boolean;
  /** The organisation behind the test (issue 12 leads fill it); null draws the cover without it. */
  branding?: ReportBranding | null;
}

/** Formats a 0–100 score for print; "–" for no score. */
type FormatScore = (n: number | null) => string;

const BOX_PADDING_PT = 14;
const RADAR_RADIUS_PT = 100;
const TABLE_COLUMNS = [0.36, 0.1, 0.19, 0.35];

/**
 * Renders the report as PDF bytes (ArrayBuffer-backed, so a Response takes
 * them as they are). Texts come from the report and the i18n catalogue only.
 * A cover page first (who it is for, the date, the organisation and its call
 * to action). The PDF holds no link to the report page: the link is a bearer
 * token, and a PDF gets forwarded and printed; whoever holds the file has
 * the content already.
 * An area without a score is left out of the radar (its neighbours are
 * joined, as in the HTML chart) and named in a note under it, never drawn as 0.
 */
export async function renderGrowthReportPdf(report: GrowthReport, meta: PdfMeta): Promise<Uint8Array<ArrayBuffer>> {
  const m = messages(meta.locale);
  const { doc, bytes } = openPdf({ locale: meta.locale, title: m.report.title, subject: report.opportunity?.name });
  const score = (n: number | null) => (n === null ? '–' : formatNumber(n, meta.locale));

  drawCover(doc, report, meta, m);
  doc.addPage();
  const intro = meta.completedAt ? [fill(m.report.intro, { date: formatDate(meta.completedAt, meta.locale) })] : [];
  drawMasthead(doc, m, m.report.title, [...intro, ...report.profile, ...(meta.demo ? [m.report.demo] : [])].join(' · '));
  drawOpportunity(doc, report, m);
  drawOverall(doc, report, m, score);
  drawChart(doc, report, m, score);
  drawAreaTable(doc, report, m, score);
  drawAreaSteps(doc, report, m, score);
  drawLegend(doc, report, m);
  const title = `${m.meta.siteName} · ${m.report.title}`;
  drawPageFrames(doc, m, { footer: meta.branding ? `${title} · ${meta.branding.name}` : title, runningHead: title });
  doc.end();
  return bytes;
}

const LOGO_BOX_PT = { width: 160, height: 64 };

/**
 * Page 1: the title, who the report is for (person and company when the
 * respondent gave them), the date, the headline opportunity, and the
 * organisation with its call to action. Without an organisation's call to
 * action, the first next step is the call to action.
 */
function drawCover(doc: PDFKit.PDFDocument, report: GrowthReport, meta: PdfMeta, m: Messages) {
  const t = m.growthReport;
  const x = left(doc);
  let y = doc.page.margins.top;
  const brand = meta.branding ?? null;
  if (brand?.logo) {
    // A logo pdfkit cannot read must not cost the respondent their report: the name below still says who offers it.
    try {
      doc.image(Buffer.from(brand.logo), x, y, { fit: [LOGO_BOX_PT.width, LOGO_BOX_PT.height] });
      y += LOGO_BOX_PT.height + 16;
    } catch {
      /* drawn without the logo */
    }
  }
  doc.font(F.bold).fontSize(13).fillColor(C.brand).text(m.meta.siteName, x, y, { lineBreak: false });
  y += 22;
  doc.moveTo(x, y).lineTo(x + width(doc), y).lineWidth(1.5).stroke(C.brand);
  const who = [report.respondent.name, report.respondent.company].filter((s): s is string => Boolean(s));
  const blocks: Block[] = [{ text: m.report.title, font: F.bold, size: 30, color: C.brandDark, gapAfter: 18 }];
  if (who.length > 0) blocks.push({ text: t.coverFor, size: 10, color: C.muted, gapAfter: 2 }, { text: who.join(', '), font: F.bold, size: 16, gapAfter: 12 });
  if (meta.completedAt) blocks.push({ text: fill(t.coverDate, { date: formatDate(meta.completedAt, meta.locale) }), gapAfter: 4 });
  if (report.profile.length > 0) blocks.push({ text: report.profile.join(' · '), size: 9.5, color: C.muted, gapAfter: 4 });
  if (meta.demo) blocks.push({ text: m.report.demo, font: F.bold, size: 9.5, gapAfter: 4 });
  blocks.push({ text: m.report.opportunityTitle, font: F.bold, size: 10, color: C.brand, gapAfter: 4 });
  blocks.push({ text: report.opportunity?.name ?? m.report.noOpportunity, font: F.bold, size: report.opportunity ? 17 : 10, color: C.brandDark, gapAfter: 24 });
  y = drawBlocks(doc, blocks, x, y + 40, width(doc));

  const action = brand?.callToAction ?? report.opportunity?.steps[0] ?? null;
  const footer: Block[] = [];
  if (brand) footer.push({ text: fill(t.coverPreparedBy, { name: brand.name }), font: F.bold, size: 12, gapAfter: 6 });
  if (action) {
    const href = brand?.callToAction ? callToActionHref(action) : null;
    footer.push({ text: fill(t.coverCallToAction, { action }), size: 11, color: href ? C.brand : C.ink, gapAfter: 0, ...(href ? { link: href } : {}) });
  }
  if (footer.length === 0) return;
  const inner = width(doc) - 2 * BOX_PADDING_PT;
  const height = measureBlocks(doc, footer, inner) + 2 * BOX_PADDING_PT;
  const top = Math.max(y, doc.page.height - doc.page.margins.bottom - height);
  doc.rect(x, top, width(doc), height).fill(C.brandTint);
  doc.rect(x, top, 4, height).fill(C.brand);
  drawBlocks(doc, footer, x + BOX_PADDING_PT, top + BOX_PADDING_PT, inner);
}

const label = (text: string): Block => ({ text, font: F.bold, size: 10, gapAfter: 3 });

/** The headline: a tinted box with the opportunity, its reason, the steps and the SMART goal in a white panel. */
function drawOpportunity(doc: PDFKit.PDFDocument, report: GrowthReport, m: Messages) {
  const o = report.opportunity;
  const inner = width(doc) - 2 * BOX_PADDING_PT;
  const blocks: Block[] = [{ text: m.report.opportunityTitle, font: F.bold, size: 10, color: C.brand, gapAfter: 4 }];
  if (o) {
    blocks.push({ text: o.name, font: F.bold, size: 17, color: C.brandDark, gapAfter: 6 }, { text: o.why, gapAfter: 10 });
    blocks.push(label(m.report.opportunityWhy), { text: o.rule, gapAfter: o.weakest.length > 0 ? 4 : 10 });
    if (o.weakest.length > 0) blocks.push({ text: m.growthReport.weakestIntro, gapAfter: 4 });
    o.weakest.forEach((w, i) => blocks.push({ text: `${w.text} (${fill(m.growthReport.weakestAnswer, { answer: w.answer })})`, marker: '•', gapAfter: i === o.weakest.length - 1 ? 8 : 3 }));
    o.ties.forEach((tie) => blocks.push({ text: tie, size: 9.5, gapAfter: 6 }));
    blocks.push({ ...label(m.report.nextSteps), gapAfter: 3 });
    o.steps.forEach((step, i) => blocks.push({ text: step, marker: `${i + 1}.`, gapAfter: 4 }));
    for (const note of [o.sectorNote, o.sizeNote]) if (note) blocks.push({ text: note, size: 9.5, gapAfter: 8 });
    blocks.push({ ...label(m.report.smartGoalTitle), gapAfter: 6 });
  } else blocks.push({ text: m.report.noOpportunity, gapAfter: 0 });
  const goal: Block[] = o ? [{ text: o.smartGoal, font: F.bold, color: C.brandDark, gapAfter: 0 }] : [];
  const goalHeight = o ? measureBlocks(doc, goal, inner - 20) + 20 : 0;
  const height = measureBlocks(doc, blocks, inner) + goalHeight + 2 * BOX_PADDING_PT;

  const x = left(doc);
  const top = ensureSpace(doc, height);
  doc.rect(x, top, width(doc), height).fill(C.brandTint);
  doc.rect(x, top, 4, height).fill(C.brand);
  const y = drawBlocks(doc, blocks, x + BOX_PADDING_PT, top + BOX_PADDING_PT, inner);
  if (o) {
    doc.roundedRect(x + BOX_PADDING_PT, y, inner, goalHeight, 4).fillAndStroke(C.white, C.brand);
    drawBlocks(doc, goal, x + BOX_PADDING_PT + 10, y + 10, inner - 20);
  }
  doc.y = top + height + 18;
}

/** Overall score: the big number on the left, level and peer note beside it. */
function drawOverall(doc: PDFKit.PDFDocument, report: GrowthReport, m: Messages, score: FormatScore) {
  const x = left(doc);
  const textX = x + 150;
  const blocks: Block[] = [heading(m.report.overall, 13)];
  if (report.overallLevelName) blocks.push({ text: `${m.report.level}: ${report.overallLevelName}`, font: F.bold, gapAfter: 4 });
  blocks.push({ text: report.peerNote, size: 9, color: C.muted, gapAfter: 0 });
  const height = Math.max(56, measureBlocks(doc, blocks, width(doc) - 150)) + 2 * 12;
  const top = ensureSpace(doc, height);
  doc.roundedRect(x, top, width(doc), height, 4).lineWidth(0.75).stroke(C.line);
  doc.font(F.bold).fontSize(34).fillColor(C.brand).text(score(report.overall), x + 14, top + height / 2 - 20, { width: 110, lineBreak: false });
  doc.font(F.regular).fontSize(9).fillColor(C.muted).text(m.report.outOf100, x + 14, top + height / 2 + 14, { width: 120 });
  drawBlocks(doc, blocks, textX, top + 12, width(doc) - 150 - 12);
  doc.y = top + height + 22;
}

function drawChart(doc: PDFKit.PDFDocument, report: GrowthReport, m: Messages, score: FormatScore) {
  const { labels, scores } = report.chart;
  const missing = labels.filter((_, i) => scores[i] === null);
  const notes: Block[] = [{ text: m.report.radarFallback, size: 9, color: C.muted, gapAfter: 2 }];
  if (missing.length > 0) notes.unshift({ text: fill(m.pdf.radarSkipped, { areas: missing.join(', ') }), size: 9, color: C.muted, gapAfter: 2 });
  const peers = report.chart.peers;
  const chartHeight = 2 * RADAR_RADIUS_PT + 70;
  const legendHeight = peers ? 18 : 0;
  const top = ensureSpace(doc, 30 + chartHeight + legendHeight + measureBlocks(doc, notes, width(doc)));
  const y = drawBlocks(doc, [heading(m.report.radarTitle)], left(doc), top, width(doc));
  const cx = left(doc) + width(doc) / 2;
  drawRadar(doc, { labels, scores, valueLabels: scores.map(score), peers: peers?.data }, cx, y + chartHeight / 2, RADAR_RADIUS_PT);
  if (peers) drawRadarLegend(doc, m.report.radarOwn, peers.label, cx, y + chartHeight);
  drawBlocks(doc, notes, left(doc), y + chartHeight + legendHeight + 4, width(doc));
  doc.y += 16;
}

function drawAreaTable(doc: PDFKit.PDFDocument, report: GrowthReport, m: Messages, score: FormatScore) {
  drawTable(doc, {
    title: heading(m.report.areasTitle),
    header: [m.report.area, m.report.score, m.report.level, m.report.percentile],
    rows: report.areas.map((a) => [a.name, score(a.score), a.levelName ?? '–', a.comparison ?? '–']),
    columns: TABLE_COLUMNS,
    numeric: [1],
  });
}

/** Per area its score, notes and next steps; an area never splits over two pages. */
function drawAreaSteps(doc: PDFKit.PDFDocument, report: GrowthReport, m: Messages, score: FormatScore) {
  drawBlocks(doc, [heading(m.pdf.stepsTitle)], left(doc), ensureSpace(doc, 120), width(doc));
  for (const a of report.areas) {
    const title = `${a.name}: ${score(a.score)}${a.levelName ? ` (${a.levelName})` : ''}`;
    const blocks: Block[] = [{ text: title, font: F.bold, size: 11, color: C.brandDark, gapAfter: 4 }];
    const note = (text: string): Block => ({ text, size: 9, color: C.muted, gapAfter: 3 });
    if (a.score === null) blocks.push(note(m.report.notScored));
    if (a.thinNote) blocks.push(note(a.thinNote));
    if (a.comparison) blocks.push(note(a.comparison));
    if (a.steps.length > 0) blocks.push({ ...label(m.report.nextSteps), size: 9.5, gapAfter: 4 });
    a.steps.forEach((step) => blocks.push({ text: step, marker: '•', size: 9.5, gapAfter: 3 }));
    const height = measureBlocks(doc, blocks, width(doc) - 12);
    const top = ensureSpace(doc, height + 10);
    doc.rect(left(doc), top, 2, height - 3).fill(C.brand);
    drawBlocks(doc, blocks, left(doc) + 12, top, width(doc) - 12);
    doc.y += 10;
  }
  doc.y += 8;
}

function drawLegend(doc: PDFKit.PDFDocument, report: GrowthReport, m: Messages) {
  const nameWidth = 110;
  const rest = width(doc) - nameWidth;
  const height = report.levels.reduce((sum, l) => sum + measureBlocks(doc, [{ text: l.description }], rest), 0);
  let y = drawBlocks(doc, [heading(m.report.levelLegend)], left(doc), ensureSpace(doc, 30 + height), width(doc));
  for (const l of report.levels) {
    doc.font(F.bold).fontSize(10).fillColor(C.ink).text(l.name, left(doc), y, { width: nameWidth - 8 });
    y = drawBlocks(doc, [{ text: l.description }], left(doc) + nameWidth, y, rest);
  }
}
