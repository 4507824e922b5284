/**
 * A whole response posted at once (POST /api/v1/surveys/{id}/responses),
 * stored exactly as the form flow stores one: each visible section's
 * answers checked by parseSectionPost (the function that checks a page
 * post), then startResponse, saveAnswers and completeResponse, so figures,
 * fact counts and whatever completion does apply to it the same way.
 */
import { fill, messages } from '../../i18n/index.ts';
import type { Answers, FieldError } from '../../surveys/answers.ts';
import { conditionMet, visibleQuestions } from '../../surveys/engine.ts';
import { parseSectionPost } from '../../forms/survey-section.ts';
import type { Locale, Survey } from '../../surveys/schema.ts';
import { getDb, type Database } from '../db.ts';
import { completeResponse, saveAnswers, startResponse, type ResponseRow } from '../queries/responses.ts';
import { isOpen, type SurveyInstanceRow } from '../queries/surveys.ts';
import { publicAttribution } from '../survey-start.ts';
import { issueToken } from '../tokens.ts';

/** An answer as JSON sends it: a number or string, a list of option values for a multiple choice. */
export type JsonAnswer = string | number | string[];

export type SubmitOutcome =
  | { kind: 'stored'; response: ResponseRow }
  | { kind: 'closed' }
  /** Field (question id, or `locale`) → what is wrong, in English. */
  | { kind: 'invalid'; fields: Record<string, string> };

/** What the form's error message says, in English, for a developer. */
function describe(error: FieldError): string {
  const m = messages('en').errors;
  return 'max' in error || 'min' in error ? fill(m[error.code], error as unknown as Record<string, number>) : m[error.code];
}

/** One question's JSON value as the form would have posted it; a shape that cannot be right is an error. */
function asFormValues(value: JsonAnswer, multiple: boolean): string[] | string {
  if (Array.isArray(value) !== multiple) return multiple ? 'expects a list of option values' : 'expects a single value, not a list';
  return Array.isArray(value) ? value : [String(value)];
}

/** Checks every answer against the survey as shown to a respondent who gave these answers; the valid answers, or each invalid field. */
export function checkJsonAnswers(survey: Survey, posted: Record<string, JsonAnswer>): { answers: Answers; lastSectionId: string; fields: Record<string, string> } {
  const fields: Record<string, string> = {};
  const answers: Answers = {};
  const known = new Set(survey.sections.flatMap((s) => s.questions.map((q) => q.id)));
  for (const id of Object.keys(posted)) if (!known.has(id)) fields[id] = 'no such question in this survey';
  let lastSectionId = survey.sections[0].id;
  const asked = new Set<string>();
  for (const section of survey.sections) {
    // Visibility follows the answers of earlier sections, as a respondent paging through would see it.
    if (!conditionMet(section.showIf, answers)) continue;
    lastSectionId = section.id;
    const form = new FormData();
    for (const question of visibleQuestions(section, answers)) {
      asked.add(question.id);
      if (!Object.hasOwn(posted, question.id)) continue;
      const values = asFormValues(posted[question.id], question.type === 'multiple');
      if (typeof values === 'string') fields[question.id] = values;
      else for (const value of values) form.append(question.id, value);
    }
    const post = parseSectionPost(section, form, answers, true);
    for (const [id, error] of Object.entries(post.errors)) fields[id] ??= describe(error);
    Object.assign(answers, post.answers);
  }
  for (const id of Object.keys(posted)) if (known.has(id) && !asked.has(id)) fields[id] ??= 'not asked: its condition on an earlier answer is not met';
  return { answers, lastSectionId, fields };
}

export async function submitJsonResponse(
  instance: SurveyInstanceRow,
  survey: Survey,
  input: { answers: Record<string, JsonAnswer>; locale?: Locale },
  now = new Date(),
  db: Database = getDb(),
): Promise<SubmitOutcome> {
  if (!isOpen(instance, now)) return { kind: 'closed' };
  const locale = input.locale ?? (instance.locales[0] as Locale);
  const checked = checkJsonAnswers(survey, input.answers);
  if (!instance.locales.includes(locale)) checked.fields.locale = `this survey is offered in ${instance.locales.join(', ')}`;
  if (Object.keys(checked.fields).length > 0) return { kind: 'invalid', fields: checked.fields };

  const { token } = issueToken();
  const started = await startResponse(token, { instanceId: instance.id, survey }, locale, publicAttribution(instance), db);
  if (!started) throw new Error('a freshly issued token did not start a response');
  const saved = await saveAnswers(started, survey, { answers: checked.answers, cleared: [], sectionId: checked.lastSectionId }, db);
  const completed = await completeResponse(saved, survey, db, now);
  // checkJsonAnswers insisted on every required visible question, as the last page post does.
  if (!completed.ok) throw new Error(`response ${saved.id} incomplete after a checked submission (section ${completed.missingSectionId})`);
  return { kind: 'stored', response: completed.response };
}
