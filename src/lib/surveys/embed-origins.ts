/**
 * The origins a survey owner allows to embed their survey. Each is sent
 * verbatim in a `Content-Security-Policy: frame-ancestors` header, so only a
 * bare origin passes: scheme, host and optional port, nothing that could
 * close the directive or add a source (no path, wildcard, quote or `;`).
 */
import { z } from 'zod';
import { MAX_EMBED_ORIGINS } from '../limits.ts';

export const EmbedOriginSchema = z
  .string()
  .trim()
  .max(200)
  .transform((value, ctx) => {
    let url: URL;
    try {
      url = new URL(value);
    } catch {
      ctx.addIssue({ code: 'custom', message: 'not_an_origin' });
      return z.NEVER;
    }
    const bare = url.origin;
    const isHttp = url.protocol === 'https:' || url.protocol === 'http:';
    // `new URL` normalises; a value that is not already its own origin
    // (a path, query, credentials, trailing junk) is refused, not trimmed.
    if (!isHttp || bare === 'null' || value.replace(/\/$/, '').toLowerCase() !== bare.toLowerCase()) {
      ctx.addIssue({ code: 'custom', message: 'not_an_origin' });
      return z.NEVER;
    }
    return bare;
  });

export const EmbedOriginsSchema = z
  .array(EmbedOriginSchema)
  .max(MAX_EMBED_ORIGINS)
  .transform((origins) => [...new Set(origins)]);

/** The header value for a survey's embed route: exactly its origins, or none. */
export function frameAncestors(origins: readonly string[]): string {
  return origins.length === 0 ? "frame-ancestors 'none'" : `frame-ancestors ${origins.join(' ')}`;
}
