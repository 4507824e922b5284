/**
 * A small stacked layout for pdfkit: paragraphs ("blocks") measured before
 * they are drawn, so a box can get its background first and a group can be
 * kept on one page.
 */
import { PDF_COLOURS as C, PDF_FONTS as F } from './pdf-style.ts';

/** One paragraph of a stacked layout; `marker` ("1.", "•") hangs in the left indent. */
export interface Block {
  text: string;
  font?: string;
  size?: number;
  color?: string;
  gapAfter?: number;
  marker?: string;
  link?: string;
}

/** Extra space between the wrapped lines of one paragraph. */
export const LINE_GAP_PT = 1.5;
const MARKER_INDENT_PT = 14;

export const left = (doc: PDFKit.PDFDocument) => doc.page.margins.left;
export const width = (doc: PDFKit.PDFDocument) => doc.page.width - doc.page.margins.left - doc.page.margins.right;

/** Starts a new page unless `height` still fits below the cursor; returns where to draw. */
export function ensureSpace(doc: PDFKit.PDFDocument, height: number): number {
  if (doc.y + height > doc.page.height - doc.page.margins.bottom) doc.addPage();
  return doc.y;
}

function styleBlock(doc: PDFKit.PDFDocument, b: Block) {
  return doc.font(b.font ?? F.regular).fontSize(b.size ?? 10).fillColor(b.color ?? C.ink);
}

export function measureBlocks(doc: PDFKit.PDFDocument, blocks: Block[], w: number): number {
  return blocks.reduce((sum, b) => {
    const indent = b.marker ? MARKER_INDENT_PT : 0;
    return sum + styleBlock(doc, b).heightOfString(b.text, { width: w - indent, lineGap: LINE_GAP_PT }) + (b.gapAfter ?? 6);
  }, 0);
}

/** Draws the blocks top to bottom and leaves the cursor below them. */
export function drawBlocks(doc: PDFKit.PDFDocument, blocks: Block[], x: number, y: number, w: number): number {
  for (const b of blocks) {
    const indent = b.marker ? MARKER_INDENT_PT : 0;
    styleBlock(doc, b);
    if (b.marker) doc.text(b.marker, x, y, { width: indent, lineBreak: false });
    doc.text(b.text, x + indent, y, { width: w - indent, lineGap: LINE_GAP_PT, link: b.link ?? null });
    y = doc.y + (b.gapAfter ?? 6);
  }
  doc.x = left(doc);
  doc.y = y;
  return y;
}

/** A section heading in the brand colour. */
export const heading = (text: string, size = 14): Block => ({ text, font: F.bold, size, color: C.brandDark, gapAfter: 8 });
