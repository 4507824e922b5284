/**
 * Checking a webhook URL an owner (or the API) sets: the shape first
 * (zod), then where its host points now. Delivery checks the resolved
 * address again (address.ts); this check gives the owner an early, clear
 * error instead of a log of refused attempts.
 */
import { z } from 'zod';
import { WEBHOOK_URL_MAX_CHARS } from '../../limits.ts';
import { hostProblem } from './address.ts';

const URL_ERRORS = ['invalid', 'tooLong', 'scheme', 'credentials', 'private', 'unresolvable'] as const;
export type WebhookUrlError = (typeof URL_ERRORS)[number];

/** The URL's shape: absolute http(s), no user or password, no fragment; http only when private addresses are allowed (tests). */
export function webhookUrlSchema(allowPrivate: boolean) {
  return z
    .string()
    .trim()
    .min(1, 'invalid')
    .max(WEBHOOK_URL_MAX_CHARS, 'tooLong')
    .transform((value, ctx) => {
      const url = URL.parse(value);
      if (!url || !url.hostname) {
        ctx.addIssue({ code: 'custom', message: 'invalid' });
        return z.NEVER;
      }
      if (url.protocol !== 'https:' && !(allowPrivate && url.protocol === 'http:')) {
        ctx.addIssue({ code: 'custom', message: 'scheme' });
        return z.NEVER;
      }
      if (url.username || url.password) {
        ctx.addIssue({ code: 'custom', message: 'credentials' });
        return z.NEVER;
      }
      url.hash = '';
      return url;
    });
}

export type ParsedWebhookUrl = { ok: true; url: string } | { ok: false; error: WebhookUrlError };

/** A URL a webhook may be set to, as stored (normalised by URL), or the reason it may not. */
export async function parseWebhookUrl(raw: unknown, allowPrivate: boolean): Promise<ParsedWebhookUrl> {
  const parsed = webhookUrlSchema(allowPrivate).safeParse(raw);
  if (!parsed.success) {
    const message = parsed.error.issues[0]?.message;
    return { ok: false, error: URL_ERRORS.find((e) => e === message) ?? 'invalid' };
  }
  const problem = await hostProblem(parsed.data.hostname, allowPrivate);
  if (problem) return { ok: false, error: problem };
  const url = parsed.data.href;
  return url.length > WEBHOOK_URL_MAX_CHARS ? { ok: false, error: 'tooLong' } : { ok: true, url };
}
