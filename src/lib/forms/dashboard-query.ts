/**
 * The dashboard's query strings: parsed with zod, and any value that does
 * not fit falls back to its default, so a hand-edited or stale link shows a
 * sensible page instead of an error. Parameter names are Dutch (they are in
 * the address bar); the parsed objects use code names.
 */
import { z } from 'zod';
import { GROWTH_AREAS, type GrowthArea } from '../families/growth-test/scoring.ts';
import { SECTOR_VALUES } from '../reports/client-labels.ts';

export const CLIENT_SORTS = ['name', 'date', 'score'] as const;
export type ClientSort = (typeof CLIENT_SORTS)[number];
export type SortDirection = 'asc' | 'desc';

/** Longest search text used; more is cut off, not refused. */
export const MAX_SEARCH_CHARS = 100;
/** Most clients side by side on the compare page. */
export const MAX_COMPARED = 5;

const id = z.string().regex(/^[a-z0-9]{1,64}$/);
const DIRECTIONS = { op: 'asc', af: 'desc' } as const;

export interface ClientListQuery {
  search: string;
  sector?: string;
  opportunity?: GrowthArea;
  sort: ClientSort;
  direction: SortDirection;
  page: number;
  /** An administrator's organisation filter; ignored for everyone else by the query's scope. */
  organisationId?: string;
}

const ClientListParamsSchema = z.object({
  zoek: z
    .string()
    .catch('')
    .transform((s) => s.trim().slice(0, MAX_SEARCH_CHARS)),
  sector: z.enum(SECTOR_VALUES as [string, ...string[]]).optional().catch(undefined),
  kans: z.enum(GROWTH_AREAS).optional().catch(undefined),
  sorteer: z.enum(CLIENT_SORTS).catch('name'),
  volgorde: z.enum(['op', 'af']).optional().catch(undefined),
  pagina: z.coerce.number().int().min(1).max(1_000_000).catch(1),
  organisatie: id.optional().catch(undefined),
});

/** The first value of every parameter (a repeated parameter does not turn a string into a list). */
export function firstValues(params: URLSearchParams): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of params) if (!(key in out)) out[key] = value;
  return out;
}

/** Names sort A to Z, dates and scores newest or highest first, unless the link says otherwise. */
export function defaultDirection(sort: ClientSort): SortDirection {
  return sort === 'name' ? 'asc' : 'desc';
}

export function parseClientListQuery(params: URLSearchParams): ClientListQuery {
  const p = ClientListParamsSchema.parse({ zoek: '', ...firstValues(params) });
  return {
    search: p.zoek,
    sector: p.sector,
    opportunity: p.kans,
    sort: p.sorteer,
    direction: p.volgorde ? DIRECTIONS[p.volgorde] : defaultDirection(p.sorteer),
    page: p.pagina,
    organisationId: p.organisatie,
  };
}

/** The query string for a list state, leaving out defaults so links stay short. */
export function clientListSearch(query: ClientListQuery, changes: Partial<ClientListQuery> = {}): string {
  const q = { ...query, ...changes };
  const params = new URLSearchParams();
  if (q.search) params.set('zoek', q.search);
  if (q.sector) params.set('sector', q.sector);
  if (q.opportunity) params.set('kans', q.opportunity);
  if (q.organisationId) params.set('organisatie', q.organisationId);
  if (q.sort !== 'name') params.set('sorteer', q.sort);
  if (q.direction !== defaultDirection(q.sort)) params.set('volgorde', q.direction === 'asc' ? 'op' : 'af');
  if (q.page > 1) params.set('pagina', String(q.page));
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** The link of a sortable column header: the other direction when it is the current sort, else its default. */
export function sortChange(query: ClientListQuery, sort: ClientSort): Partial<ClientListQuery> {
  const direction = query.sort === sort ? (query.direction === 'asc' ? 'desc' : 'asc') : defaultDirection(sort);
  return { sort, direction, page: 1 };
}

export type CompareQuery =
  | { ok: true; clientIds: string[] }
  | { ok: false; problem: 'none' | 'too_many'; clientIds: string[] };

/**
 * `?klant=a&klant=b`: one client (against averages) or two to five side by
 * side. Malformed ids are dropped, repeats counted once.
 */
export function parseCompareQuery(params: URLSearchParams): CompareQuery {
  const clientIds = [...new Set(params.getAll('klant').filter((v) => id.safeParse(v).success))];
  if (clientIds.length === 0) return { ok: false, problem: 'none', clientIds };
  if (clientIds.length > MAX_COMPARED) return { ok: false, problem: 'too_many', clientIds };
  return { ok: true, clientIds };
}

export const EXPORT_FORMATS = ['excel-nl', 'csv'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface ExportQuery {
  format: ExportFormat;
  decimal: 'comma' | 'point';
  organisationId?: string;
}

const ExportParamsSchema = z.object({
  format: z.enum(EXPORT_FORMATS).catch('excel-nl'),
  decimal: z.enum(['comma', 'point']).optional().catch(undefined),
  organisatie: id.optional().catch(undefined),
});

/** Dutch Excel expects decimal commas; plain CSV decimal points, unless the link asks otherwise. */
export function parseExportQuery(params: URLSearchParams): ExportQuery {
  const p = ExportParamsSchema.parse(firstValues(params));
  return { format: p.format, decimal: p.decimal ?? (p.format === 'excel-nl' ? 'comma' : 'point'), organisationId: p.organisatie };
}

/** `?organisatie=` on the overview page: an administrator's filter. */
export function parseOrganisationFilter(params: URLSearchParams): string | undefined {
  return id.optional().catch(undefined).parse(params.get('organisatie') ?? undefined);
}
