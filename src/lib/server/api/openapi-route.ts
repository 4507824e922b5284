/** Serving the OpenAPI document: GET only, throttled per address like other keyless API requests, built once per origin. */
import type { APIContext } from 'astro';
import { clientIp, publicOrigin } from '../origin.ts';
import { throttle } from '../throttle/throttle.ts';
import { ApiError, errorResponse, jsonResponse } from './errors.ts';
import { API_ENDPOINTS } from './index.ts';
import { openApiDocument } from './openapi.ts';

const documents = new Map<string, string>();

export async function openApiReply(context: Pick<APIContext, 'request' | 'url' | 'clientAddress'>): Promise<Response> {
  const method = context.request.method.toUpperCase();
  if (method !== 'GET' && method !== 'HEAD') return errorResponse(new ApiError(405, 'method_not_allowed', `${method} is not allowed here; use GET.`, undefined, { allow: 'GET' }));
  const throttled = await throttle('apiUnauthenticatedAddress', clientIp(context.request, context.clientAddress));
  if (!throttled.allowed) {
    return errorResponse(new ApiError(429, 'throttled', `Too many requests; retry after ${throttled.retryAfterS} s.`, undefined, { 'retry-after': String(throttled.retryAfterS) }));
  }
  const server = `${publicOrigin(context.url)}/api/v1`;
  let text = documents.get(server);
  if (!text) {
    text = JSON.stringify(openApiDocument(API_ENDPOINTS, server));
    // Only PUBLIC_ORIGIN or the request's own origin lands here; a handful at most.
    if (documents.size < 8) documents.set(server, text);
  }
  return new Response(text, { status: 200, headers: { 'content-type': 'application/json; charset=utf-8', 'x-content-type-options': 'nosniff', 'cache-control': 'public, max-age=300' } });
}
