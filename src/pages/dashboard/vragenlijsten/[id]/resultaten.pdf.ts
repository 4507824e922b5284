/** A survey's results as a PDF summary, for its owner; 404 for anyone else and while the family has no PDF. */
import type { APIRoute } from 'astro';
import { messages } from '../../../../lib/i18n/index.ts';
import { surveyResultsPdf } from '../../../../lib/server/survey-results.ts';

export const GET: APIRoute = async ({ locals, params }) => {
  const pdf = await surveyResultsPdf(locals.user ?? null, params.id ?? '', locals.locale);
  if (!pdf) {
    return new Response(messages(locals.locale).pages.notFound, { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
  }
  return new Response(pdf.bytes as Uint8Array<ArrayBuffer>, {
    headers: {
      'Content-Type': 'application/pdf',
      // The id, not the owner-typed title: a file name needs no escaping then.
      'Content-Disposition': `attachment; filename="resultaten-${params.id}.pdf"`,
      'Cache-Control': 'private, no-store',
      'X-Robots-Tag': 'noindex, nofollow',
    },
  });
};
