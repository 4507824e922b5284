/** The Growth Test report as a PDF download, at the respondent's own unguessable link. */
import type { APIRoute } from 'astro';
import { messages } from '../../../lib/i18n/index.ts';
import { renderGrowthReportPdf } from '../../../lib/families/growth-test/pdf.ts';
import { loadGrowthReport } from '../../../lib/server/reports.ts';
import { reportBranding, toReportBranding } from '../../../lib/server/branding.ts';

export const GET: APIRoute = async ({ params, locals }) => {
  const locale = locals.locale;
  const m = messages(locale);
  const token = params.token ?? '';
  const loaded = await loadGrowthReport(token, locale);
  if (!loaded) {
    return new Response(m.pdf.notFound, { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'private, no-store' } });
  }
  const pdf = await renderGrowthReportPdf(loaded.report, {
    locale,
    completedAt: loaded.response.completedAt,
    demo: loaded.response.isDemo,
    branding: toReportBranding((await reportBranding(loaded.response))?.branding ?? null),
  });
  return new Response(pdf, {
    headers: {
      'Content-Type': 'application/pdf',
      'Content-Disposition': `attachment; filename="${m.pdf.fileName}"`,
      'Content-Length': String(pdf.byteLength),
      'Cache-Control': 'private, no-store',
    },
  });
};
