/**
 * The origins a survey owner allows to embed their survey. Each is sent
 * verbatim in a `Content-Security-Policy: frame-ancestors` header, so only a
 * bare origin passes: scheme, host and optional port, nothing that could
 * close the directive or add a source (no path, wildcard, quote or `;`).
 * What passes is normalised the way a browser names the origin: lower
 * case, a default port dropped (`https://a.example:443` → `https://a.example`),
 * an international name in its ASCII form (punycode).
 */
import { z } from 'zod';
import { MAX_EMBED_ORIGINS } from '../limits.ts';

/**
 * A host name after the URL parser: letters, digits, dots and hyphens, or a
 * bracketed IPv6 address. The WHATWG parser lets `*`, `'` and `;` through in
 * a host (`https://a;b.example` parses), and each would change the meaning
 * of the CSP header, so the host is checked on its own.
 */
const PLAIN_HOST = /^(?:[a-z0-9-]+(?:\.[a-z0-9-]+)*|\[[0-9a-f:.]+\])$/;

/** Longest origin an owner may type (a domain name is at most 253 characters). */
const ORIGIN_MAX_CHARS = 300;

export const EmbedOriginSchema = z
  .string()
  .trim()
  .max(ORIGIN_MAX_CHARS, { message: 'not_an_origin' })
  .transform((value, ctx) => {
    let url: URL;
    try {
      url = new URL(value);
    } catch {
      ctx.addIssue({ code: 'custom', message: 'not_an_origin' });
      return z.NEVER;
    }
    const isHttp = url.protocol === 'https:' || url.protocol === 'http:';
    // Only "scheme://host[:port]" with at most a trailing slash: a path, query,
    // fragment or credentials is refused, not trimmed (the owner meant something else).
    const bare = /^https?:\/\/[^/?#@]+\/?$/i.test(value);
    if (!isHttp || !bare || url.username || url.password || !PLAIN_HOST.test(url.hostname)) {
      ctx.addIssue({ code: 'custom', message: 'not_an_origin' });
      return z.NEVER;
    }
    return url.origin;
  });

export const EmbedOriginsSchema = z
  .array(EmbedOriginSchema)
  .max(MAX_EMBED_ORIGINS, { message: 'too_many_origins' })
  .transform((origins) => [...new Set(origins)]);

/**
 * The header value for a survey's embed pages: exactly its origins, and
 * 'self' so the owner's live preview on Koers's own survey page works (a
 * page of Koers framing Koers gives no other site a way in). An empty list
 * is 'self' alone: no other site may frame it.
 */
export function frameAncestors(origins: readonly string[]): string {
  return ["frame-ancestors 'self'", ...origins].join(' ');
}
