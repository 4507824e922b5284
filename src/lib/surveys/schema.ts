/**
 * The survey definition format. Every survey Koers hosts (the Growth Test,
 * customer satisfaction, complaint thresholds, the customer-focus team
 * survey) is a plain TypeScript object checked by `SurveySchema`, so adding
 * a survey or a question never needs a new component branch elsewhere.
 */
import { z } from 'zod';

export const LOCALES = ['nl', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

/** Every text a person reads, in both languages. */
export const LocalizedSchema = z.object({
  nl: z.string().min(1),
  en: z.string().min(1),
});
export type Localized = z.infer<typeof LocalizedSchema>;

const IdSchema = z.string().regex(/^[a-z][a-z0-9_]*$/, 'ids are lower_snake_case');
const OptionValueSchema = z.string().regex(/^[a-z0-9][a-z0-9_-]*$/);

/**
 * Skip logic: show a question or section only when an earlier answer is one
 * of `anyOf`. For a multiple-choice question it matches when any selected
 * option is in the list.
 */
export const ConditionSchema = z.object({
  question: IdSchema,
  anyOf: z.array(z.union([OptionValueSchema, z.number()])).min(1),
});
export type Condition = z.infer<typeof ConditionSchema>;

const QuestionBase = {
  id: IdSchema,
  text: LocalizedSchema,
  help: LocalizedSchema.optional(),
  required: z.boolean().default(true),
  showIf: ConditionSchema.optional(),
};

export const OptionSchema = z.object({ value: OptionValueSchema, label: LocalizedSchema });
export type Option = z.infer<typeof OptionSchema>;

/** A statement on a 5-point agreement scale, with a separate "don't know / not applicable". */
export const AgreementQuestionSchema = z.object({
  ...QuestionBase,
  type: z.literal('agreement'),
  /** Negatively worded statement: "strongly agree" is the weakest answer. */
  reverse: z.boolean().default(false),
  allowDontKnow: z.boolean().default(true),
});

export const SingleChoiceQuestionSchema = z.object({
  ...QuestionBase,
  type: z.literal('single'),
  options: z.array(OptionSchema).min(2),
});

export const MultipleChoiceQuestionSchema = z.object({
  ...QuestionBase,
  type: z.literal('multiple'),
  options: z.array(OptionSchema).min(1),
  maxSelected: z.number().int().positive().optional(),
});

/** A 0 to 10 scale, as in "how likely are you to recommend us". */
export const ScaleQuestionSchema = z.object({
  ...QuestionBase,
  type: z.literal('scale'),
  minLabel: LocalizedSchema,
  maxLabel: LocalizedSchema,
});

export const NumberQuestionSchema = z.object({
  ...QuestionBase,
  type: z.literal('number'),
  min: z.number(),
  max: z.number(),
  integer: z.boolean().default(true),
});

export const TextQuestionSchema = z.object({
  ...QuestionBase,
  type: z.literal('text'),
  format: z.enum(['plain', 'email']).default('plain'),
  maxLength: z.number().int().positive().max(500).default(200),
  autocomplete: z.string().optional(),
});

export const LongTextQuestionSchema = z.object({
  ...QuestionBase,
  type: z.literal('longtext'),
  maxLength: z.number().int().positive().max(10_000).default(5000),
});

export const QuestionSchema = z.discriminatedUnion('type', [
  AgreementQuestionSchema,
  SingleChoiceQuestionSchema,
  MultipleChoiceQuestionSchema,
  ScaleQuestionSchema,
  NumberQuestionSchema,
  TextQuestionSchema,
  LongTextQuestionSchema,
]);
export type Question = z.infer<typeof QuestionSchema>;
export type QuestionType = Question['type'];

export const SectionSchema = z.object({
  id: IdSchema,
  title: LocalizedSchema,
  intro: LocalizedSchema.optional(),
  showIf: ConditionSchema.optional(),
  questions: z.array(QuestionSchema).min(1),
});
export type Section = z.infer<typeof SectionSchema>;

export const SurveySchema = z
  .object({
    id: z.string().regex(/^[a-z][a-z0-9-]*$/),
    /** Bumped on every change that could alter answers or scores; responses keep the version they were answered against. */
    version: z.number().int().positive(),
    /**
     * `self`: one respondent answers for themselves and gets a report (the Growth Test).
     * `collective`: many anonymous respondents answer a survey an owner runs; results are aggregated.
     */
    audience: z.enum(['self', 'collective']),
    title: LocalizedSchema,
    intro: LocalizedSchema,
    /** Rough time to complete, shown on the start page. */
    minutes: z.number().int().positive(),
    sections: z.array(SectionSchema).min(1),
  })
  .superRefine((survey, ctx) => {
    const seen = new Map<string, Question>();
    const sectionIds = new Set<string>();
    survey.sections.forEach((section, s) => {
      if (sectionIds.has(section.id)) {
        ctx.addIssue({ code: 'custom', path: ['sections', s, 'id'], message: `duplicate section id "${section.id}"` });
      }
      sectionIds.add(section.id);
      checkCondition(section.showIf, seen, ctx, ['sections', s, 'showIf']);
      // A question may depend on an earlier section only: on a page without
      // JavaScript nothing can appear or disappear while the respondent types.
      const earlier = new Map(seen);
      section.questions.forEach((question, q) => {
        if (seen.has(question.id)) {
          ctx.addIssue({ code: 'custom', path: ['sections', s, 'questions', q, 'id'], message: `duplicate question id "${question.id}"` });
        }
        checkCondition(question.showIf, earlier, ctx, ['sections', s, 'questions', q, 'showIf']);
        if ('options' in question) {
          const values = question.options.map((o) => o.value);
          if (new Set(values).size !== values.length) {
            ctx.addIssue({ code: 'custom', path: ['sections', s, 'questions', q, 'options'], message: 'duplicate option values' });
          }
        }
        if (question.type === 'number' && question.min >= question.max) {
          ctx.addIssue({ code: 'custom', path: ['sections', s, 'questions', q], message: 'min must be below max' });
        }
        seen.set(question.id, question);
      });
    });
  });
export type Survey = z.infer<typeof SurveySchema>;
/** What a definition file writes: defaults may be left out. */
export type SurveyInput = z.input<typeof SurveySchema>;

function checkCondition(
  condition: Condition | undefined,
  earlier: Map<string, Question>,
  ctx: z.RefinementCtx,
  path: (string | number)[],
) {
  if (!condition) return;
  const target = earlier.get(condition.question);
  if (!target) {
    ctx.addIssue({ code: 'custom', path, message: `condition refers to "${condition.question}", which is not an earlier question` });
    return;
  }
  if (target.type === 'single' || target.type === 'multiple') {
    const values = new Set(target.options.map((o) => o.value));
    for (const value of condition.anyOf) {
      if (!values.has(String(value))) {
        ctx.addIssue({ code: 'custom', path, message: `"${value}" is not an option of "${condition.question}"` });
      }
    }
  } else if (target.type !== 'agreement' && target.type !== 'scale') {
    ctx.addIssue({ code: 'custom', path, message: `conditions can only test choice and scale questions, not "${target.type}"` });
  }
}
