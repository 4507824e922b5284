/**
 * Runs on every request: refuses cross-site form posts and oversized bodies,
 * reads the session once into locals, applies the route rules of
 * src/lib/server/auth/access.ts, maps /en/... onto the one set of pages
 * (locals.locale), adds security headers (HSTS over HTTPS; an embedded
 * survey page's frame-ancestors), and answers a
 * valid survey page post itself (sectionPost).
 */
import { defineMiddleware, sequence } from 'astro:middleware';
import { HSTS_MAX_AGE_S, LOGO_UPLOAD_MAX_BODY_BYTES, MAX_BODY_BYTES, MAX_CUSTOMER_UPLOAD_BODY_BYTES } from './lib/limits.ts';
import { localePath, opensByToken, paths, splitLocale } from './lib/paths.ts';
import { allowFramingBy } from './lib/server/embed-headers.ts';
import { routeAccess } from './lib/server/auth/access.ts';
import { SESSION_COOKIE, deleteSessionCookie, setSessionCookie, validateSessionToken } from './lib/server/auth/session.ts';
import { isCrossSiteWrite, servedOverHttps } from './lib/server/origin.ts';

/** Astro's checkOrigin, against PUBLIC_ORIGIN (see astro.config.mjs for why it lives here). */
const refuseCrossSite = defineMiddleware(async (context, next) => {
  // The API authenticates by an Authorization header only, never a cookie: a cross-site form cannot act through it.
  if (isApiPath(context.url)) {
    const response = await next();
    // A path the router cannot match at all (a newline in a segment escapes [...path]) would get the site's HTML 404.
    return response.status === 404 && !response.headers.get('content-type')?.includes('json') ? unknownApiPath() : response;
  }
  if (isCrossSiteWrite(context.request, context.url)) {
    return new Response('Cross-site form submissions are forbidden / Formulieren van een andere site worden geweigerd', {
      status: 403,
      headers: { 'content-type': 'text/plain; charset=utf-8' },
    });
  }
  return next();
});
import { handleSectionRequest } from './lib/server/survey-flow.ts';
import { ensureOutboxWorker } from './lib/server/outbox/start.ts';

/**
 * `astro dev` runs no scripts/serve.ts, so the first request starts this
 * process's outbox worker: mails go out in development too. The built server
 * starts its worker in scripts/serve.ts, never here.
 */
const devOutbox = defineMiddleware((_context, next) => {
  if (import.meta.env.DEV) ensureOutboxWorker();
  return next();
});

/** The customer-import page takes a customer file (issue 11); it parses within its own, smaller limits (src/lib/segmentation/parse-file.ts). */
const CUSTOMER_UPLOAD_PAGE = /^\/dashboard\/segmentatie\/[^/]+$/;
import { unknownApiPath } from './lib/server/api/endpoint.ts';

/** The JSON API (src/lib/server/api/): its own body limit and errors, keys instead of cookies. */
const isApiPath = (url: URL) => splitLocale(url.pathname).path.startsWith('/api/v1/');

/** The one form that takes a file (the organisation's logo) may be larger; every other body stays under MAX_BODY_BYTES. */
const LOGO_UPLOAD_PATH = '/dashboard/organisatie';

const limitBody = defineMiddleware(async (context, next) => {
  // The JSON API applies its own limit per endpoint and answers in JSON (src/lib/server/api/body.ts).
  if (isApiPath(context.url)) return next();
  const length = Number(context.request.headers.get('content-length') ?? 0);
  const path = splitLocale(context.url.pathname).path;
  const limit = CUSTOMER_UPLOAD_PAGE.test(path) ? MAX_CUSTOMER_UPLOAD_BODY_BYTES : path === LOGO_UPLOAD_PATH ? LOGO_UPLOAD_MAX_BODY_BYTES : MAX_BODY_BYTES;
  if (length > limit) {
    return new Response('Request body too large / Verzoek te groot', { status: 413, headers: { 'content-type': 'text/plain; charset=utf-8' } });
  }
  return next();
});

/**
 * Where /en/... is served from: the same path without the prefix, still
 * percent-encoded. Astro decodes a rewrite target itself, and context.url is
 * decoded already, so "/en/rapport/%25" rewritten from it became
 * "/rapport/%", an invalid encoding that threw (a 500 on any /en path with
 * %25 in it).
 */
function englishTarget(requestUrl: string): string {
  const raw = new URL(requestUrl);
  return splitLocale(raw.pathname).path + raw.search;
}

/** The widget loader and the embed start and thank-you pages: served to other sites, they need no session. */
const sessionless = (path: string) => path === paths.embedScript || path.startsWith('/e/');

const sessionAndRoute = defineMiddleware(async (context, next) => {
  const { locale, path } = splitLocale(context.url.pathname);
  context.locals.locale = locale;
  context.locals.user = null;
  context.locals.sessionId = null;

  // The widget and its embedded pages never read or refresh a session: they set no cookie.
  const token = sessionless(path) ? undefined : context.cookies.get(SESSION_COOKIE)?.value;
  if (token) {
    const session = await validateSessionToken(token);
    if (session) {
      context.locals.user = session.user;
      context.locals.sessionId = session.id;
      setSessionCookie(context.cookies, token, session.expiresAt, context.url);
    } else {
      deleteSessionCookie(context.cookies, context.url);
    }
  }

  const decision = routeAccess(path, context.locals.user);
  if (decision === 'sign-in') {
    return context.redirect(`${localePath(locale, '/inloggen')}?terug=${encodeURIComponent(context.url.pathname)}`, 303);
  }
  if (decision === 'forbidden') return context.rewrite('/403');

  const response = locale === 'en' ? await next(englishTarget(context.request.url)) : await next();
  if (context.locals.user) response.headers.set('Cache-Control', 'private, no-store');
  return response;
});

const SECTION_PAGE = /^\/vragenlijst\/([^/]+)\/([^/]+)$/;

/**
 * A respondent's page post, handled before the page: the usual valid post is
 * answered with its redirect here, without rendering the page (Astro's page
 * pipeline cost more CPU than reading and saving the answers; figures in
 * bench/README.md). Anything to show again goes on to the page in locals.
 * Runs after the body limit and after Astro's origin check.
 */
const sectionPost = defineMiddleware(async (context, next) => {
  if (context.request.method !== 'POST') return next();
  const match = SECTION_PAGE.exec(splitLocale(context.url.pathname).path);
  if (!match) return next();
  const result = await handleSectionRequest(context.request, match[1], match[2], context.locals.locale);
  if (result.kind === 'redirect') return context.redirect(result.to, 303);
  if (result.kind === 'show') context.locals.sectionPage = result;
  return next();
});

const SECURITY_HEADERS: Record<string, string> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'same-origin',
  'X-Frame-Options': 'DENY',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=()',
  'Cross-Origin-Opener-Policy': 'same-origin',
};

const securityHeaders = defineMiddleware(async (context, next) => {
  const response = await next();
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) {
    if (!response.headers.has(name)) response.headers.set(name, value);
  }
  if (context.locals.frameAncestors) allowFramingBy(response.headers, context.locals.frameAncestors);
  // A token in the URL is a key: a search engine that found such a link must not list the page.
  if (opensByToken(splitLocale(context.url.pathname).path, context.url.searchParams)) response.headers.set('X-Robots-Tag', 'noindex, nofollow');
  if (servedOverHttps(context.url)) response.headers.set('Strict-Transport-Security', `max-age=${HSTS_MAX_AGE_S}`);
  return response;
});

// The handler that rewrites /en/... must not be the last: when the last handler
// of a sequence rewrites, Astro 7.3 hands endpoints the original params and url
// (pages are fine), so /en/rapport/<token>/pdf saw no token. The origin check
// goes before everything, where Astro's own ran; a survey post is answered
// only after the origin check and the body limit.
export const onRequest = sequence(devOutbox, refuseCrossSite, sessionAndRoute, securityHeaders, limitBody, sectionPost);
