/**
 * What every Koers PDF shares: an A4 pdfkit document with the embedded
 * Unicode font, its bytes collected as they stream, the masthead, and the
 * page frames (footer with page numbers, running head from page 2).
 */
import PDFDocument from 'pdfkit';
import { fill, messages, type Messages } from '../i18n/index.ts';
import type { Locale } from '../surveys/schema.ts';
import { drawBlocks, left, width } from './pdf-layout.ts';
import { PAGE_MARGINS_PT, PDF_COLOURS as C, PDF_FONTS as F, registerFonts } from './pdf-style.ts';

export interface PdfInfo {
  locale: Locale;
  /** The document title in the PDF metadata (what a viewer's title bar shows). */
  title: string;
  subject?: string;
}

/**
 * A new document, buffered (page frames are drawn once the page count is
 * known) and with the fonts registered; `bytes` resolves after `doc.end()`,
 * ArrayBuffer-backed so a Response takes them as they are.
 */
export function openPdf(info: PdfInfo): { doc: PDFKit.PDFDocument; bytes: Promise<Uint8Array<ArrayBuffer>> } {
  const m = messages(info.locale);
  const doc = new PDFDocument({
    size: 'A4',
    margins: PAGE_MARGINS_PT,
    bufferPages: true,
    lang: m.meta.htmlLang,
    displayTitle: true,
    // pdfkit fails on an info key whose value is undefined, so Subject is only set when there is one.
    info: { Title: info.title, Author: m.meta.siteName, Creator: m.meta.siteName, ...(info.subject && { Subject: info.subject }) },
  });
  registerFonts(doc);
  const chunks: Uint8Array[] = [];
  const bytes = new Promise<Uint8Array<ArrayBuffer>>((resolve, reject) => {
    doc.on('data', (chunk) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  return { doc, bytes };
}

/** The brand line with the tagline, a rule, then the title and a muted subline; leaves the cursor below them. */
export function drawMasthead(doc: PDFKit.PDFDocument, m: Messages, title: string, subline: string): void {
  const x = left(doc);
  const top = doc.page.margins.top;
  doc.font(F.bold).fontSize(13).fillColor(C.brand).text(m.meta.siteName, x, top, { lineBreak: false });
  doc.font(F.regular).fontSize(9).fillColor(C.muted).text(m.meta.tagline, x, top + 3, { width: width(doc), align: 'right' });
  doc.moveTo(x, top + 20).lineTo(x + width(doc), top + 20).lineWidth(1.5).stroke(C.brand);
  drawBlocks(doc, [{ text: title, font: F.bold, size: 24, color: C.brandDark, gapAfter: 4 }, { text: subline, size: 9.5, color: C.muted, gapAfter: 18 }], x, top + 34, width(doc));
}

export interface PageFrame {
  /** Left in every footer, e.g. the report's own link. */
  footer: string;
  /** Makes the footer text a link. */
  link?: string;
  /** Above the content from page 2 on. */
  runningHead: string;
}

/** Footer on every page ("Page n of total" on the right) and a running head from page 2 on. Call once, just before `doc.end()`. */
export function drawPageFrames(doc: PDFKit.PDFDocument, m: Messages, frame: PageFrame): void {
  const { start, count } = doc.bufferedPageRange();
  for (let i = start; i < start + count; i++) {
    doc.switchToPage(i);
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0; // writing inside the margin must not start a new page
    const x = left(doc);
    const y = doc.page.height - bottom + 18;
    doc.moveTo(x, y - 6).lineTo(x + width(doc), y - 6).lineWidth(0.5).stroke(C.line);
    doc.font(F.regular).fontSize(7.5).fillColor(C.muted).text(frame.footer, x, y, { width: width(doc) - 90, link: frame.link ?? null, lineBreak: false, ellipsis: true });
    doc.text(fill(m.pdf.pageOf, { page: i - start + 1, total: count }), x + width(doc) - 90, y, { width: 90, align: 'right', lineBreak: false });
    if (i > start) doc.text(frame.runningHead, x, doc.page.margins.top - 22, { width: width(doc), lineBreak: false, ellipsis: true });
    doc.page.margins.bottom = bottom;
  }
}
