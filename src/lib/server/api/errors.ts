/**
 * The API's one error shape: `{ "error": { "code", "message", "fields"? } }`,
 * always JSON, never a page or a stack trace. `code` is stable (clients
 * branch on it); `message` is English prose for the developer reading it.
 */
import { z } from 'zod';

export const API_ERROR_STATUSES = [400, 401, 403, 404, 405, 409, 413, 415, 422, 429, 500, 503] as const;
export type ApiErrorStatus = (typeof API_ERROR_STATUSES)[number];

export const ApiErrorSchema = z
  .object({
    error: z.object({
      code: z.string().describe('Stable machine-readable code, e.g. `not_found`, `validation_failed`.'),
      message: z.string().describe('What went wrong, for the developer.'),
      fields: z.record(z.string(), z.string()).optional().describe('Per invalid field (dotted path): what is wrong with it.'),
    }),
  })
  .meta({ id: 'Error' });
export type ApiErrorBody = z.infer<typeof ApiErrorSchema>;

/** An expected failure, thrown from anywhere in a handler and answered as JSON by the framework. */
export class ApiError extends Error {
  constructor(
    readonly status: ApiErrorStatus,
    readonly code: string,
    message: string,
    readonly fields?: Record<string, string>,
    readonly headers?: Record<string, string>,
  ) {
    super(message);
  }
}

/** Headers every API reply carries: JSON, never cached (a key's data), never sniffed. */
export const API_HEADERS = {
  'content-type': 'application/json; charset=utf-8',
  'cache-control': 'no-store',
  'x-content-type-options': 'nosniff',
} as const;

export function jsonResponse(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), { status, headers: { ...API_HEADERS, ...headers } });
}

export function errorResponse(error: ApiError): Response {
  const body: ApiErrorBody = { error: { code: error.code, message: error.message, ...(error.fields ? { fields: error.fields } : {}) } };
  return jsonResponse(error.status, body, error.headers);
}

/** A 404 that says the same for "does not exist" and "not yours": a guessed id learns nothing. */
export const notFound = (what = 'resource') => new ApiError(404, 'not_found', `No such ${what}.`);

/** zod issues as `fields`: dotted path → message (the first issue per path). */
export function issuesToFields(issues: readonly z.core.$ZodIssue[]): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const issue of issues) {
    const path = issue.path.map(String);
    if (issue.code === 'unrecognized_keys') {
      // Each unknown field by its own name, as a client looks it up.
      for (const key of issue.keys) fields[[...path, key].join('.')] ??= 'unknown field';
      continue;
    }
    fields[path.join('.') || '(body)'] ??= issue.message;
  }
  return fields;
}
