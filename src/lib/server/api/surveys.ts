/**
 * The survey endpoints: list, create, change (title, open or closed, embed
 * origins) and the survey as a respondent sees it. Access goes through
 * owner-surveys.ts (access.ts), so a survey of another organisation is the
 * same 404 as one that does not exist.
 */
import { z } from 'zod';
import { familyOf, surveyForInstance, templateChoices } from '../../families/index.ts';
import { cleanLine } from '../../forms/parse-form.ts';
import { SURVEY_TITLE_MAX_CHARS, WEBHOOK_URL_MAX_CHARS } from '../../limits.ts';
import { messages } from '../../i18n/index.ts';
import { paths } from '../../paths.ts';
import { EmbedOriginsSchema } from '../../surveys/embed-origins.ts';
import { LOCALES, type Locale, type Localized, type Question, type Survey } from '../../surveys/schema.ts';
import { dataScope, type Actor } from '../auth/access.ts';
import { publicOrigin } from '../origin.ts';
import { ownedInstance, surveyCompany } from '../owner-surveys.ts';
import { completedCount, instancesInScope, updateInstance } from '../queries/api.ts';
import { findInstance, insertInstance, isOpen, type SurveyInstanceRow } from '../queries/surveys.ts';
import { getDb, type Database } from '../db.ts';
import { env } from '../env.ts';
import { parseWebhookUrl } from '../webhooks/url.ts';
import { findWebhook, setWebhook } from '../webhooks/webhooks.ts';
import { defineEndpoint } from './endpoint.ts';
import { ApiError, issuesToFields, notFound } from './errors.ts';

/** The templates a survey is made from through the API: the collective ones (the Growth Test is the entrepreneur's own). */
export const API_TEMPLATES = templateChoices()
  .filter((t) => t.audience === 'collective')
  .map((t) => t.id) as [string, ...string[]];

export const IdSchema = z.string().min(1).max(64);

const LocalesSchema = z
  .array(z.enum(LOCALES))
  .min(1)
  .refine((l) => new Set(l).size === l.length, 'each language once')
  .describe('Languages respondents may answer in, the first the default.');

export const SurveySummarySchema = z
  .object({
    id: z.string(),
    companyId: z.string(),
    template: z.string(),
    title: z.string(),
    status: z.enum(['open', 'closed']),
    /** Open and not past its closing date: takes answers now. */
    open: z.boolean(),
    closesAt: z.iso.datetime().nullable(),
    locales: z.array(z.enum(LOCALES)),
    embedOrigins: z.array(z.string()),
    responses: z.number().int().describe('Completed responses.'),
    createdAt: z.iso.datetime(),
    links: z.object({ public: z.url(), embed: z.url() }),
  })
  .meta({ id: 'Survey' });

export const NewSurveySchema = z
  .object({
    template: z.enum(API_TEMPLATES),
    title: z.string().overwrite(cleanLine).min(1).max(SURVEY_TITLE_MAX_CHARS),
    companyId: IdSchema,
    locales: LocalesSchema,
    embedOrigins: EmbedOriginsSchema.default([]),
    closesAt: z.iso.date().optional().describe('YYYY-MM-DD; the survey closes at the start of that day (UTC).'),
    options: z.record(z.string(), z.unknown()).optional().describe("The template's owner choices (as on the new-survey form); defaults when left out."),
  })
  .strict()
  .meta({ id: 'NewSurvey' });

/** One optional field per changeable property: adding one is a line here and one in InstancePatch. */
export const SurveyPatchSchema = z
  .object({
    title: z.string().overwrite(cleanLine).min(1).max(SURVEY_TITLE_MAX_CHARS).optional(),
    status: z.enum(['open', 'closed']).optional(),
    embedOrigins: EmbedOriginsSchema.optional(),
    webhookUrl: z
      .string()
      .max(WEBHOOK_URL_MAX_CHARS)
      .nullable()
      .optional()
      .describe('An https URL Koers POSTs each completed response to, signed the Standard Webhooks way (docs/webhooks.md); null removes the webhook.'),
  })
  .strict()
  .meta({ id: 'SurveyPatch' });

export const PatchedSurveySchema = SurveySummarySchema.extend({
  webhookUrl: z.string().nullable().describe('Where completed responses are sent; null without a webhook.'),
  webhookSecret: z.string().optional().describe('Only in the reply that set a webhook where there was none: the signing secret, shown this once.'),
}).meta({ id: 'PatchedSurvey' });

const offered = (instance: SurveyInstanceRow): Locale[] => LOCALES.filter((l) => instance.locales.includes(l));

export function surveyLinks(instance: SurveyInstanceRow, url: URL): { public: string; embed: string } {
  const origin = publicOrigin(url);
  const first = offered(instance)[0] ?? 'nl';
  return { public: new URL(paths.publicSurvey(first, instance.publicId), origin).href, embed: new URL(`/e/${instance.publicId}`, origin).href };
}

export function surveySummary(instance: SurveyInstanceRow & { answers: number }, url: URL, now = new Date()): z.input<typeof SurveySummarySchema> {
  return {
    id: instance.id,
    companyId: instance.companyId ?? '',
    template: instance.templateId,
    title: instance.title,
    status: instance.status,
    open: isOpen(instance, now),
    closesAt: instance.closesAt?.toISOString() ?? null,
    locales: offered(instance),
    embedOrigins: instance.embedOrigins,
    responses: instance.answers,
    createdAt: instance.createdAt.toISOString(),
    links: surveyLinks(instance, url),
  };
}

/** The survey behind a path's id, when the key may run it; 404 otherwise. */
export async function ownedSurvey(actor: Actor, id: string, db: Database = getDb()): Promise<SurveyInstanceRow> {
  const owned = IdSchema.safeParse(id).success ? await ownedInstance(actor, id, db) : null;
  if (!owned) throw notFound('survey');
  return owned.instance;
}

export const listSurveys = defineEndpoint({
  method: 'GET',
  path: '/surveys',
  tag: 'surveys',
  summary: 'The surveys of the companies the key sees, newest first',
  query: z.object({ companyId: IdSchema.optional() }).strict(),
  reply: { status: 200, description: 'The surveys.', schema: z.object({ data: z.array(SurveySummarySchema) }) },
  errors: [400, 404],
  async handle({ actor, query, url }) {
    // A company the key does not see is unknown, as every id of another organisation is.
    if (query.companyId !== undefined && !(await surveyCompany(actor, query.companyId))) throw notFound('company');
    const rows = await instancesInScope(dataScope(actor), query.companyId);
    return { data: rows.map((row) => surveySummary(row, url)) };
  },
});

export const createSurvey = defineEndpoint({
  method: 'POST',
  path: '/surveys',
  tag: 'surveys',
  summary: 'Creates a survey for one of the companies the key sees',
  body: NewSurveySchema,
  reply: { status: 201, description: 'The survey, with its public and embed links.', schema: SurveySummarySchema },
  errors: [400, 404, 413, 415, 422],
  async handle({ actor, key, body, url }) {
    const company = await surveyCompany(actor, body.companyId);
    if (!company) throw notFound('company');
    const template = templateChoices().find((t) => t.id === body.template)!;
    const family = familyOf(template.id)!;
    const options = family.optionsSchema.safeParse(body.options ?? {});
    if (!options.success) throw new ApiError(422, 'validation_failed', 'The options are not valid for this template.', prefixed('options', issuesToFields(options.error.issues)));
    const closesAt = body.closesAt ? new Date(`${body.closesAt}T00:00:00Z`) : null;
    if (closesAt && closesAt.getTime() <= Date.now()) throw new ApiError(422, 'validation_failed', 'The closing date must lie in the future.', { closesAt: 'must lie in the future' });
    const row = await insertInstance({
      organisationId: company.organisationId,
      companyId: company.id,
      templateId: template.id,
      templateVersion: template.version,
      title: body.title,
      locales: body.locales,
      options: options.data as Record<string, unknown>,
      closesAt,
      createdBy: key.createdBy,
      embedOrigins: body.embedOrigins,
    });
    return surveySummary({ ...row, answers: 0 }, url);
  },
});

const prefixed = (prefix: string, fields: Record<string, string>) => Object.fromEntries(Object.entries(fields).map(([k, v]) => [`${prefix}.${k}`, v]));

export const patchSurvey = defineEndpoint({
  method: 'PATCH',
  path: '/surveys/{id}',
  tag: 'surveys',
  summary: 'Changes a survey: its title, open or closed, the origins that may embed it, its webhook',
  description: 'Fields left out stay as they are.',
  body: SurveyPatchSchema,
  reply: { status: 200, description: 'The survey as changed.', schema: PatchedSurveySchema },
  errors: [400, 404, 413, 415, 422],
  async handle({ actor, body, params, url }) {
    const instance = await ownedSurvey(actor, params.id);
    const { webhookUrl, ...changes } = body;
    // Checked first (where its host points now, as the dashboard does), so a refused URL changes nothing.
    const webhook = typeof webhookUrl === 'string' ? await parseWebhookUrl(webhookUrl, env().WEBHOOKS_ALLOW_PRIVATE) : null;
    if (webhook && !webhook.ok) {
      const reason = messages('en').webhooks.errors[webhook.error];
      throw new ApiError(422, 'invalid_webhook_url', 'The webhook URL cannot be used.', { webhookUrl: reason });
    }
    await updateInstance(instance.id, changes);
    const { secret } = webhookUrl === undefined ? {} : await setWebhook(getDb(), instance.id, webhook?.ok ? webhook.url : null);
    const changed = (await findInstance(instance.id))!;
    const hook = await findWebhook(getDb(), instance.id);
    return {
      ...surveySummary({ ...changed, answers: await completedCount(instance.id) }, url),
      webhookUrl: hook?.url ?? null,
      ...(secret && { webhookSecret: secret }),
    };
  },
});

/* The survey as a respondent sees it. */

const TextSchema = z.object({ nl: z.string().optional(), en: z.string().optional() }).describe('In each language the survey offers.');

const ConditionJsonSchema = z
  .object({ question: z.string(), anyOf: z.array(z.union([z.string(), z.number()])) })
  .describe('Asked only when an earlier answer is one of `anyOf` (for a multiple choice: any selected).');

export const QuestionJsonSchema = z
  .object({
    id: z.string(),
    type: z.enum(['agreement', 'single', 'multiple', 'scale', 'number', 'text', 'longtext']),
    required: z.boolean(),
    text: TextSchema,
    help: TextSchema.optional(),
    showIf: ConditionJsonSchema.optional(),
    options: z.array(z.object({ value: z.string(), label: TextSchema })).optional().describe('single, multiple: the values to send.'),
    maxSelected: z.number().int().optional(),
    allowDontKnow: z.boolean().optional().describe('agreement: 1 to 5, or "dk" when allowed.'),
    minLabel: TextSchema.optional(),
    maxLabel: TextSchema.optional(),
    min: z.number().optional(),
    max: z.number().optional(),
    integer: z.boolean().optional(),
    maxLength: z.number().int().optional().describe('text, longtext: characters.'),
    format: z.enum(['plain', 'email']).optional(),
  })
  .meta({ id: 'Question' });

export const SurveyDefinitionSchema = z
  .object({
    id: z.string(),
    title: z.string(),
    template: z.string(),
    templateVersion: z.number().int(),
    open: z.boolean(),
    locales: z.array(z.enum(LOCALES)),
    name: TextSchema.describe("The template's name."),
    sections: z.array(
      z.object({
        id: z.string(),
        title: TextSchema,
        intro: TextSchema.optional(),
        showIf: ConditionJsonSchema.optional(),
        questions: z.array(QuestionJsonSchema),
      }),
    ),
  })
  .meta({ id: 'SurveyDefinition' });

function localized(text: Localized, locales: Locale[]): z.input<typeof TextSchema> {
  return Object.fromEntries(locales.map((l) => [l, text[l]]));
}

function questionJson(question: Question, locales: Locale[]): z.input<typeof QuestionJsonSchema> {
  const t = (text: Localized | undefined) => (text ? localized(text, locales) : undefined);
  const base = { id: question.id, type: question.type, required: question.required, text: t(question.text)!, help: t(question.help), showIf: question.showIf };
  switch (question.type) {
    case 'agreement':
      return { ...base, allowDontKnow: question.allowDontKnow };
    case 'single':
    case 'multiple':
      return { ...base, options: question.options.map((o) => ({ value: o.value, label: t(o.label)! })), maxSelected: question.type === 'multiple' ? question.maxSelected : undefined };
    case 'scale':
      return { ...base, min: 0, max: 10, minLabel: t(question.minLabel), maxLabel: t(question.maxLabel) };
    case 'number':
      return { ...base, min: question.min, max: question.max, integer: question.integer };
    case 'text':
      return { ...base, maxLength: question.maxLength, format: question.format };
    case 'longtext':
      return { ...base, maxLength: question.maxLength };
  }
}

export function definitionJson(instance: SurveyInstanceRow, survey: Survey): z.input<typeof SurveyDefinitionSchema> {
  const locales = offered(instance);
  return {
    id: instance.id,
    title: instance.title,
    template: instance.templateId,
    templateVersion: survey.version,
    open: isOpen(instance),
    locales,
    name: localized(survey.title, locales),
    sections: survey.sections.map((section) => ({
      id: section.id,
      title: localized(section.title, locales),
      intro: section.intro ? localized(section.intro, locales) : undefined,
      showIf: section.showIf,
      questions: section.questions.map((q) => questionJson(q, locales)),
    })),
  };
}

export const getSurvey = defineEndpoint({
  method: 'GET',
  path: '/surveys/{id}',
  tag: 'surveys',
  summary: 'The survey as a respondent sees it: its questions, ids, types, options and required flags',
  reply: { status: 200, description: 'The survey definition, in the languages it offers.', schema: SurveyDefinitionSchema },
  errors: [404],
  async handle({ actor, params }) {
    const instance = await ownedSurvey(actor, params.id);
    const survey = surveyForInstance(instance);
    if (!survey) throw notFound('survey');
    return definitionJson(instance, survey);
  },
});
