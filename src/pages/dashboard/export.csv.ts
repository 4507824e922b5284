/**
 * GET /dashboard/export.csv?format=excel-nl|csv&decimal=comma|point: the
 * completed Growth Tests the user may see, one row per response, streamed
 * in batches so a large organisation's export never sits in memory whole.
 */
import type { APIRoute } from 'astro';
import { parseExportQuery } from '../../lib/forms/dashboard-query.ts';
import { CSV_BOM, csvOptions, csvRow } from '../../lib/reports/csv.ts';
import { FIXED_COLUMNS, exportRow, questionColumns } from '../../lib/reports/response-export.ts';
import { exportResponses } from '../../lib/server/queries/export.ts';
import { allVersions, GROWTH_TEST_ID } from '../../lib/families/index.ts';

export const GET: APIRoute = ({ locals, url }) => {
  const query = parseExportQuery(url.searchParams);
  const options = csvOptions(query.format, query.decimal);
  const questions = questionColumns(allVersions(GROWTH_TEST_ID));
  const batches = exportResponses(locals.user, query.organisationId);
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(encoder.encode((options.bom ? CSV_BOM : '') + csvRow([...FIXED_COLUMNS, ...questions], options)));
    },
    async pull(controller) {
      const next = await batches.next();
      if (next.done) return controller.close();
      controller.enqueue(encoder.encode(next.value.map((record) => csvRow(exportRow(record, questions), options)).join('')));
    },
    async cancel() {
      await batches.return(undefined);
    },
  });
  const day = new Date().toISOString().slice(0, 10);
  return new Response(body, {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="koers-groeitests-${day}.csv"`,
      'Cache-Control': 'private, no-store',
    },
  });
};
