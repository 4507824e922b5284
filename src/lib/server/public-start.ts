/**
 * A survey's start page by its public id, as a link (/v/<publicId>) or in a
 * site's frame (/e/<publicId>): the whole decision for one request, GET or
 * POST, so both pages only render. Both go through startSurvey, so the
 * embed is throttled and checked exactly like the public link.
 */
import { field, readForm } from '../forms/read-form.ts';
import { localePath, paths } from '../paths.ts';
import { findResponseByToken } from './queries/responses.ts';
import type { SurveyInstanceRow } from './queries/surveys.ts';
import { visibleSections } from '../surveys/engine.ts';
import { LOCALES, type Locale } from '../surveys/schema.ts';
import { HONEYPOT_FIELD, openPublicSurvey, publicAttribution, startFailure, startSurvey, type StartFailure, type StartableSurvey } from './survey-start.ts';
import { issueToken } from './tokens.ts';
import { RETRY_AFTER_S } from '../limits.ts';

export type PublicStartPage =
  | { kind: 'not-found' }
  | { kind: 'redirect'; to: string }
  | {
      kind: 'show';
      target: StartableSurvey;
      /** Closed or past its closing date (410): nothing to start. */
      closed: boolean;
      /** The start form's token: fresh, or the same one again after a 503 or 429. */
      token: string;
      steps: number;
      failure: StartFailure | null;
    };

export interface PublicStartRequest {
  request: Request;
  publicId: string;
  locale: Locale;
  clientAddress: string;
  /** Started in a site's frame: the response keeps the embedded pages. */
  embedded: boolean;
  /** The owner's preview: shows the page, starts nothing. */
  preview?: boolean;
}

export async function handlePublicStart(input: PublicStartRequest): Promise<PublicStartPage> {
  const { request, publicId, locale, embedded } = input;
  const target = await openPublicSurvey(publicId);
  if (!target) return { kind: 'not-found' };

  // A language the owner did not offer leads to the first one they did.
  const offered = target.instance.locales.filter((l): l is Locale => (LOCALES as readonly string[]).includes(l));
  if (offered.length > 0 && !offered.includes(locale)) {
    const search = new URL(request.url).search;
    return { kind: 'redirect', to: localePath(offered[0], `/${embedded ? 'e' : 'v'}/${publicId}`) + search };
  }

  let failure: StartFailure | null = null;
  if (request.method === 'POST' && !input.preview) {
    const form = await readForm(request);
    const token = field(form, 'token');
    const start = { token, honeypot: field(form, HONEYPOT_FIELD), clientAddress: input.clientAddress };
    const outcome = await startSurvey(target, start, locale, { ...publicAttribution(target.instance), embedded });
    if (outcome.kind === 'started') return { kind: 'redirect', to: outcome.to };
    failure = startFailure(outcome, token);
  }
  const closed = !target.open || !!failure?.closed;
  const token = failure?.retryToken ?? issueToken().token;
  return { kind: 'show', target, closed, token, steps: visibleSections(target.survey, {}).length, failure };
}

/** The status a shown start page answers with, and when to retry (503 and 429). */
export function startPageStatus(page: Extract<PublicStartPage, { kind: 'show' }>): { status: number; retryAfterS?: number } {
  if (page.closed) return { status: 410 };
  const failure = page.failure;
  if (!failure) return { status: 200 };
  return { status: failure.status, retryAfterS: failure.retryToken ? (failure.throttle?.retryAfterS ?? RETRY_AFTER_S) : undefined };
}

/**
 * The embedded thank-you page: the survey, and for a survey about the
 * respondent (the Growth Test) the way to their report when the token in
 * the URL opens a completed response of this survey. Null for an unknown survey.
 */
export async function openEmbedThanks(publicId: string, reportToken: string | null, locale: Locale): Promise<{ instance: SurveyInstanceRow; reportPath: string | null } | null> {
  const target = await openPublicSurvey(publicId);
  if (!target) return null;
  const response = reportToken ? await findResponseByToken(reportToken) : null;
  const reportable = response && response.surveyInstanceId === target.instance.id && response.status === 'completed' && target.survey.audience === 'self';
  return { instance: target.instance, reportPath: reportable ? paths.report(locale, reportToken!) : null };
}
