/**
 * The OpenAPI 3.1 document of /api/v1, generated from the endpoint
 * definitions and their zod schemas (zod 4's own z.toJSONSchema), so it
 * describes exactly what the server checks and answers.
 */
import { z } from 'zod';
import { API_ERROR_STATUSES, ApiErrorSchema, type ApiErrorStatus } from './errors.ts';
import type { Endpoint } from './endpoint.ts';

type JsonSchema = Record<string, unknown>;

const STATUS_TEXT: Record<ApiErrorStatus, string> = {
  400: 'Malformed JSON or query string.',
  401: 'No API key, or one that is unknown or revoked.',
  403: 'The key may not do this.',
  404: 'Unknown, or not one the key sees.',
  405: 'Method not allowed on this path.',
  409: 'Conflicts with the current state (a closed survey).',
  413: 'The body is too large.',
  415: 'The body is not of a media type this endpoint takes.',
  422: 'The body does not pass validation; `fields` names each problem.',
  429: 'Too many requests for this key; see Retry-After.',
  500: 'Unexpected error.',
  503: 'The database is busy; see Retry-After.',
};
const ALWAYS: ApiErrorStatus[] = [401, 405, 429, 500, 503];

export function openApiDocument(endpoints: readonly Endpoint[], serverUrl: string): JsonSchema {
  const components: Record<string, JsonSchema> = {};
  /** A zod schema as JSON Schema; named parts (`.meta({ id })`) go to components and are referenced. */
  const schema = (zod: z.ZodType, io: 'input' | 'output'): JsonSchema => {
    const json = z.toJSONSchema(zod, { io, unrepresentable: 'any' }) as JsonSchema;
    const defs = (json.$defs ?? {}) as Record<string, JsonSchema>;
    delete json.$defs;
    delete json.$schema;
    const relink = (value: JsonSchema) => JSON.parse(JSON.stringify(value).replaceAll('"#/$defs/', '"#/components/schemas/')) as JsonSchema;
    for (const [id, def] of Object.entries(defs)) components[id] = relink(def);
    const id = zod.meta()?.id;
    if (typeof id === 'string') {
      // A named root comes back as a reference to its own entry in $defs (moved to components above), or in full.
      if (!json.$ref) components[id] = relink(json);
      return { $ref: `#/components/schemas/${id}` };
    }
    return relink(json);
  };
  const errorRef = schema(ApiErrorSchema, 'output');

  const paths: Record<string, Record<string, unknown>> = {};
  for (const endpoint of endpoints) {
    const parameters: JsonSchema[] = [...endpoint.path.matchAll(/\{(\w+)\}/g)].map(([, name]) => ({ name, in: 'path', required: true, schema: { type: 'string' } }));
    if (endpoint.query) {
      const query = schema(endpoint.query, 'input') as { properties?: Record<string, JsonSchema>; required?: string[] };
      for (const [name, property] of Object.entries(query.properties ?? {})) {
        const { description, ...rest } = property;
        parameters.push({ name, in: 'query', required: query.required?.includes(name) ?? false, description, schema: rest });
      }
    }
    const responses: Record<string, unknown> = {
      [endpoint.reply.status]: { description: endpoint.reply.description, content: { 'application/json': { schema: schema(endpoint.reply.schema, 'output') } } },
    };
    for (const status of API_ERROR_STATUSES.filter((s) => endpoint.errors.includes(s) || ALWAYS.includes(s))) {
      responses[status] = { description: STATUS_TEXT[status], content: { 'application/json': { schema: errorRef } } };
    }
    const requestBody = endpoint.body
      ? { required: true, content: { 'application/json': { schema: schema(endpoint.body, 'input') } } }
      : endpoint.raw
        ? { required: true, content: Object.fromEntries(endpoint.raw.contentTypes.map((type) => [type, { schema: { type: 'string', format: 'binary' } }])) }
        : undefined;
    paths[endpoint.path] ??= {};
    paths[endpoint.path][endpoint.method.toLowerCase()] = {
      operationId: `${endpoint.method.toLowerCase()}${endpoint.path.replace(/\{(\w+)\}/g, 'By_$1').replace(/[^a-zA-Z_]+(\w)?/g, (_, c: string | undefined) => (c ?? '').toUpperCase())}`,
      tags: [endpoint.tag],
      summary: endpoint.summary,
      ...(endpoint.description ? { description: endpoint.description } : {}),
      ...(parameters.length ? { parameters } : {}),
      ...(requestBody ? { requestBody } : {}),
      responses,
    };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Koers API',
      version: '1',
      description: 'Companies, surveys, responses and results of an organisation. Every request carries `Authorization: Bearer <key>`; errors are `{ "error": { "code", "message", "fields"? } }`. See docs/api.md.',
    },
    servers: [{ url: serverUrl }],
    security: [{ apiKey: [] }],
    paths,
    components: { securitySchemes: { apiKey: { type: 'http', scheme: 'bearer', description: 'An API key, `koers_live_…`.' } }, schemas: components },
  };
}
