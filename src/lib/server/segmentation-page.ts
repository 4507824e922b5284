/**
 * Everything the segmentation page shows and does, for a coach (their
 * organisation's clients) or an entrepreneur (their own company): read in
 * customers (file, pasted cells, the editable table) into a server-side
 * preview, save it as a new version, and analyse a version with the
 * thresholds of the query string, optionally beside an earlier one.
 */
import { CUSTOMER_FORM_ROWS, CUSTOMER_IMPORT_LABEL_MAX_CHARS, CUSTOMERS_PAGE_SIZE, MAX_BUBBLES_DRAWN, MAX_PARETO_POINTS } from '../limits.ts';
import { analyseSegmentation, type Segmentation } from '../segmentation/analyse.ts';
import { COLUMN_KEYS } from '../segmentation/headers.ts';
import { parseCustomerFile, parsePastedCustomers } from '../segmentation/parse-file.ts';
import { parseCustomerTable, type ParsedCustomers } from '../segmentation/parse-table.ts';
import { ThresholdsSchema, type Thresholds } from '../segmentation/quadrants.ts';
import type { FileError } from '../segmentation/reasons.ts';
import type { Actor } from './auth/access.ts';
import { customersOf, findPreview, listImports, savePreview, storePreview, type ParsedImport, type SavedImport } from './customer-imports.ts';
import { getDb } from './db.ts';
import { surveyCompany } from './owner-surveys.ts';
import { throttle } from './throttle/throttle.ts';

export type SegmentationPostOutcome =
  | { kind: 'not-found' }
  | { kind: 'throttled' }
  | { kind: 'preview'; previewId: string; parsed: ParsedImport; label: string }
  | { kind: 'file-error'; error: FileError }
  | { kind: 'nothing-posted' }
  | { kind: 'preview-gone' }
  | { kind: 'saved'; saved: SavedImport };

/** The company, when the actor may analyse its customers (the same people who run its surveys). */
export const segmentationCompany = surveyCompany;

function labelOf(form: FormData): string {
  const raw = String(form.get('label') ?? '').replace(/[\u0000-\u001f\u007f]/g, ' ').trim().slice(0, CUSTOMER_IMPORT_LABEL_MAX_CHARS);
  return raw || new Date().toISOString().slice(0, 10);
}

/** The editable table as a table of cells, with the canonical column keys as its header. */
function tableOf(form: FormData): string[][] {
  const rows: string[][] = [[...COLUMN_KEYS]];
  for (let i = 0; i < CUSTOMER_FORM_ROWS; i++) rows.push(COLUMN_KEYS.map((key) => String(form.get(`${key}-${i}`) ?? '')));
  return rows;
}

async function parsePosted(form: FormData): Promise<ParsedCustomers | null> {
  const action = form.get('action');
  if (action === 'preview-file') {
    const file = form.get('file');
    if (!(file instanceof File) || file.size === 0) return null;
    return parseCustomerFile(new Uint8Array(await file.arrayBuffer()), file.type);
  }
  if (action === 'preview-paste') {
    const text = String(form.get('pasted') ?? '');
    return text.trim() ? parsePastedCustomers(text) : null;
  }
  if (action === 'preview-table') {
    const table = tableOf(form);
    if (table.slice(1).every((row) => row.every((c) => c.trim() === ''))) return null;
    // Row numbers as the table shows them: its first row is 1. Empty rows of the form are not news.
    const parsed = parseCustomerTable(table, ',', 0);
    return parsed.ok ? { ...parsed, emptyRowsIgnored: 0 } : parsed;
  }
  return null;
}

export async function submitSegmentationPost(actor: NonNullable<Actor>, companyId: string, form: FormData): Promise<SegmentationPostOutcome> {
  const company = await segmentationCompany(actor, companyId);
  if (!company) return { kind: 'not-found' };
  const verdict = await throttle('customerImportAccount', actor.id);
  if (!verdict.allowed) return { kind: 'throttled' };
  const label = labelOf(form);
  if (form.get('action') === 'save') {
    const saved = await savePreview(actor, company.id, String(form.get('preview') ?? ''), label);
    return saved ? { kind: 'saved', saved } : { kind: 'preview-gone' };
  }
  const parsed = await parsePosted(form);
  if (!parsed) return { kind: 'nothing-posted' };
  if (!parsed.ok) return { kind: 'file-error', error: parsed.error };
  const { ok: _ok, ...kept } = parsed;
  return { kind: 'preview', previewId: await storePreview(actor.id, company.id, kept), parsed: kept, label };
}

/** Samples a Pareto curve to at most MAX_PARETO_POINTS points (x: customers counted, y: share %), always keeping the last point. */
function sampleCurve(curve: number[]): { x: number; y: number }[] {
  const step = Math.max(1, Math.ceil(curve.length / MAX_PARETO_POINTS));
  const points = [{ x: 0, y: 0 }];
  for (let i = step - 1; i < curve.length; i += step) points.push({ x: i + 1, y: Math.round(curve[i] * 10) / 10 });
  if (curve.length && points.at(-1)!.x !== curve.length) points.push({ x: curve.length, y: Math.round(curve.at(-1)! * 10) / 10 });
  return points;
}

export interface SegmentationView {
  imported: SavedImport;
  analysis: Segmentation;
  paretoCurves: { revenue: { x: number; y: number }[]; profit: { x: number; y: number }[] };
  /** The bubbles drawn: the customers with the most revenue, at most MAX_BUBBLES_DRAWN. */
  bubbles: { name: string; x: number; y: number; revenue: number; quadrant: string }[];
  page: number;
  pages: number;
}

function viewOf(imported: SavedImport, analysis: Segmentation, pageParam: string | null): SegmentationView {
  const byRevenue = [...analysis.analysed].sort((a, b) => b.revenue - a.revenue).slice(0, MAX_BUBBLES_DRAWN);
  const pages = Math.max(1, Math.ceil(analysis.analysed.length / CUSTOMERS_PAGE_SIZE));
  const page = Math.min(pages, Math.max(1, Number.parseInt(pageParam ?? '1', 10) || 1));
  return {
    imported,
    analysis,
    paretoCurves: { revenue: sampleCurve(analysis.revenue.curve), profit: sampleCurve(analysis.profit.curve) },
    bubbles: byRevenue.map((c) => ({ name: c.name, x: c.profitability, y: c.growthPotential, revenue: c.revenue, quadrant: c.quadrant })),
    page,
    pages,
  };
}

export interface SegmentationPage {
  company: { id: string; name: string };
  imports: SavedImport[];
  thresholds: Thresholds;
  current: SegmentationView | null;
  compared: { imported: SavedImport; analysis: Segmentation } | null;
}

/** The page for a company: null when unknown or out of the actor's reach. Query: versie, vergelijk, pagina, and the thresholds. */
export async function loadSegmentationPage(actor: Actor, companyId: string, query: URLSearchParams): Promise<SegmentationPage | null> {
  const company = await segmentationCompany(actor, companyId);
  if (!company) return null;
  const db = getDb();
  const imports = await listImports(company.id, db);
  const thresholds = ThresholdsSchema.parse({ profitability: query.get('winst') ?? undefined, growth: query.get('groei') ?? undefined, fit: query.get('fit') ?? undefined });
  const chosen = imports.find((i) => String(i.version) === query.get('versie')) ?? imports[0];
  const current = chosen ? viewOf(chosen, analyseSegmentation(await customersOf(chosen.id, db), thresholds), query.get('pagina')) : null;
  const other = imports.find((i) => String(i.version) === query.get('vergelijk') && i.id !== chosen?.id);
  const compared = other ? { imported: other, analysis: analyseSegmentation(await customersOf(other.id, db), thresholds) } : null;
  return { company: { id: company.id, name: company.name }, imports, thresholds, current, compared };
}

/** A preview again (after a failed save of it, or a reload): only the actor's own, for this company. */
export function previewFor(actor: NonNullable<Actor>, companyId: string, previewId: string): Promise<ParsedImport | null> {
  return findPreview(actor.id, companyId, previewId);
}
