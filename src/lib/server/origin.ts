/**
 * Where people reach the site and who is asking, also behind a TLS reverse
 * proxy. With PUBLIC_ORIGIN set, its protocol and host are the only truth:
 * behind nginx the request itself says http and carries whatever Host the
 * client sent, so nothing here reads the Host header, X-Forwarded-Proto or
 * X-Forwarded-Host. Without PUBLIC_ORIGIN (local development, tests) the
 * request's own origin stands in, as it always did.
 *
 * Every function takes the configuration as its last argument (default: the
 * process environment) so the rules can be tested as a table.
 */
import { env, type Env } from './env.ts';

type Config = Pick<Env, 'PUBLIC_ORIGIN' | 'TRUST_PROXY'>;

/** The origin for every absolute link (reports, resume and invitation links, the PDF). */
export function publicOrigin(requestUrl: URL, config: Config = env()): string {
  return config.PUBLIC_ORIGIN ?? requestUrl.origin;
}

/** True when people reach the site over HTTPS: cookies are then `Secure` and HSTS is sent. */
export function servedOverHttps(requestUrl: URL, config: Config = env()): boolean {
  return publicOrigin(requestUrl, config).startsWith('https:');
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
/** The content types a cross-site HTML form can send without a CORS preflight. */
const FORM_CONTENT_TYPES = ['application/x-www-form-urlencoded', 'multipart/form-data', 'text/plain'];

/**
 * Astro's `checkOrigin` rule (astro/dist/core/app/origin-check.js, Astro
 * 7.3), compared with the public origin instead of the request URL: a write
 * is refused when it is form-like, or has no content type, and its `Origin`
 * is not the site's. astro.config.mjs turns Astro's own check off and says why.
 */
export function isCrossSiteWrite(request: Request, requestUrl: URL, config: Config = env()): boolean {
  if (SAFE_METHODS.has(request.method)) return false;
  const sameOrigin = request.headers.get('origin') === publicOrigin(requestUrl, config);
  const type = request.headers.get('content-type');
  if (type === null) return !sameOrigin;
  return !sameOrigin && FORM_CONTENT_TYPES.some((form) => type.toLowerCase().includes(form));
}

/**
 * The client's address, for per-IP throttling. With TRUST_PROXY=n (n
 * reverse proxies of yours in front of the server), each proxy appends the
 * address it was connected from to X-Forwarded-For; everything to the left
 * of those n entries was written by the client and may say anything. So the
 * client is the n-th entry from the right: with one nginx, the last one.
 * A shorter header than n entries (a request that skipped a proxy) yields
 * its left-most entry, as Express's `trust proxy` does; no header, the socket's.
 */
export function clientIp(request: Request, socketAddress: string, config: Config = env()): string {
  const hops = config.TRUST_PROXY;
  if (hops === 0) return socketAddress;
  const chain = (request.headers.get('x-forwarded-for') ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '');
  if (chain.length === 0) return socketAddress;
  return chain[Math.max(0, chain.length - hops)];
}
