/**
 * The API's small framework. An endpoint is a plain definition (method,
 * path, the zod schemas of its body, query and reply, and a handler); the
 * same definition serves the request and the OpenAPI document
 * (./openapi.ts), so the two cannot drift. `serveApi` answers one path:
 * method (405), bearer key (401), per-key throttle (429), body (415, 413,
 * 400), validation with unknown fields refused (422), then the handler.
 * Whatever fails, the reply is the JSON error of ./errors.ts.
 */
import type { APIContext } from 'astro';
import { z } from 'zod';
import { API_JSON_MAX_BYTES } from '../../limits.ts';
import { unavailableCode } from '../db.ts';
import { clientIp } from '../origin.ts';
import { throttle } from '../throttle/throttle.ts';
import type { Actor } from '../auth/access.ts';
import { findActiveKey, keyActor, touchApiKey, type ApiKeyRow } from './keys.ts';
import { readBytes, readJson, mediaType } from './body.ts';
import { ApiError, errorResponse, issuesToFields, jsonResponse, type ApiErrorStatus } from './errors.ts';
import { RETRY_AFTER_S } from '../../limits.ts';

export type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

/** A non-JSON body (an upload): the media types taken and the most bytes read. */
export interface RawBody {
  contentTypes: string[];
  maxBytes: number;
}

export interface HandlerContext<Body, Query> {
  actor: NonNullable<Actor>;
  key: ApiKeyRow;
  body: Body;
  /** A raw body's bytes and media type (endpoints with `raw`). */
  raw: { bytes: Uint8Array; type: string } | null;
  query: Query;
  /** Path parameters by name (`{id}` → params.id). */
  params: Record<string, string>;
  /** The request's URL (for absolute links, see origin.ts). */
  url: URL;
}

export interface Endpoint<B extends z.ZodType = z.ZodType, Q extends z.ZodType = z.ZodType, R extends z.ZodType = z.ZodType> {
  method: Method;
  /** OpenAPI style, below /api/v1: `/surveys/{id}/responses`. */
  path: string;
  summary: string;
  description?: string;
  tag: string;
  /** A JSON body checked by this schema (make objects `.strict()`: unknown fields are refused). */
  body?: B;
  /** Instead of JSON: bytes of one of these media types. */
  raw?: RawBody;
  query?: Q;
  reply: { status: 200 | 201; schema: R; description: string };
  /** Error statuses this endpoint can answer besides 401, 405, 429 and 500 (which all can). */
  errors: ApiErrorStatus[];
  handle(ctx: HandlerContext<z.output<B>, z.output<Q>>): Promise<z.input<R>>;
}

/** Keeps the schema types of a definition (a bare object literal would widen them). */
export function defineEndpoint<B extends z.ZodType = z.ZodUndefined, Q extends z.ZodType = z.ZodUndefined, R extends z.ZodType = z.ZodType>(
  endpoint: Endpoint<B, Q, R>,
): Endpoint {
  return endpoint as unknown as Endpoint;
}

/** The bearer key, as an actor; 401 without one that is valid and not revoked. Unauthenticated attempts are throttled per address. */
async function authenticate(context: Pick<APIContext, 'request' | 'clientAddress'>): Promise<ApiKeyRow> {
  const header = context.request.headers.get('authorization') ?? '';
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  const key = match ? await findActiveKey(match[1]) : null;
  if (key) return key;
  const throttled = await throttle('apiUnauthenticatedAddress', clientIp(context.request, context.clientAddress));
  if (!throttled.allowed) throw throttledError(throttled.retryAfterS);
  throw new ApiError(401, 'unauthorized', match ? 'The API key is unknown or revoked.' : 'Send an API key: Authorization: Bearer <key>.', undefined, {
    'www-authenticate': 'Bearer',
  });
}

/** A 429 in the API's shape, with Retry-After. */
export const throttledError = (retryAfterS: number) =>
  new ApiError(429, 'throttled', `Too many requests; retry after ${retryAfterS} s.`, undefined, { 'retry-after': String(retryAfterS) });

/** A query string as an object: one value per name (the last), for the endpoint's query schema. */
function queryObject(url: URL): Record<string, string> {
  return Object.fromEntries(url.searchParams.entries());
}

function validate<S extends z.ZodType>(schema: S, value: unknown, status: 400 | 422, what: string): z.output<S> {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new ApiError(status, status === 400 ? 'invalid_query' : 'validation_failed', `The ${what} is not valid.`, issuesToFields(parsed.error.issues));
  return parsed.data;
}

async function run(endpoint: Endpoint, context: Pick<APIContext, 'request' | 'clientAddress' | 'params' | 'url'>): Promise<Response> {
  const key = await authenticate(context);
  const throttled = await throttle('apiKey', key.id);
  if (!throttled.allowed) throw throttledError(throttled.retryAfterS);
  await touchApiKey(key);

  let body: unknown;
  let raw: HandlerContext<unknown, unknown>['raw'] = null;
  if (endpoint.body) {
    body = validate(endpoint.body, await readJson(context.request, API_JSON_MAX_BYTES), 422, 'request body');
  } else if (endpoint.raw) {
    const type = mediaType(context.request);
    if (!type || !endpoint.raw.contentTypes.includes(type)) {
      throw new ApiError(415, 'unsupported_media_type', `Send the body as one of: ${endpoint.raw.contentTypes.join(', ')}.`);
    }
    raw = { bytes: await readBytes(context.request, endpoint.raw.maxBytes), type };
  }
  const query = endpoint.query ? validate(endpoint.query, queryObject(context.url), 400, 'query string') : undefined;
  const params = Object.fromEntries(Object.entries(context.params).map(([name, value]) => [name, value ?? '']));
  const result = await endpoint.handle({ actor: keyActor(key)!, key, body, raw, query, params, url: context.url });
  const checked = endpoint.reply.schema.safeParse(result);
  // The reply schema is what the OpenAPI document promises: a mismatch is a bug here, logged loudly, never hidden from the client.
  if (!checked.success) console.error(`API reply of ${endpoint.method} ${endpoint.path} does not match its schema`, issuesToFields(checked.error.issues));
  return jsonResponse(endpoint.reply.status, checked.success ? checked.data : result);
}

/** Turns anything thrown into the JSON error; unexpected errors are logged and answered without their details. */
function failure(error: unknown, label: string): Response {
  if (error instanceof ApiError) return errorResponse(error);
  const code = unavailableCode(error);
  if (code) {
    console.error(`Database unavailable (${code}) during ${label}`);
    return errorResponse(new ApiError(503, 'unavailable', 'The database is busy; retry shortly.', undefined, { 'retry-after': String(RETRY_AFTER_S) }));
  }
  console.error(`API error during ${label}`, error);
  return errorResponse(new ApiError(500, 'internal', 'Something went wrong on our side.'));
}

/**
 * The handler of one API path (an Astro `ALL` export): dispatches on the
 * method among the endpoints registered for it, 405 with `Allow` for any other.
 */
export function serveApi(endpoints: readonly Endpoint[], path: string) {
  const here = endpoints.filter((e) => e.path === path);
  if (here.length === 0) throw new Error(`no API endpoint registered for ${path}`);
  const allow = here.map((e) => e.method).join(', ');
  return async (context: APIContext): Promise<Response> => {
    const method = context.request.method.toUpperCase();
    const endpoint = here.find((e) => e.method === method || (method === 'HEAD' && e.method === 'GET'));
    const label = `${method} /api/v1${path}`;
    if (!endpoint) return errorResponse(new ApiError(405, 'method_not_allowed', `${method} is not allowed here; use ${allow}.`, undefined, { allow }));
    try {
      return await run(endpoint, context);
    } catch (error) {
      return failure(error, label);
    }
  };
}

/** Unknown paths below /api/v1: a JSON 404, never the site's HTML page. */
export function unknownApiPath(): Response {
  return errorResponse(new ApiError(404, 'not_found', 'No such API endpoint; see /api/v1/openapi.json.'));
}
