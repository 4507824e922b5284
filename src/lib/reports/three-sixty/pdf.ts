/**
 * The 360° growth report as a PDF: the same words as the page
 * (./text.ts), laid out with the shared PDF parts. Typed texts (the
 * company's name, version names, coach comments) are drawn as plain text.
 */
import { fill, formatDate, messages } from '../../i18n/index.ts';
import type { Locale } from '../../surveys/schema.ts';
import type { CoachComment } from '../../server/queries/canvas.ts';
import { drawMasthead, drawPageFrames, openPdf } from '../pdf-document.ts';
import { heading, type Block } from '../pdf-layout.ts';
import { drawSection, note } from '../pdf-results.ts';
import { PDF_FONTS as F } from '../pdf-style.ts';
import { drawTable } from '../pdf-table.ts';
import type { ThreeSixtyText } from './text.ts';

export async function renderThreeSixtyPdf(text: ThreeSixtyText, comments: CoachComment[], meta: { locale: Locale; printedAt?: Date }): Promise<Uint8Array<ArrayBuffer>> {
  const m = messages(meta.locale);
  const t = m.threeSixty;
  const { doc, bytes } = openPdf({ locale: meta.locale, title: text.title, subject: t.title });
  drawMasthead(doc, m, text.title, fill(t.pdfGenerated, { date: formatDate(meta.printedAt ?? new Date(), meta.locale) }));

  const comparison: Block[] = [heading(t.comparisonTitle), { text: t.comparisonLead, gapAfter: 6 }];
  if (!text.comparison.any) comparison.push({ text: t.comparisonMissing, gapAfter: 6 });
  else {
    comparison.push(heading(t.calledOutTitle, 12));
    if (text.comparison.calledOut.length === 0) comparison.push({ text: text.comparison.noneCalledOut, gapAfter: 6 });
    for (const k of text.comparison.calledOut) comparison.push({ text: k.line, font: F.bold, gapAfter: 2 }, { text: k.explanation, gapAfter: 8 });
  }
  drawSection(doc, comparison);
  if (text.comparison.any) {
    drawTable(doc, {
      title: heading(t.comparisonCaption, 11),
      header: [t.colArea, t.colView, t.colOwn, t.colOther, t.colDifference],
      rows: text.comparison.rows.map((r) => [r.area, r.view, r.self, r.other, r.difference]),
      columns: [0.24, 0.34, 0.14, 0.14, 0.14],
      numeric: [2, 3, 4],
    });
  }
  drawSection(doc, [note(t.comparisonScale)]);

  for (const s of text.sections) {
    drawSection(doc, [heading(s.present ? s.title : `${s.title} (${t.missing})`, 13), ...s.lines.map((line): Block => ({ text: line, gapAfter: 4 }))]);
  }

  drawSection(doc, [heading(t.sections.comments, 13), ...(comments.length === 0 ? [{ text: t.commentsNone }] : [])]);
  // One section per comment: a page holds each, not necessarily all of them.
  for (const c of comments) {
    drawSection(doc, [note(fill(m.canvas.commentBy, { name: c.authorName ?? m.canvas.commentUnknownAuthor, date: formatDate(c.createdAt, meta.locale) })), { text: c.body, gapAfter: 4 }]);
  }

  drawPageFrames(doc, m, { footer: `${m.meta.siteName} · ${t.title}`, runningHead: `${m.meta.siteName} · ${text.title}` });
  doc.end();
  return bytes;
}
