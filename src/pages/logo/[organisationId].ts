/**
 * An organisation's logo, public (its public test shows it). Served with
 * the media type its bytes were checked as, never sniffed (nosniff from the
 * middleware), in a sandbox that runs nothing should a browser open it as
 * a document, and cached: the URL carries the upload's moment (?v=).
 */
import type { APIRoute } from 'astro';
import { brandingFor } from '../../lib/server/branding.ts';
import { LOGO_CACHE_S } from '../../lib/limits.ts';
import { messages } from '../../lib/i18n/index.ts';

export const GET: APIRoute = async ({ params, locals }) => {
  const id = params.organisationId ?? '';
  const branding = /^[A-Za-z0-9_-]{1,64}$/.test(id) ? await brandingFor(id) : null;
  if (!branding?.logo) {
    return new Response(messages(locals.locale).pages.notFound, { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
  }
  return new Response(new Uint8Array(branding.logo.bytes), {
    headers: {
      'Content-Type': branding.logo.mediaType,
      'Content-Length': String(branding.logo.bytes.length),
      'Cache-Control': `public, max-age=${LOGO_CACHE_S}`,
      'Content-Security-Policy': "default-src 'none'; sandbox",
      'Content-Disposition': 'inline; filename="logo"',
      'Cross-Origin-Resource-Policy': 'same-origin',
    },
  });
};
