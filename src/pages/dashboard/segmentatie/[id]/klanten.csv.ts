/** The customers of one saved version as CSV, formula-like text neutralised (src/lib/segmentation/export-csv.ts). */
import type { APIRoute } from 'astro';
import { customersCsv } from '../../../../lib/segmentation/export-csv.ts';
import { customersOf, listImports } from '../../../../lib/server/customer-imports.ts';
import { segmentationCompany } from '../../../../lib/server/segmentation-page.ts';

export const GET: APIRoute = async ({ params, url, locals, rewrite }) => {
  const company = await segmentationCompany(locals.user, params.id ?? '');
  if (!company) return rewrite('/404');
  const imports = await listImports(company.id);
  const chosen = imports.find((i) => String(i.version) === url.searchParams.get('versie')) ?? imports[0];
  if (!chosen) return rewrite('/404');
  return new Response(customersCsv(await customersOf(chosen.id)), {
    headers: {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="klanten-v${chosen.version}.csv"`,
    },
  });
};
