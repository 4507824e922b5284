/**
 * Headers of the embed: which site may frame an embedded survey page, and
 * how the loader script is served. Astro's CSP (astro.config.mjs) sends
 * `frame-ancestors 'none'` on every page; an embedded page swaps that one
 * directive for its survey's origins (src/middleware.ts calls this after the
 * page rendered) and drops X-Frame-Options, whose DENY would contradict it
 * in browsers that read both.
 */
import { frameAncestors } from '../surveys/embed-origins.ts';
import { EMBED_SCRIPT_MAX_AGE_S } from '../limits.ts';

const FRAME_ANCESTORS = /frame-ancestors[^;]*/;

/** Lets the survey's embed origins (and Koers itself, for the owner's preview) frame this response. */
export function allowFramingBy(headers: Headers, origins: readonly string[]): void {
  const csp = headers.get('content-security-policy');
  const directive = frameAncestors(origins);
  headers.set('content-security-policy', csp ? (FRAME_ANCESTORS.test(csp) ? csp.replace(FRAME_ANCESTORS, directive) : `${csp} ${directive};`) : `${directive};`);
  headers.delete('x-frame-options');
}

/**
 * The loader's headers: JavaScript any site may load (CORP cross-origin),
 * cached briefly so a fix reaches every host within the hour while a
 * visitor's next page loads it from the cache; no cookie is ever set on it.
 */
export function embedScriptHeaders(etag: string): Record<string, string> {
  return {
    'content-type': 'text/javascript; charset=utf-8',
    'cache-control': `public, max-age=${EMBED_SCRIPT_MAX_AGE_S}`,
    'cross-origin-resource-policy': 'cross-origin',
    etag,
  };
}
