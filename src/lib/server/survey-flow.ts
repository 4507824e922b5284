/**
 * The respondent's journey through a survey, one section per page: what a
 * page shows, and what a page post does. Pages call these and render.
 */
import type { Answers, FieldError } from '../surveys/answers.ts';
import { findSection, positionOf, resumeSection, visibleQuestions, type Position } from '../surveys/engine.ts';
import { surveyForInstance } from '../families/index.ts';
import type { Locale, Question, Section, Survey } from '../surveys/schema.ts';
import { parseSectionPost } from '../forms/survey-section.ts';
import { field, readForm } from '../forms/read-form.ts';
import { paths } from '../paths.ts';
import { completeResponse, findResponseByToken, saveAnswers, type ResponseRow } from './queries/responses.ts';
import { unavailableCode } from './db.ts';
import { throttle, type Throttle } from './throttle/throttle.ts';
import { findInstance, type SurveyInstanceRow } from './queries/surveys.ts';
import { publicOrigin } from './origin.ts';

export interface OpenSection {
  token: string;
  response: ResponseRow;
  instance: SurveyInstanceRow;
  survey: Survey;
  section: Section;
  questions: Question[];
  position: Position;
  answers: Answers;
}

export interface OpenResponse {
  response: ResponseRow;
  instance: SurveyInstanceRow;
  /** The version the response was started on, as its instance serves it (optional questions off = left out). */
  survey: Survey;
}

export async function openResponse(token: string): Promise<OpenResponse | null> {
  const response = await findResponseByToken(token);
  if (!response) return null;
  const instance = await findInstance(response.surveyInstanceId);
  const survey = instance && surveyForInstance(instance, response.templateVersion);
  return instance && survey ? { response, instance, survey } : null;
}

/** The section a page shows, or null when the token or section does not exist or is hidden now. */
export async function openSection(token: string, sectionId: string): Promise<OpenSection | null> {
  const opened = await openResponse(token);
  if (!opened) return null;
  const { response, instance, survey } = opened;
  const answers = response.answers as Answers;
  const section = findSection(survey, sectionId);
  const position = section && positionOf(survey, answers, section.id);
  if (!section || !position) return null;
  return { token, response, instance, survey, section, questions: visibleQuestions(section, answers), position, answers };
}

/**
 * Where a finished respondent goes: their report (audience `self`), or a
 * thank-you page (collective surveys). In a site's frame it is always the
 * embedded thank-you page, which sends the completion to the host page; a
 * report is opened from there in a window of its own (it is a full page,
 * with its own links and PDF, and stays unframable).
 */
export function finishedTarget(token: string, opened: Pick<OpenResponse, 'response' | 'instance' | 'survey'>, locale: Locale): string {
  const self = opened.survey.audience === 'self';
  if (opened.response.embedded) return paths.embedThanks(locale, opened.instance.publicId, self ? token : undefined);
  return self ? paths.report(locale, token) : paths.thanks(locale, opened.instance.publicId);
}

/** Where a resume link leads: the report or thank-you page when done, else the section to continue with. */
export function resumeTarget(token: string, opened: OpenResponse, locale: Locale): string {
  const { response, survey } = opened;
  if (response.status === 'completed') return finishedTarget(token, opened, locale);
  const section = resumeSection(survey, response.answers as Answers, response.lastSectionId);
  return paths.section(locale, token, section.id);
}

export type SectionOutcome =
  | { kind: 'redirect'; to: string }
  | { kind: 'invalid'; errors: Record<string, FieldError>; raw: Record<string, string | string[]> }
  /** The database could not take the save: nothing was acknowledged, the page shows the answers again to retry. */
  | { kind: 'unavailable'; raw: Record<string, string | string[]> }
  /** Too many writes to this response: nothing saved, the page shows the answers again. */
  | { kind: 'throttled'; raw: Record<string, string | string[]>; throttle: Throttle };

/**
 * Handles a page post. "next" checks the page, saves it and moves on (or
 * completes the response on the last page); "back" saves what is valid and
 * goes back without insisting on anything. Invalid answers are never saved,
 * valid ones on the same page always are. A redirect is only returned once
 * everything it stands for is stored.
 */
export async function submitSection(
  open: OpenSection,
  form: FormData,
  action: 'next' | 'back',
  locale: Locale,
  /** The site's address, for the link in a new lead's notification. */
  origin = '',
): Promise<SectionOutcome> {
  const { token, survey, section } = open;
  if (open.response.status === 'completed') return { kind: 'redirect', to: finishedTarget(token, open, locale) };

  const post = parseSectionPost(section, form, open.answers, action === 'next');
  const throttled = await throttle('surveyWrite', open.response.id);
  if (!throttled.allowed) return { kind: 'throttled', raw: post.raw, throttle: throttled };
  try {
    const saved = await saveAnswers(open.response, survey, { answers: post.answers, cleared: post.cleared, sectionId: section.id });

    if (action === 'back') {
      const target = open.position.previous ?? section;
      return { kind: 'redirect', to: paths.section(locale, token, target.id) };
    }
    if (Object.keys(post.errors).length > 0) return { kind: 'invalid', errors: post.errors, raw: post.raw };

    // Visibility may have changed with this page's answers (consent given or withdrawn).
    const next = positionOf(survey, saved.answers as Answers, section.id)?.next;
    if (next) return { kind: 'redirect', to: paths.section(locale, token, next.id) };

    const completed = await completeResponse(saved, survey, undefined, undefined, { origin });
    if (!completed.ok) return { kind: 'redirect', to: paths.section(locale, token, completed.missingSectionId) };
    return { kind: 'redirect', to: finishedTarget(token, open, locale) };
  } catch (error) {
    const code = unavailableCode(error);
    if (!code) throw error;
    console.error(`Database unavailable (${code}) while saving ${section.id} of response ${open.response.id}`);
    return { kind: 'unavailable', raw: post.raw };
  }
}

/** What a request for a survey page comes to: a 404, a redirect, or the section to show (with a post's errors). */
export type SectionPage =
  | { kind: 'not-found' }
  | { kind: 'redirect'; to: string }
  | {
      kind: 'show';
      open: OpenSection;
      errors: Record<string, FieldError>;
      /** A post's values as sent, to show again; undefined on a GET. */
      raw?: Record<string, string | string[]>;
      /** The database could not take the post: 503, nothing saved. */
      unavailable: boolean;
      /** Too many writes to this response: 429, nothing saved. */
      throttle?: Throttle;
    };

/**
 * The survey page's whole decision for one request, GET or POST, so the page
 * only renders. The middleware calls it first for a post and answers the
 * redirect itself: most posts are valid, and a redirect needs no page
 * render (see bench/README.md). A post that has to be shown again reaches
 * the page with this result in locals, so it is never handled twice.
 */
export async function handleSectionRequest(request: Request, token: string, sectionId: string, locale: Locale): Promise<SectionPage> {
  const open = await openSection(token, sectionId);
  if (!open) return { kind: 'not-found' };
  if (open.response.status === 'completed') return { kind: 'redirect', to: finishedTarget(token, open, locale) };
  if (request.method !== 'POST') return { kind: 'show', open, errors: {}, unavailable: false };
  const form = await readForm(request);
  const outcome = await submitSection(open, form, field(form, 'action') === 'back' ? 'back' : 'next', locale, publicOrigin(new URL(request.url)));
  if (outcome.kind === 'redirect') return outcome;
  if (outcome.kind === 'unavailable') return { kind: 'show', open, errors: {}, raw: outcome.raw, unavailable: true };
  if (outcome.kind === 'throttled') return { kind: 'show', open, errors: {}, raw: outcome.raw, unavailable: false, throttle: outcome.throttle };
  return { kind: 'show', open, errors: outcome.errors, raw: outcome.raw, unavailable: false };
}

export type DraftOutcome = { kind: 'saved' } | { kind: 'unavailable' } | { kind: 'throttled'; throttle: Throttle };

/** Autosave: keeps whatever is valid on the page, reports nothing to fix; unavailable when the database could not take it. */
export async function saveDraft(open: OpenSection, form: FormData): Promise<DraftOutcome> {
  if (open.response.status === 'completed') return { kind: 'saved' };
  const throttled = await throttle('surveyWrite', open.response.id);
  if (!throttled.allowed) return { kind: 'throttled', throttle: throttled };
  const post = parseSectionPost(open.section, form, open.answers, false);
  try {
    await saveAnswers(open.response, open.survey, { answers: post.answers, cleared: post.cleared, sectionId: open.section.id });
    return { kind: 'saved' };
  } catch (error) {
    const code = unavailableCode(error);
    if (!code) throw error;
    console.error(`Database unavailable (${code}) while autosaving ${open.section.id} of response ${open.response.id}`);
    return { kind: 'unavailable' };
  }
}
