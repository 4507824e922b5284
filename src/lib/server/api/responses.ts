/** Responses through the API: posting a whole response, reading completed ones a page at a time, and the results. */
import { z } from 'zod';
import { surveyForInstance } from '../../families/index.ts';
import { isWithheld } from '../../families/common/withheld.ts';
import { API_RESPONSES_PAGE_DEFAULT, API_RESPONSES_PAGE_MAX } from '../../limits.ts';
import { LOCALES } from '../../surveys/schema.ts';
import { completedResponsesPage, type ResponseCursor } from '../queries/api.ts';
import { resultsOf } from '../survey-results.ts';
import { defineEndpoint } from './endpoint.ts';
import { ApiError, notFound } from './errors.ts';
import { submitJsonResponse } from './submit-response.ts';
import { ownedSurvey } from './surveys.ts';

const AnswerSchema = z.union([z.string().max(20_000), z.number(), z.array(z.string().max(200)).max(100)]);

export const NewResponseSchema = z
  .object({
    answers: z
      .record(z.string().max(100), AnswerSchema)
      .describe('Question id → answer: a number (agreement 1–5, scale 0–10, number), a string (an option value, "dk", text), a list of option values (multiple choice). A question left out is skipped.'),
    locale: z.enum(LOCALES).optional().describe("The respondent's language; the survey's first when left out."),
  })
  .strict()
  .meta({ id: 'NewResponse' });

export const ResponseSchema = z
  .object({
    id: z.string(),
    surveyId: z.string(),
    locale: z.enum(LOCALES),
    completedAt: z.iso.datetime(),
    answers: z.record(z.string(), z.union([z.string(), z.number(), z.array(z.string())])),
  })
  .meta({ id: 'Response' });

export const submitResponse = defineEndpoint({
  method: 'POST',
  path: '/surveys/{id}/responses',
  tag: 'responses',
  summary: 'Stores one completed response, checked as the survey form checks one',
  description: 'A closed survey (or one past its closing date) answers 409 `survey_closed`: it exists and may be opened again.',
  body: NewResponseSchema,
  reply: { status: 201, description: 'The response as stored (answers normalised as the form stores them).', schema: ResponseSchema },
  errors: [400, 404, 409, 413, 415, 422],
  async handle({ actor, body, params }) {
    const instance = await ownedSurvey(actor, params.id);
    const survey = surveyForInstance(instance);
    if (!survey) throw notFound('survey');
    const outcome = await submitJsonResponse(instance, survey, body);
    if (outcome.kind === 'closed') throw new ApiError(409, 'survey_closed', 'The survey is closed and takes no answers.');
    if (outcome.kind === 'invalid') throw new ApiError(422, 'invalid_answers', 'Some answers are not valid; see fields.', outcome.fields);
    const r = outcome.response;
    return { id: r.id, surveyId: instance.id, locale: r.locale, completedAt: r.completedAt!.toISOString(), answers: r.answers as z.input<typeof ResponseSchema>['answers'] };
  },
});

/** A cursor is opaque to clients: base64url of where the last page ended. */
export function encodeCursor(cursor: ResponseCursor): string {
  return Buffer.from(JSON.stringify([cursor.completedAt, cursor.id])).toString('base64url');
}

const CursorSchema = z.tuple([z.number().int().nonnegative(), z.string().min(1).max(64)]);

export function decodeCursor(value: string): ResponseCursor | null {
  try {
    const parsed = CursorSchema.safeParse(JSON.parse(Buffer.from(value, 'base64url').toString('utf8')));
    return parsed.success ? { completedAt: parsed.data[0], id: parsed.data[1] } : null;
  } catch {
    return null;
  }
}

const MomentSchema = z
  .union([z.iso.datetime({ offset: true }), z.iso.date()])
  .transform((value) => new Date(value.length === 10 ? `${value}T00:00:00Z` : value))
  .describe('ISO 8601: a date (start of that day, UTC) or a date-time with zone.');

export const ResponsesQuerySchema = z
  .object({
    from: MomentSchema.optional().describe('Completed at or after.'),
    to: MomentSchema.optional().describe('Completed before.'),
    cursor: z.string().max(200).optional().describe('`nextCursor` of the previous page.'),
    limit: z.coerce.number().int().min(1).max(API_RESPONSES_PAGE_MAX).default(API_RESPONSES_PAGE_DEFAULT),
  })
  .strict();

export const listResponses = defineEndpoint({
  method: 'GET',
  path: '/surveys/{id}/responses',
  tag: 'responses',
  summary: 'Completed responses, newest first, a page at a time',
  description: 'Withheld (403 `withheld`) where the results page shows nothing: a team survey below its minimum of answers.',
  query: ResponsesQuerySchema,
  reply: {
    status: 200,
    description: 'A page of responses; `nextCursor` null on the last page.',
    schema: z.object({ data: z.array(ResponseSchema), nextCursor: z.string().nullable() }),
  },
  errors: [400, 403, 404],
  async handle({ actor, params, query }) {
    const instance = await ownedSurvey(actor, params.id);
    const after = query.cursor === undefined ? undefined : decodeCursor(query.cursor);
    if (after === null) throw new ApiError(400, 'invalid_query', 'The query string is not valid.', { cursor: 'not a cursor this API gave out' });
    const built = await resultsOf(instance);
    if (!built || isWithheld(built.results)) throw new ApiError(403, 'withheld', 'Individual responses are withheld while the results are (too few answers to stay anonymous).');
    const page = await completedResponsesPage(instance.id, { from: query.from, to: query.to, after, limit: query.limit });
    return {
      data: page.rows.map((r) => ({ id: r.id, surveyId: instance.id, locale: r.locale, completedAt: r.completedAt!.toISOString(), answers: r.answers as z.input<typeof ResponseSchema>['answers'] })),
      nextCursor: page.next ? encodeCursor(page.next) : null,
    };
  },
});

export const ResultsSchema = z
  .object({
    surveyId: z.string(),
    template: z.string(),
    model: z.string(),
    withheld: z.boolean().describe('A team survey below its minimum of answers: only `responses` and `minimum` are given, as on the results page.'),
    responses: z.number().int().describe('Completed responses.'),
    nps: z
      .object({ answered: z.number().int(), promoters: z.number().int(), passives: z.number().int(), detractors: z.number().int(), score: z.number().nullable(), marginOfError: z.number().nullable(), lowBase: z.boolean() })
      .nullable()
      .optional()
      .describe('Customer satisfaction: null when nobody answered the 0–10 question.'),
  })
  .catchall(z.unknown())
  .meta({ id: 'Results', description: "The figures of the survey's results page; the other fields depend on the template (see docs/scoring.md)." });

export const surveyResults = defineEndpoint({
  method: 'GET',
  path: '/surveys/{id}/results',
  tag: 'results',
  summary: 'The figures of the survey’s results page',
  reply: { status: 200, description: 'The results.', schema: ResultsSchema },
  errors: [404],
  async handle({ actor, params }) {
    const instance = await ownedSurvey(actor, params.id);
    const built = await resultsOf(instance);
    if (!built) throw notFound('survey');
    const figures = built.family.apiResults(built.results) as { responses: number };
    return { surveyId: instance.id, template: instance.templateId, model: built.family.model, withheld: isWithheld(built.results), ...figures };
  },
});
