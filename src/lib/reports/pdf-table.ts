/** A table for pdfkit: a brand-coloured header row, shaded alternate rows, the header repeated after a page break. */
import { drawBlocks, ensureSpace, left, LINE_GAP_PT, width, type Block } from './pdf-layout.ts';
import { PDF_COLOURS as C, PDF_FONTS as F } from './pdf-style.ts';

export interface Table {
  /** Drawn above the table, kept on one page with the header and first row. */
  title?: Block;
  header: string[];
  rows: string[][];
  /** Each column's share of the page width; they add up to 1. */
  columns: number[];
  /** Columns of numbers, right-aligned. */
  numeric?: number[];
  size?: number;
}

/** Draws the table at the cursor and leaves the cursor below it. The first column is bold (it names the row). */
export function drawTable(doc: PDFKit.PDFDocument, table: Table): void {
  const x = left(doc);
  const size = table.size ?? 9;
  const widths = table.columns.map((share) => share * width(doc));
  const rowHeight = (cells: string[]) =>
    10 + Math.max(...cells.map((c, i) => doc.font(i === 0 ? F.bold : F.regular).fontSize(size).heightOfString(c, { width: widths[i] - 10, lineGap: LINE_GAP_PT })));
  const drawRow = (cells: string[], y: number, isHeader: boolean, shaded: boolean) => {
    const height = rowHeight(cells);
    if (isHeader || shaded) doc.rect(x, y, width(doc), height).fill(isHeader ? C.brand : C.wash);
    let cx = x;
    cells.forEach((cell, i) => {
      const align = table.numeric?.includes(i) ? 'right' : 'left';
      doc.font(isHeader || i === 0 ? F.bold : F.regular).fontSize(size).fillColor(isHeader ? C.white : C.ink);
      doc.text(cell, cx + 5, y + 5, { width: widths[i] - 10, align, lineGap: LINE_GAP_PT });
      cx += widths[i];
    });
    return y + height;
  };
  // A table of up to half a page is kept whole; a longer one needs room for its title, header and first row.
  const whole = 30 + rowHeight(table.header) + table.rows.reduce((sum, cells) => sum + rowHeight(cells), 0);
  const page = doc.page.height - doc.page.margins.top - doc.page.margins.bottom;
  const first = 30 + rowHeight(table.header) + rowHeight(table.rows[0] ?? table.header);
  let y = ensureSpace(doc, whole <= page / 2 ? whole : first);
  if (table.title) y = drawBlocks(doc, [table.title], x, y, width(doc));
  y = drawRow(table.header, y, true, false);
  table.rows.forEach((cells, i) => {
    doc.y = y;
    if (ensureSpace(doc, rowHeight(cells)) !== y) y = drawRow(table.header, doc.y, true, false);
    y = drawRow(cells, y, false, i % 2 === 1);
  });
  doc.moveTo(x, y).lineTo(x + width(doc), y).lineWidth(0.75).stroke(C.line);
  doc.x = x;
  doc.y = y + 24;
}
