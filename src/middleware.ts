/**
 * Runs on every request: refuses oversized bodies, maps /en/... onto the
 * one set of pages with locals.locale, and adds security headers.
 */
import { defineMiddleware, sequence } from 'astro:middleware';
import { MAX_BODY_BYTES } from './lib/limits.ts';
import { splitLocale } from './lib/paths.ts';

const limitBody = defineMiddleware(async (context, next) => {
  const length = Number(context.request.headers.get('content-length') ?? 0);
  if (length > MAX_BODY_BYTES) {
    return new Response('Request body too large', { status: 413, headers: { 'content-type': 'text/plain; charset=utf-8' } });
  }
  return next();
});

const locale = defineMiddleware(async (context, next) => {
  const { locale, path } = splitLocale(context.url.pathname);
  context.locals.locale = locale;
  if (locale === 'en') return next(path + context.url.search);
  return next();
});

const SECURITY_HEADERS: Record<string, string> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'same-origin',
  'X-Frame-Options': 'DENY',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=()',
  'Cross-Origin-Opener-Policy': 'same-origin',
};

const securityHeaders = defineMiddleware(async (_context, next) => {
  const response = await next();
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) {
    if (!response.headers.has(name)) response.headers.set(name, value);
  }
  return response;
});

// `locale` must not be last: a rewrite by the last handler reaches pages but
// leaves an endpoint's context.params on the original URL (seen on Astro
// 7.3: /en/rapport/<token>/pdf got no token). Earlier in the chain,
// sequence() updates params, url and request for everything after it.
export const onRequest = sequence(locale, securityHeaders, limitBody);
