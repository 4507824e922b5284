/** The Growth Test report as a PDF download, at the respondent's own unguessable link. */
import type { APIRoute } from 'astro';
import { messages } from '../../../lib/i18n/index.ts';
import { paths } from '../../../lib/paths.ts';
import { renderGrowthReportPdf } from '../../../lib/families/growth-test/pdf.ts';
import { publicOrigin } from '../../../lib/server/origin.ts';
import { loadGrowthReport } from '../../../lib/server/reports.ts';

export const GET: APIRoute = async ({ params, locals, url }) => {
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
    url: new URL(paths.report(locale, token), publicOrigin(url)).href,
    demo: loaded.response.isDemo,
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
