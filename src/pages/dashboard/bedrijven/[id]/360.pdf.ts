/** The 360° growth report as a PDF, for whoever may see the report (404 otherwise). */
import type { APIRoute } from 'astro';
import { messages } from '../../../../lib/i18n/index.ts';
import { renderThreeSixtyPdf } from '../../../../lib/reports/three-sixty/pdf.ts';
import { threeSixtyText } from '../../../../lib/reports/three-sixty/text.ts';
import { loadThreeSixty } from '../../../../lib/server/three-sixty.ts';

export const GET: APIRoute = async ({ params, locals }) => {
  const locale = locals.locale;
  const t = messages(locale).threeSixty;
  const report = await loadThreeSixty(locals.user, params.id ?? '');
  if (!report) {
    return new Response(t.notFound, { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'private, no-store' } });
  }
  const pdf = await renderThreeSixtyPdf(threeSixtyText(report, locale, { isConsultant: locals.user?.role !== 'entrepreneur' }), report.comments, { locale });
  return new Response(pdf, {
    headers: {
      'Content-Type': 'application/pdf',
      'Content-Disposition': `attachment; filename="${t.fileName}"`,
      'Content-Length': String(pdf.byteLength),
      'Cache-Control': 'private, no-store',
    },
  });
};
