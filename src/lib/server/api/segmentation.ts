/**
 * The customer segmentation through the API (issue 11): PUT a customer file
 * (CSV or XLSX, the bytes as the body) as the company's next version, and
 * GET the figures of the segmentation page. Same parser, same storage and
 * same analysis as the page (src/lib/server/customer-imports.ts); a key
 * reaches the companies its organisation's coaches reach, and gets 404 for
 * any other.
 */
import { z } from 'zod';
import { CUSTOMER_IMPORT_LABEL_MAX_CHARS, MAX_CUSTOMER_FILE_BYTES } from '../../limits.ts';
import { analyseSegmentation } from '../../segmentation/analyse.ts';
import { SegmentationFiguresSchema, segmentationFigures } from '../../segmentation/figures.ts';
import { parseCustomerFile, XLSX_MEDIA_TYPE } from '../../segmentation/parse-file.ts';
import { DEFAULT_THRESHOLDS } from '../../segmentation/quadrants.ts';
import { SCORE_MAX, SCORE_MIN } from '../../segmentation/customer.ts';
import { describeFileError } from '../../segmentation/reason-text.ts';
import type { Actor } from '../auth/access.ts';
import { customersOf, importResultSummary, listImports, replaceCustomers } from '../customer-imports.ts';
import { getDb } from '../db.ts';
import { surveyCompany } from '../owner-surveys.ts';
import type { CompanyRow } from '../queries/organisations.ts';
import { throttle } from '../throttle/throttle.ts';
import { defineEndpoint, throttledError } from './endpoint.ts';
import { ApiError, notFound } from './errors.ts';
import { IdSchema } from './surveys.ts';

/** The company behind a path's id, when the key may analyse its customers; 404 otherwise (the same for "not yours"). */
async function ownedCompany(actor: Actor, id: string): Promise<CompanyRow> {
  const company = IdSchema.safeParse(id).success ? await surveyCompany(actor, id) : null;
  if (!company) throw notFound('company');
  return company;
}

const ImportSchema = z.object({
  version: z.number().int().min(1).describe('The version this import was saved as; earlier versions are kept'),
  label: z.string(),
  createdAt: z.iso.datetime(),
});

export const ImportResultSchema = z
  .object({
    imported: z.number().int().min(0).describe('Customers stored'),
    rejected: z.array(z.object({ row: z.number().int().min(1).describe('The row number a spreadsheet shows; the header is row 1'), reason: z.string() })),
    emptyRowsIgnored: z.number().int().min(0),
    ...ImportSchema.shape,
  })
  .meta({ id: 'CustomerImport' });

const label = z
  .string()
  .overwrite((s) => s.replace(/[\u0000-\u001f\u007f]/g, ' ').trim())
  .max(CUSTOMER_IMPORT_LABEL_MAX_CHARS)
  .optional()
  .describe('A name for this version, e.g. "2026"; the date when left out');

export const putCustomers = defineEndpoint({
  method: 'PUT',
  path: '/companies/{id}/customers',
  tag: 'segmentation',
  summary: "Replaces the company's customer list with a file",
  description:
    'The body is the file itself: `text/csv` (semicolon or comma separated, Dutch or English headers, decimal comma or point) or an XLSX workbook (its first sheet). ' +
    'The customers become the next version; earlier versions stay. Rows that cannot be read are listed with their reason and not stored; a file with no customer that can be stored is refused (422) and changes nothing. ' +
    'Names that a spreadsheet would run as a formula are stored as typed and neutralised in every export.',
  raw: { contentTypes: ['text/csv', XLSX_MEDIA_TYPE], maxBytes: MAX_CUSTOMER_FILE_BYTES },
  query: z.object({ label }).strict(),
  reply: { status: 200, description: 'What was imported, what was refused and why.', schema: ImportResultSchema },
  errors: [400, 404, 413, 415, 422],
  async handle({ actor, key, raw, params, query }) {
    const company = await ownedCompany(actor, params.id);
    const throttled = await throttle('customerImportApiKey', key.id);
    if (!throttled.allowed) throw throttledError(throttled.retryAfterS);
    const parsed = await parseCustomerFile(raw!.bytes, raw!.type);
    if (!parsed.ok) throw new ApiError(422, 'invalid_file', describeFileError(parsed.error, 'en'));
    const summary = importResultSummary(parsed, 'en');
    if (parsed.rows.length === 0) {
      const fields = Object.fromEntries(summary.rejected.slice(0, 50).map((r) => [`row ${r.row}`, r.reason]));
      throw new ApiError(422, 'no_customers', 'The file holds no customer that can be stored; nothing was changed.', fields);
    }
    // The import is credited to the key's maker; a key made on the command line has none (keyActor's id is no user).
    const by = key.createdBy ? actor : null;
    const saved = await replaceCustomers(getDb(), company.id, parsed, by, query.label || new Date().toISOString().slice(0, 10));
    return { ...summary, version: saved.version, label: saved.label, createdAt: saved.createdAt.toISOString() };
  },
});

/** A threshold as the API takes it: refused when unreadable (the page falls back to the default instead). */
const threshold = z.coerce.number().min(SCORE_MIN).max(SCORE_MAX).multipleOf(0.5).optional();

export const getSegmentation = defineEndpoint({
  method: 'GET',
  path: '/companies/{id}/segmentation',
  tag: 'segmentation',
  summary: 'The figures of the segmentation page',
  description:
    'Pareto figures for revenue and profit, the overlap of both top tens, the BCG quadrant of every customer and the core customers, ' +
    'for the newest import (or `version`), at the default thresholds or those given (1 to 5, in steps of 0.5; a value exactly at a threshold counts as high). ' +
    'The calculations are worked out by hand in docs/scoring.md. 404 before the first import.',
  query: z.object({ version: z.coerce.number().int().min(1).max(1_000_000).optional(), profitability: threshold, growth: threshold, fit: threshold }).strict(),
  reply: {
    status: 200,
    description: 'The figures.',
    schema: SegmentationFiguresSchema.extend({
      import: ImportSchema,
      thresholds: z.object({ profitability: z.number(), growth: z.number(), fit: z.number() }),
    }).meta({ id: 'Segmentation' }),
  },
  errors: [400, 404],
  async handle({ actor, params, query }) {
    const company = await ownedCompany(actor, params.id);
    const db = getDb();
    const imports = await listImports(company.id, db);
    const chosen = query.version === undefined ? imports[0] : imports.find((i) => i.version === query.version);
    if (!chosen) throw notFound(query.version === undefined ? 'customer list (import one first)' : 'version');
    const thresholds = {
      profitability: query.profitability ?? DEFAULT_THRESHOLDS.profitability,
      growth: query.growth ?? DEFAULT_THRESHOLDS.growth,
      fit: query.fit ?? DEFAULT_THRESHOLDS.fit,
    };
    const figures = segmentationFigures(analyseSegmentation(await customersOf(chosen.id, db), thresholds));
    return { ...figures, import: { version: chosen.version, label: chosen.label, createdAt: chosen.createdAt.toISOString() }, thresholds };
  },
});
