/** The OpenAPI 3.1 document of /api/v1, generated from the endpoints' zod schemas. Public: it holds no data. */
import type { APIRoute } from 'astro';
import { openApiReply } from '../../../lib/server/api/openapi-route.ts';

export const ALL: APIRoute = (context) => openApiReply(context);
