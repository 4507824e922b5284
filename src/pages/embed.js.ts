/** The widget loader (src/embed/loader.js) for any site: one URL, briefly cached, no cookie. */
import type { APIRoute } from 'astro';
import { EMBED_SCRIPT, EMBED_SCRIPT_ETAG } from '../lib/server/embed-script.ts';
import { embedScriptHeaders } from '../lib/server/embed-headers.ts';

export const GET: APIRoute = ({ request }) => {
  const headers = embedScriptHeaders(EMBED_SCRIPT_ETAG);
  if (request.headers.get('if-none-match') === EMBED_SCRIPT_ETAG) return new Response(null, { status: 304, headers });
  return new Response(EMBED_SCRIPT, { headers });
};
