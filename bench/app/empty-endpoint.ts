/**
 * An endpoint that does nothing, on purpose, in bench builds only (see
 * astro.config.mjs, KOERS_BENCH_BUILD): `npm run bench` posts the same
 * form body here as to a survey page, so the figure is the floor this
 * framework, its middleware and the origin check set for any POST on this
 * build. The answer-submission target is stated relative to it (see
 * bench/README.md). No data is read or written.
 */
import type { APIRoute } from 'astro';

export const POST: APIRoute = () => new Response(null, { status: 204 });
