/**
 * "Mail me this link" (issue 12): a respondent asks for their resume link
 * (on a survey page) or their report link (on the report page) by mail.
 * Only when asked: nothing here runs unless the form is posted.
 *
 * Privacy: the address is used for this one mail and never stored on the
 * response, so an anonymous test stays anonymous. The outbox row holds it
 * until the mail is sent (it has to: the worker sends later, and retries);
 * once sent, the row keeps no address (mail/deliver.ts, sentRecord), and the
 * dedupe key holds only a short hash of it.
 */
import { createHash } from 'node:crypto';
import { z } from 'zod';
import { familyOf } from '../families/index.ts';
import { fields, parseForm } from '../forms/parse-form.ts';
import { readForm } from '../forms/read-form.ts';
import { RETRY_AFTER_S } from '../limits.ts';
import { paths } from '../paths.ts';
import type { Locale } from '../surveys/schema.ts';
import { unavailableCode } from './db.ts';
import { getMailer } from './mailer.ts';
import { MailAddressSchema } from './mail/message.ts';
import { openResponse, openSection, resumeTarget, type OpenResponse } from './survey-flow.ts';
import { markThrottled } from './throttle/reply.ts';
import { throttle, type Throttle } from './throttle/throttle.ts';

/** Which link: the resume link (a survey page) or the report link. */
export type MailLinkKind = 'resume' | 'report';

/** The query flag a page reads to say "the link is on its way", and the form's anchor on that page. */
export const MAILED_PARAM = 'gemaild';
export const MAIL_FORM_ID = 'link-mailen';

/** Any control character, CR and LF first: a header injection, refused with its own message (never silently trimmed away). */
const CONTROL = /\p{Cc}/u;

/**
 * The form: the address, and on a survey page the section it was posted
 * from (to go back to). The address must pass both the forms' shape and the
 * stricter MailAddressSchema the outbox requires; the codes are
 * m.mailLink.errors keys.
 */
export const MailLinkFormSchema = z.object({
  email: z
    .string()
    .max(1000, { error: 'too_long' })
    .refine((raw) => !CONTROL.test(raw), { error: 'line_break', abort: true })
    .pipe(fields.email)
    .refine((address) => MailAddressSchema.safeParse(address).success, { error: 'invalid_email' }),
  section: z.string().max(64).optional(),
});
export type MailLinkForm = z.infer<typeof MailLinkFormSchema>;

export interface MailLinkContext {
  locale: Locale;
  /** The client's address (clientIp), for the per-address throttle. */
  clientAddress: string;
  /** The site's public origin, for the absolute link in the mail. */
  origin: string;
  now?: Date;
}

export type MailLinkOutcome =
  | { kind: 'not-found' }
  /** Mail stored in the outbox: go here (303). */
  | { kind: 'sent'; to: string }
  | { kind: 'invalid'; values: Record<string, string>; fieldErrors: Record<string, string>; back: string }
  | { kind: 'throttled'; values: Record<string, string>; throttle: Throttle; back: string }
  /** The database could not take the write: nothing was stored, the page says so with the address kept. */
  | { kind: 'unavailable'; values: Record<string, string>; back: string };

/** Whether a response's pages offer the form: the Growth Test (a family with a report), whose mails the templates word. */
export function offersMailLink(response: Pick<OpenResponse['response'], 'templateId'>): boolean {
  return Boolean(familyOf(response.templateId)?.report);
}

/** What a token opens for this kind of link: the response, or null (unknown token, another survey, or no report yet). */
export async function openMailLinkTarget(kind: MailLinkKind, token: string): Promise<OpenResponse | null> {
  const opened = await openResponse(token);
  if (!opened || !offersMailLink(opened.response)) return null;
  if (kind === 'report' && opened.response.status !== 'completed') return null;
  return opened;
}

/** Where the form page's "back" link leads, and where a sent request returns (with `?gemaild=1#link-mailen`). */
async function backTarget(kind: MailLinkKind, token: string, opened: OpenResponse, locale: Locale, section: string | undefined): Promise<string> {
  if (kind === 'report') return paths.report(locale, token);
  // Only a section this response can show now; anything else (a guess, a hidden page) goes where the resume link leads.
  if (section && opened.response.status !== 'completed' && (await openSection(token, section))) return paths.section(locale, token, section);
  return resumeTarget(token, opened, locale);
}

/** A per-minute dedupe key: a double click (or a retried post) within the minute stores one mail. The address only as a short hash. */
export function mailLinkDedupeKey(kind: MailLinkKind, responseId: string, address: string, nowMs: number): string {
  const minute = Math.floor(nowMs / 60_000);
  const hashed = createHash('sha256').update(`${responseId}\n${address}`).digest('base64url').slice(0, 12);
  return `${kind}-link:${responseId}:${hashed}:${minute}`;
}

/** The absolute link the mail carries: the same page the respondent holds, in their language. */
export function mailedLinkUrl(kind: MailLinkKind, token: string, locale: Locale, origin: string): string {
  return new URL(kind === 'report' ? paths.report(locale, token) : paths.resume(locale, token), origin).href;
}

/** "The link is on its way" on the page the respondent came from. */
export function withMailedFlag(path: string): string {
  return `${path}${path.includes('?') ? '&' : '?'}${MAILED_PARAM}=1#${MAIL_FORM_ID}`;
}

/**
 * Handles a post of the form: checks the token, the address and both
 * throttles (counted only for a valid address: a typo costs nothing), then
 * puts one mail in the outbox. `sent` is returned only once the mail's row
 * is stored.
 */
export async function requestMailLink(
  kind: MailLinkKind,
  token: string,
  request: Request,
  { locale, clientAddress, origin, now = new Date() }: MailLinkContext,
  opened: OpenResponse | null = null,
): Promise<MailLinkOutcome> {
  opened ??= await openMailLinkTarget(kind, token);
  if (!opened) return { kind: 'not-found' };
  const parsed = parseForm(MailLinkFormSchema, await readForm(request));
  const section = parsed.ok ? parsed.data.section : parsed.values.section;
  const back = await backTarget(kind, token, opened, locale, section);
  if (!parsed.ok) return { kind: 'invalid', values: parsed.values, fieldErrors: parsed.fieldErrors, back };

  const values = { email: parsed.data.email, ...(section ? { section } : {}) };
  let throttled = await throttle('mailLinkToken', opened.response.id);
  if (throttled.allowed) throttled = await throttle('mailLinkAddress', clientAddress);
  if (!throttled.allowed) return { kind: 'throttled', values, throttle: throttled, back };

  try {
    await getMailer().send({
      kind: kind === 'report' ? 'report-link' : 'resume-link',
      to: parsed.data.email,
      locale,
      data: { url: mailedLinkUrl(kind, token, locale, origin) },
      dedupeKey: mailLinkDedupeKey(kind, opened.response.id, parsed.data.email, now.getTime()),
    });
  } catch (error) {
    const code = unavailableCode(error);
    if (!code) throw error;
    console.error(`Database unavailable (${code}) while storing a ${kind} link mail of response ${opened.response.id}`);
    return { kind: 'unavailable', values, back };
  }
  return { kind: 'sent', to: withMailedFlag(back) };
}

export type MailLinkPage =
  | { kind: 'not-found' }
  | { kind: 'redirect'; to: string }
  | {
      kind: 'show';
      /** 200 for the empty form (a GET), else the failed post's status. */
      status: 200 | 422 | 429 | 503;
      values: Record<string, string>;
      fieldErrors: Record<string, string>;
      throttle?: Throttle;
      unavailable?: boolean;
      back: string;
      /** A response started in a site's frame: the page may be framed by the survey's embed origins, like its survey pages. */
      embedOrigins?: string[];
    };

/**
 * What the form's own page does: a post is handled (a redirect once the
 * mail is stored, or the form again with its error); any other request
 * shows the empty form, with a way back.
 */
export async function handleMailLinkRequest(kind: MailLinkKind, token: string, request: Request, context: MailLinkContext): Promise<MailLinkPage> {
  const opened = await openMailLinkTarget(kind, token);
  if (!opened) return { kind: 'not-found' };
  const shown = { fieldErrors: {}, ...(opened.response.embedded ? { embedOrigins: opened.instance.embedOrigins } : {}) };
  if (request.method !== 'POST') {
    return { kind: 'show', status: 200, values: {}, ...shown, back: await backTarget(kind, token, opened, context.locale, undefined) };
  }
  const outcome = await requestMailLink(kind, token, request, context, opened);
  switch (outcome.kind) {
    case 'not-found':
      return outcome;
    case 'sent':
      return { kind: 'redirect', to: outcome.to };
    case 'invalid':
      return { kind: 'show', status: 422, ...shown, values: outcome.values, fieldErrors: outcome.fieldErrors, back: outcome.back };
    case 'throttled':
      return { kind: 'show', status: 429, ...shown, values: outcome.values, throttle: outcome.throttle, back: outcome.back };
    case 'unavailable':
      return { kind: 'show', status: 503, ...shown, values: outcome.values, unavailable: true, back: outcome.back };
  }
}

/** Sets the status and headers of the form's page for what it shows (429 with Retry-After, 503 with Retry-After, never cached). */
export function applyMailLinkStatus(response: { status?: number; headers: Headers }, page: Extract<MailLinkPage, { kind: 'show' }>): void {
  response.status = page.status;
  if (page.throttle) markThrottled(response, page.throttle);
  if (page.unavailable) response.headers.set('Retry-After', String(RETRY_AFTER_S));
  response.headers.set('Cache-Control', 'no-store');
}
