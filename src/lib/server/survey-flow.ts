/**
 * The respondent's journey through a survey, one section per page: what a
 * page shows, and what a page post does. Pages call these and render.
 */
import type { Answers, FieldError } from '../surveys/answers.ts';
import { findSection, positionOf, resumeSection, visibleQuestions, type Position } from '../surveys/engine.ts';
import { getSurvey } from '../surveys/definitions/index.ts';
import type { Locale, Question, Section, Survey } from '../surveys/schema.ts';
import { parseSectionPost } from '../forms/survey-section.ts';
import { field, readForm } from '../forms/read-form.ts';
import { paths } from '../paths.ts';
import { completeResponse, findResponseByToken, saveAnswers, type ResponseRow } from './queries/responses.ts';
import { unavailableCode } from './db.ts';

export interface OpenSection {
  token: string;
  response: ResponseRow;
  survey: Survey;
  section: Section;
  questions: Question[];
  position: Position;
  answers: Answers;
}

export async function openResponse(token: string): Promise<{ response: ResponseRow; survey: Survey } | null> {
  const response = await findResponseByToken(token);
  if (!response) return null;
  const survey = getSurvey(response.surveyId, response.surveyVersion);
  return survey ? { response, survey } : null;
}

/** The section a page shows, or null when the token or section does not exist or is hidden now. */
export async function openSection(token: string, sectionId: string): Promise<OpenSection | null> {
  const opened = await openResponse(token);
  if (!opened) return null;
  const { response, survey } = opened;
  const answers = response.answers as Answers;
  const section = findSection(survey, sectionId);
  const position = section && positionOf(survey, answers, section.id);
  if (!section || !position) return null;
  return { token, response, survey, section, questions: visibleQuestions(section, answers), position, answers };
}

/** Where a resume link leads: the report when done, else the section to continue with. */
export function resumeTarget(token: string, response: ResponseRow, survey: Survey, locale: Locale): string {
  if (response.status === 'completed') return paths.report(locale, token);
  const section = resumeSection(survey, response.answers as Answers, response.lastSectionId);
  return paths.section(locale, token, section.id);
}

export type SectionOutcome =
  | { kind: 'redirect'; to: string }
  | { kind: 'invalid'; errors: Record<string, FieldError>; raw: Record<string, string | string[]> }
  /** The database could not take the save: nothing was acknowledged, the page shows the answers again to retry. */
  | { kind: 'unavailable'; raw: Record<string, string | string[]> };

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
): Promise<SectionOutcome> {
  const { token, survey, section } = open;
  if (open.response.status === 'completed') return { kind: 'redirect', to: paths.report(locale, token) };

  const post = parseSectionPost(section, form, open.answers, action === 'next');
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

    const completed = await completeResponse(saved, survey);
    if (!completed.ok) return { kind: 'redirect', to: paths.section(locale, token, completed.missingSectionId) };
    return { kind: 'redirect', to: paths.report(locale, token) };
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
  if (open.response.status === 'completed') return { kind: 'redirect', to: paths.report(locale, token) };
  if (request.method !== 'POST') return { kind: 'show', open, errors: {}, unavailable: false };
  const form = await readForm(request);
  const outcome = await submitSection(open, form, field(form, 'action') === 'back' ? 'back' : 'next', locale);
  if (outcome.kind === 'redirect') return outcome;
  if (outcome.kind === 'unavailable') return { kind: 'show', open, errors: {}, raw: outcome.raw, unavailable: true };
  return { kind: 'show', open, errors: outcome.errors, raw: outcome.raw, unavailable: false };
}

/** Autosave: keeps whatever is valid on the page, reports nothing to fix. False when the database could not take it. */
export async function saveDraft(open: OpenSection, form: FormData): Promise<boolean> {
  if (open.response.status === 'completed') return true;
  const post = parseSectionPost(open.section, form, open.answers, false);
  try {
    await saveAnswers(open.response, open.survey, { answers: post.answers, cleared: post.cleared, sectionId: open.section.id });
    return true;
  } catch (error) {
    const code = unavailableCode(error);
    if (!code) throw error;
    console.error(`Database unavailable (${code}) while autosaving ${open.section.id} of response ${open.response.id}`);
    return false;
  }
}
