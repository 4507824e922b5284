/**
 * The query string of a survey's results page: the comment search (`q`)
 * and its page (`pagina`). As on the dashboard, a value that does not fit
 * falls back to its default: a hand-edited link shows a page, not an error.
 */
import { z } from 'zod';
import { MAX_SEARCH_CHARS, firstValues } from './dashboard-query.ts';

export const ResultsQuerySchema = z.object({
  q: z
    .string()
    .catch('')
    .transform((s) => s.trim().slice(0, MAX_SEARCH_CHARS)),
  pagina: z.coerce.number().int().min(1).max(1_000_000).catch(1),
});

export interface ResultsQuery {
  search: string;
  page: number;
}

export function parseResultsQuery(params: URLSearchParams): ResultsQuery {
  const p = ResultsQuerySchema.parse({ q: '', ...firstValues(params) });
  return { search: p.q, page: p.pagina };
}

/** The query string for a search and page, leaving out defaults. */
export function resultsSearch(query: ResultsQuery): string {
  const params = new URLSearchParams();
  if (query.search) params.set('q', query.search);
  if (query.page > 1) params.set('pagina', String(query.page));
  const s = params.toString();
  return s ? `?${s}` : '';
}
